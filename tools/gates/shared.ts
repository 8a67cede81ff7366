/**
 * What the gate scripts share: the project's folders, the built site's files, the gates' config, a local
 * static server for dist/, and a clock.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseGatesConfig, type GatesConfig } from './config.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(folder)
    .map((file) => relative(folder, file).split(sep).join('/'))
    .sort();
}

export function readGatesConfig(): GatesConfig {
  const file = join(projectRoot, 'gates.config.json');
  return parseGatesConfig(readFileSync(file, 'utf8'), relative(process.cwd(), file) || 'gates.config.json');
}

/** Chromium as the browser tests use it (docs/testing.md, "The browser"): Debian's, headless, quiet on a closed network. */
export const chromiumPath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LocalServer {
  origin: string;
  stop: () => void;
}

/**
 * Serve a built site on loopback with the site server (tools/serve-site.ts): `/x/` → `x/index.html`,
 * unknown addresses → `404.html` with status 404, as a static host does. On a free port unless one is given.
 */
export function serveFolder(folder: string, port = 0): Promise<LocalServer> {
  const server = spawn(process.execPath, [join(projectRoot, 'tools', 'serve-site.ts'), String(port), folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    server.kill();
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the local server did not start on port ${port} within 10 s`));
    }, 10_000);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the local server exited with code ${String(code)} (is port ${port} in use?)`));
    });
    server.stdout.on('data', (chunk: Buffer) => {
      const origin = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString())?.[1];
      if (origin) {
        clearTimeout(timer);
        server.removeAllListeners('exit');
        resolvePromise({ origin, stop });
      }
    });
  });
}

/** Seconds since `start` (from `performance.now()`), to one decimal. */
export const secondsSince = (start: number) => ((performance.now() - start) / 1000).toFixed(1);
