import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inheritedEnv } from '../helpers/cli.ts';
import { fixtureProject, projectRoot } from '../helpers/fixtures.ts';

/**
 * The editing loop in a real `astro dev`: a content error shows in the browser as the check's own lines, the
 * terminal prints it once, and fixing the file brings the page back without a restart. Every wait is on an event (a
 * log line, an answer), with room for a loaded machine, never a fixed sleep.
 */

const CLAIM = 'content/claims/harbour-report/01-reopened.md';
const PROBLEM = `${CLAIM}:5: kind: must be one of`;
const PAGE = '/claims/harbour-report/01-reopened/';

/** A port nobody listens on, from the system. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => { resolve(typeof address === 'object' && address ? address.port : 0); });
    });
  });

/** Poll `probe` until it gives a value, or fail after `timeout` ms with the last thing it saw. */
async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeout = 120_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch((error: unknown) => {
        last = `${String(error)} ${String((error as { cause?: unknown }).cause)}`;
        return undefined;
      });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} (${last || 'another answer'})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm run dev', () => {
  it('shows a content error in the browser, prints it once, and recovers when the file is fixed', async () => {
    const dir = fixtureProject('base', 'dev-server');
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: dir,
        // Nor Vitest's own markers: with them (VITEST, NODE_ENV=test), the dev server answered every page 404.
        env: {
          ...Object.fromEntries(Object.entries(inheritedEnv()).filter(([name]) => !/^VITEST|^NODE_ENV$/u.test(name))),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      },
    );
    let log = '';
    let seen = '';
    // Without terminal colours: CI sets FORCE_COLOR, and Astro then colours its log even into a pipe.
    child.stdout.on('data', (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString())));
    let address = '';
    const page = async (status: number) => {
      const response = await fetch(`${address}${PAGE}`);
      const body = await response.text();
      seen = `HTTP ${String(response.status)}: ${body.slice(0, 300)}`;
      return response.status === status ? body : undefined;
    };
    try {
      // The address the server says it listens on (Astro moves to the next port when one is taken).
      address = await until(() => /Local\s+(http:\/\/\S+?)\/?\s/u.exec(log)?.[1], 'the dev server to listen');
      const good = await until(() => page(200), 'the claim page');
      expect(good).toContain('The harbour reopened on Monday');

      const original = readFileSync(join(dir, CLAIM), 'utf8');
      writeFileSync(join(dir, CLAIM), original.replace(/^kind: .*$/mu, 'kind: evnt'));
      const broken = await until(() => page(500), 'the error page');
      expect(broken).toContain(PROBLEM);
      expect(broken).toContain('(did you mean &quot;event&quot;?)');
      expect(broken).not.toMatch(/\n\s+at |node_modules/u);
      await until(() => (log.includes('content check failed') ? true : undefined), 'the summary in the log');
      expect(log.split(PROBLEM).length - 1).toBe(1);

      writeFileSync(join(dir, CLAIM), original.replace('The note may use', 'The edited note may use'));
      const fixed = await until(async () => {
        const body = await page(200);
        return body?.includes('The edited note may use') ? body : undefined;
      }, 'the fixed page, with the edit');
      expect(fixed).not.toContain(PROBLEM);
    } catch (error) {
      throw new Error(`${(error as Error).message}; last answer ${seen}; the dev server printed:\n${log}`, {
        cause: error,
      });
    } finally {
      child.kill();
    }
  }, 300_000);
});
