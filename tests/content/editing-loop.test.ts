import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentIntegrity from '../../src/integrations/content-integrity.ts';
import { fixtureContent, projectRoot } from '../helpers/fixtures.ts';

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

/**
 * Text that grows as a process or a logger writes it, and a wait for it to say something: woken by each write, never
 * by a clock, so that a loaded machine makes it slower but not wrong. It gives up, with what was said so far, only
 * when the process ends; the test's own timeout, generous, covers a process that hangs.
 */
class Output {
  text = '';
  private readonly events = new EventEmitter();
  write(chunk: string): void {
    this.text += chunk;
    this.events.emit('write');
  }
  end(code: number | null): void {
    this.events.emit('end', code);
  }
  until(done: (text: string) => boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done(this.text)) return;
        this.events.off('write', check).off('end', ended);
        resolve(this.text);
      };
      const ended = (code: number | null) => {
        this.events.off('write', check);
        reject(new Error(`the process ended (exit ${String(code)}); it said:\n${this.text}`));
      };
      this.events.on('write', check).once('end', ended);
      check();
    });
  }
}

/** Under load, starting Node and a first check can take a while: minutes, not the seconds they take alone. */
const GENEROUS = 180_000;

describe('check:content --watch', () => {
  it('checks again when a content file changes, and names the file, line and field', { timeout: GENEROUS }, async () => {
    const dir = fixtureContent('base', 'watch-loop');
    const child = spawn(process.execPath, [join(projectRoot, 'src', 'cli', 'check-content.ts'), '--watch'], {
      cwd: dir,
    });
    const output = new Output();
    child.stdout.on('data', (chunk: Buffer) => { output.write(chunk.toString()); });
    child.stderr.on('data', (chunk: Buffer) => { output.write(chunk.toString()); });
    child.once('exit', (code) => { output.end(code); });
    try {
      // The CLI watches before its first check: once that check's line is out, a change is seen.
      await output.until((text) => text.includes('check:content ok'));
      misspellKind(dir);
      // The problem goes to stdout and the summary to stderr: two pipes, in either order, so wait for both.
      const text = await output.until((text) => text.includes('check:content failed') && text.includes(PROBLEM));
      expect(text).toContain('— content changed —');
      expect(text).toContain(PROBLEM);
    } finally {
      child.kill();
    }
  });
});

describe('the dev server', () => {
  it('logs content problems with file, line and field when a content file changes', { timeout: GENEROUS }, async () => {
    const dir = fixtureContent('base', 'dev-log');
    const log = new Output();
    const logger = {
      error: (line: string) => { log.write(`${line}\n`); },
      warn: (line: string) => { log.write(`${line}\n`); },
      info: () => undefined,
    };
    const { hooks } = contentIntegrity();
    // Only the fields the hooks read are given; `root` is a folder URL, with its trailing slash, as Astro gives it.
    await (hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({
      config: { root: pathToFileURL(`${dir}/`) },
      command: 'dev',
      logger,
    });
    // Nothing but, in a project that is not a git repository of its own, the one line that says history is not read.
    expect(log.text.split('\n').filter((line) => line !== '' && !line.startsWith('history unavailable'))).toEqual([]);
    const watcher = new EventEmitter();
    (hooks['astro:server:setup'] as (options: unknown) => void)({ server: { watcher }, logger });
    misspellKind(dir);
    watcher.emit('all', 'change', join(dir, CLAIM));
    await expect(log.until((text) => text.includes(PROBLEM))).resolves.toContain(PROBLEM);
  });
});
