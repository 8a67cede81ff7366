/**
 * A minimal static server for the built site, for the browser tests: `node tests/browser/serve.ts [port]`.
 * It serves dist/ the way a static host does: `/x/` → `dist/x/index.html`, unknown addresses → `404.html`
 * with status 404. Only loopback is bound.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = join(import.meta.dirname, '..', '..', 'dist');
const port = Number(process.argv[2] ?? 4329);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

function resolve(url: string): string | undefined {
  const path = normalize(decodeURIComponent(new URL(url, 'http://localhost').pathname));
  const file = join(root, path.endsWith('/') ? join(path, 'index.html') : path);
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((request, response) => {
  const file = resolve(request.url ?? '/');
  const served = file ?? join(root, '404.html');
  response.writeHead(file ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
