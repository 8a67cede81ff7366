import { describe, expect, it } from 'vitest';
import {
  gitLogArguments,
  parseCatFileBatch,
  parseFirstPublished,
  RECORD_SEPARATOR as RS,
  unquote,
  utcDay,
} from '../../src/lib/history.ts';

// 2025-03-10T23:30:00Z and the next two days at noon UTC.
const MON_LATE = 1741649400;
const TUE = 1741694400;
const WED = 1741780800;

describe('utcDay', () => {
  it('reads a commit time as its UTC day, whatever the machine’s zone', () => {
    expect(utcDay(MON_LATE)).toBe('2025-03-10');
    expect(utcDay(TUE)).toBe('2025-03-11');
  });
});

describe('gitLogArguments', () => {
  it('asks for the branch’s own line of commits, with the files each changed under claims and follow-ups', () => {
    const args = gitLogArguments('abc123');
    expect(args).toContain('--first-parent');
    expect(args).toContain('--name-status');
    expect(args.slice(args.indexOf('abc123'))).toEqual(['abc123', '--', 'content/claims', 'content/follow-ups']);
  });
});

describe('parseFirstPublished', () => {
  it('dates each file by the oldest commit that added it; later changes do not move it', () => {
    const log = [
      `${RS}${String(WED)}\n\nM\tcontent/claims/a/01-x.md\nA\tcontent/claims/a/02-y.md\n`,
      `${RS}${String(MON_LATE)}\n\nA\tcontent/claims/a/01-x.md\n`,
    ].join('');
    expect(Object.fromEntries(parseFirstPublished(log))).toEqual({
      'content/claims/a/01-x.md': '2025-03-10',
      'content/claims/a/02-y.md': '2025-03-12',
    });
  });

  it('dates a file deleted and added again from its last addition, and forgets a deleted one', () => {
    const log = [
      `${RS}${String(WED)}\n\nA\tcontent/claims/a/01-x.md\nD\tcontent/claims/a/03-gone.md\n`,
      `${RS}${String(TUE)}\n\nD\tcontent/claims/a/01-x.md\n`,
      `${RS}${String(MON_LATE)}\n\nA\tcontent/claims/a/01-x.md\nA\tcontent/claims/a/03-gone.md\n`,
    ].join('');
    expect(Object.fromEntries(parseFirstPublished(log))).toEqual({ 'content/claims/a/01-x.md': '2025-03-12' });
  });

  it('gives nothing for no history', () => {
    expect(parseFirstPublished('').size).toBe(0);
  });
});

describe('unquote', () => {
  it('undoes git’s quoting of unusual bytes in a path', () => {
    expect(unquote('"content/claims/caf\\303\\251.md"')).toBe('content/claims/café.md');
    expect(unquote('content/claims/plain.md')).toBe('content/claims/plain.md');
  });
});

describe('parseCatFileBatch', () => {
  it('splits the objects in the order asked, skipping names git reports missing', () => {
    const encoder = new TextEncoder();
    const first = 'one\ntwo\n';
    const second = 'ü';
    const output = encoder.encode(
      `${'a'.repeat(40)} blob ${String(encoder.encode(first).length)}\n${first}\n` +
        `deadbeef:content/claims/new.md missing\n` +
        `${'b'.repeat(40)} blob ${String(encoder.encode(second).length)}\n${second}\n`,
    );
    const files = parseCatFileBatch(output, ['content/a.md', 'content/claims/new.md', 'content/b.md']);
    expect([...files.keys()]).toEqual(['content/a.md', 'content/b.md']);
    expect(new TextDecoder().decode(files.get('content/a.md'))).toBe(first);
    expect(new TextDecoder().decode(files.get('content/b.md'))).toBe(second);
  });
});
