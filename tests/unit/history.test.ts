import { describe, expect, it } from 'vitest';
import {
  gitLogArguments,
  parseTar,
  parseFirstPublished,
  RECORD_SEPARATOR as RS,
  unquote,
  utcDay,
} from '../../src/lib/content/history.ts';

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

/** A tar header block: the fields the parser reads (name, size, type, prefix), the rest zero. */
function header(name: string, size: number, type: string, prefix = ''): Uint8Array {
  const block = new Uint8Array(512);
  const encoder = new TextEncoder();
  block.set(encoder.encode(name), 0);
  block.set(encoder.encode(`${size.toString(8).padStart(11, '0')}\0`), 124);
  block[156] = type.charCodeAt(0);
  block.set(encoder.encode('ustar\0'), 257);
  block.set(encoder.encode(prefix), 345);
  return block;
}

/** `data` padded to whole 512-byte blocks. */
function blocks(data: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil(data.length / 512) * 512);
  padded.set(data);
  return padded;
}

function tar(...parts: Uint8Array[]): Uint8Array {
  const all = [...parts, new Uint8Array(1024)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of all) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('parseTar', () => {
  const encoder = new TextEncoder();
  const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

  it('reads regular files by path, skipping folders and git’s global header', () => {
    const body = encoder.encode('---\nkind: event\n---\n');
    const comment = encoder.encode('52 comment=0123456789012345678901234567890123456789\n');
    const archive = tar(
      header('pax_global_header', comment.length, 'g'),
      blocks(comment),
      header('content/', 0, '5'),
      header('content/claims/a/01-x.md', body.length, '0'),
      blocks(body),
    );
    const files = parseTar(archive);
    expect([...files.keys()]).toEqual(['content/claims/a/01-x.md']);
    expect(text(files.get('content/claims/a/01-x.md'))).toBe('---\nkind: event\n---\n');
  });

  it('takes a long path from the ustar prefix or from a pax extended header', () => {
    const long = `content/claims/${'a'.repeat(120)}/01-x.md`;
    const record = `path=${long}\n`;
    // A pax record's length counts itself: the digits, the space and the record.
    const length = String(record.length + 4);
    const pax = encoder.encode(`${length} ${record}`);
    expect(pax.length).toBe(Number(length));
    const one = encoder.encode('one');
    const two = encoder.encode('two');
    const files = parseTar(
      tar(
        header('pax', pax.length, 'x'),
        blocks(pax),
        header('ignored-name', one.length, '0'),
        blocks(one),
        header('02-y.md', two.length, '0', 'content/claims/b'),
        blocks(two),
      ),
    );
    expect(Object.fromEntries([...files].map(([path, bytes]) => [path, text(bytes)]))).toEqual({
      [long]: 'one',
      'content/claims/b/02-y.md': 'two',
    });
  });
});
