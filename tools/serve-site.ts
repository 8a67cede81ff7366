/**
 * A minimal static server for the built site, for the browser tests and the gates:
 * `node tools/serve-site.ts [port] [folder] [base]` (the folder defaults to dist/, the base to /).
 * It serves dist/ the way a static host does: `/x/` → `dist/x/index.html`, unknown addresses → `404.html`
 * with status 404. With a base ("/claimline/"), the site is served under that path only, as GitHub Pages serves a
 * project site. Only loopback is bound.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve as resolvePath, sep } from 'node:path';

const port = Number(process.argv[2] ?? 4329);
const root = process.argv[3] ? resolvePath(process.argv[3]) : join(import.meta.dirname, '..', 'dist');
const base = process.argv[4] ?? '/';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  // Pagefind's search index loads WebAssembly, which browsers compile as it streams only with this type.
  '.wasm': 'application/wasm',
};

function resolve(url: string): string | undefined {
  const address = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (!address.startsWith(base)) return undefined;
  const path = normalize(`/${address.slice(base.length)}`);
  const file = join(root, path.endsWith('/') ? join(path, 'index.html') : path);
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((request, response) => {
  const file = resolve(request.url ?? '/');
  const served = file ?? join(root, '404.html');
  response.writeHead(file ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).pipe(response);
});
server.listen(port, '127.0.0.1', () => {
  // Port 0 asks the system for a free port; the line says which one it gave.
  console.log(`serving ${root} on http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
