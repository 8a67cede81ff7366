import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentIntegrity from '../../src/integrations/content-integrity.ts';
import { fixtureProject, projectRoot } from '../helpers/fixtures.ts';

/**
 * The editing loop: save a content file, see what is wrong with it at once, with its file, line and field, both
 * from `npm run check:content -- --watch` and in the log of `npm run dev`.
 */

const CLAIM = 'content/claims/harbour-report/01-reopened.md';
const PROBLEM = `${CLAIM}:5: kind: must be one of`;

/** Break a claim on disk the way an editor's typo would. */
function misspellKind(dir: string): void {
  writeFileSync(join(dir, CLAIM), readFileSync(join(dir, CLAIM), 'utf8').replace(/^kind: .*$/mu, 'kind: evnt'));
}

/** Wait until `read()` satisfies `done`, polling; fail after `timeout` ms with what was read. */
async function waitFor(read: () => string, done: (text: string) => boolean, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  while (!done(read())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting; read so far:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

describe('check:content --watch', () => {
  it('checks again when a content file changes, and names the file, line and field', async () => {
    const dir = fixtureProject('base', 'watch-loop');
    const child = spawn(process.execPath, [join(projectRoot, 'src', 'cli', 'check-content.ts'), '--watch'], {
      cwd: dir,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitFor(
        () => output,
        (text) => text.includes('check:content ok'),
      );
      misspellKind(dir);
      const text = await waitFor(
        () => output,
        (text) => text.includes('check:content failed'),
      );
      expect(text).toContain('— content changed —');
      expect(text).toContain(PROBLEM);
    } finally {
      child.kill();
    }
  });
});

describe('the dev server', () => {
  it('logs content problems with file, line and field when a content file changes', async () => {
    const dir = fixtureProject('base', 'dev-log');
    const lines: string[] = [];
    const logger = {
      error: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
      info: () => undefined,
    };
    const { hooks } = contentIntegrity();
    // Only the fields the hooks read are given; `root` is a folder URL, with its trailing slash, as Astro gives it.
    await (hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({
      config: { root: pathToFileURL(`${dir}/`) },
      command: 'dev',
      logger,
    });
    expect(lines).toEqual([]);
    const watcher = new EventEmitter();
    (hooks['astro:server:setup'] as (options: unknown) => void)({ server: { watcher }, logger });
    misspellKind(dir);
    watcher.emit('all', 'change', join(dir, CLAIM));
    await waitFor(
      () => lines.join('\n'),
      (text) => text.includes(PROBLEM),
    );
  });
});
