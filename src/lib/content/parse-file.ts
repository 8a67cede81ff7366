import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { contentError, fieldName, type Problem } from './problems.ts';

/**
 * Reading one content file the way an editor wrote it: bytes → UTF-8 text → frontmatter and body, keeping
 * enough of the YAML's structure to say on which line each field stands. A byte-order mark and CRLF line
 * endings are accepted (editors on Windows save them); they change no line number.
 */

export interface ContentFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** The parsed YAML: the frontmatter of a markdown file, or the whole of a YAML file. */
  data: unknown;
  /** The markdown body after the frontmatter (empty for YAML files), with `\n` line endings. */
  body: string;
  /** 1-based line of the file on which the body's first line stands. */
  bodyLine: number;
  /** 1-based line of the field at `path`, or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ReadResult = { file: ContentFile; problems: Problem[] } | { file?: undefined; problems: Problem[] };

const error = (path: string, field: string, message: string, line?: number): Problem =>
  contentError(path, line, field, message);

/** One strict decoder for every file: making one per file costs more than decoding a small file. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode strict UTF-8; on failure, say on which line the first bad byte stands. */
function decodeUtf8(path: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Find the first offending byte by decoding ever longer valid prefixes line by line.
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(lineStart, index));
        } catch {
          break;
        }
        line++;
        lineStart = index + 1;
      }
    }
    return {
      problem: error(path, 'file', 'is not valid UTF-8 text; save it with UTF-8 encoding', line),
    };
  }
}

/** Walk a YAML document to the node for `path`; returns the deepest node reached, preferring a pair's key. */
function locate(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = isMap(node) || isSeq(node) ? node : undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part),
      );
      if (!pair) break;
      found = (pair.key as Node | null) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part];
      if (item === undefined) break;
      node = item;
      found = item as Node;
    } else break;
  }
  return found;
}

/**
 * The reference reading: `yaml` (YAML 1.2, core schema) keeps every node's position, which is what turns a
 * problem into `path:line`, and its error messages are the clearer ones. It is also the slow part of the check
 * (about a quarter of a millisecond a file, most of `check:content` at 10,000 claims), hence `parseYaml` below.
 */
function parseYamlWithLines(
  path: string,
  source: string,
  firstLine: number,
  field: string,
): { data: unknown; lineOf: ContentFile['lineOf'] } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // The first error only: later ones are usually the parser losing its footing after it. Warnings count as
  // errors: the one `yaml` gives content is an unknown tag (`!custom x`), which it would read as plain text.
  const [first] = [...doc.errors, ...doc.warnings];
  if (first) {
    const message = first.message.split('\n')[0] ?? 'cannot be read';
    const hint = message.startsWith('Unresolved tag') ? '; content uses no YAML tags: write the value plainly' : '';
    return { problems: [error(path, field, `YAML syntax error: ${message}${hint}`, toLine(first.pos[0]))] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (problem) {
    // `yaml` reports an alias to an anchor that does not exist (`a: *nowhere`) only here, by throwing, and so an
    // alias that expands too far.
    const message = problem instanceof Error ? problem.message : String(problem);
    const text = /alias count/i.test(message)
      ? `YAML aliases here expand to more than ${String(MAX_ALIAS_COUNT)} copies; write the values out instead`
      : `YAML syntax error: ${message}`;
    return { problems: [error(path, field, text, firstLine)] };
  }
  const lineOf: ContentFile['lineOf'] = (fieldPath) => {
    const node = locate(doc, fieldPath);
    const offset = node?.range?.[0];
    return offset === undefined ? firstLine : toLine(offset);
  };
  const long = longField(data, []);
  if (long) {
    return {
      problems: [
        error(
          path,
          fieldName(long.path) || field,
          `is ${String(long.length)} characters long, over the ${String(MAX_FIELD_CHARACTERS)} a field may hold`,
          lineOf(long.path),
        ),
      ],
    };
  }
  return { data, lineOf };
}

/**
 * How far aliases may expand (`yaml`'s `maxAliasCount`, which counts the nodes an alias copies): content has no use
 * for anchors, and nine nested aliases of nine (`&a [*b, *b, …]`) would otherwise expand to 387 million values.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * The longest text a field may hold: 10,000 characters. The longest excerpt is a paragraph (under 3,000 characters
 * in real articles); a field past this is a paste gone wrong. Documented in docs/editing.md, "Limits".
 */
export const MAX_FIELD_CHARACTERS = 10_000;

/** The first string in `value` longer than `MAX_FIELD_CHARACTERS`, with where it is. */
function longField(value: unknown, path: PropertyKey[]): { path: PropertyKey[]; length: number } | undefined {
  if (typeof value === 'string')
    return value.length > MAX_FIELD_CHARACTERS ? { path, length: value.length } : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = longField(item, [...path, index]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = longField(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * YAML that js-yaml's core schema and `yaml`'s read differently, found by comparing the two
 * (tests/unit/content-file.test.ts, "reads YAML exactly as the reference reader does"): a directive (`%YAML 1.1`),
 * an explicit key (`? …`), a null key (`~:`, `null:`), binary or signed hexadecimal numbers (`0b101`, `-0x1`).
 * Anchors, aliases and tags (`&a`, `*a`, `!x`) are also left to the reference reading, which bounds how far an
 * alias expands and refuses unknown tags; js-yaml shares an alias's value, so an alias bomb would only explode
 * later, in whatever walks the value. Such text, rare in content, takes the reference reading only.
 */
const READ_APART = /^\s*[%?]|(?:^\s*(?:-\s+)?|[{,]\s*)(?:~|null|Null|NULL)\s*:|\b0[bBxX]|(?:^|[\s[{,])[&*!]\S/m;

/**
 * Reading YAML, fast. Valid content is read with js-yaml (core schema, so dates stay text and duplicate keys
 * fail), about five times faster than `yaml`, and the reference reading runs only when something needs a line
 * number (a problem), lazily, once. Text js-yaml rejects, and text the two read apart (`READ_APART`), takes the
 * reference reading at once, so every problem and every value is exactly what the reference reading gives.
 * js-yaml is also what Astro reads frontmatter with, so the build sees the same values.
 */
function parseYaml(
  path: string,
  source: string,
  firstLine: number,
  field: string,
): { data: unknown; lineOf: ContentFile['lineOf'] } | { problems: Problem[] } {
  if (READ_APART.test(source)) return parseYamlWithLines(path, source, firstLine, field);
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA });
  } catch {
    return parseYamlWithLines(path, source, firstLine, field);
  }
  // A field over the limit is a problem, which needs its line: the reference reading says it.
  if (longField(data, [])) return parseYamlWithLines(path, source, firstLine, field);
  let lineOf: ContentFile['lineOf'] | undefined;
  return {
    // An empty document is `null` in `yaml` and `undefined` in js-yaml.
    data: data ?? null,
    lineOf: (fieldPath) => {
      if (!lineOf) {
        const reference = parseYamlWithLines(path, source, firstLine, field);
        lineOf = 'lineOf' in reference ? reference.lineOf : () => firstLine;
      }
      return lineOf(fieldPath);
    },
  };
}

/** Read a markdown file with YAML frontmatter between `---` lines. */
export function readMarkdownFile(path: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(path, bytes);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  const lines = decoded.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.every((line) => line.trim() === '')) {
    return { problems: [error(path, 'file', 'is empty; a content file starts with frontmatter between --- lines', 1)] };
  }
  if (lines[0]?.trimEnd() !== '---') {
    return {
      problems: [
        error(path, 'frontmatter', 'is missing: the file must start with a line "---", then the fields, then "---"', 1),
      ],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) {
    return {
      problems: [error(path, 'frontmatter', 'is not closed: add a line "---" after the last field', 1)],
    };
  }
  const parsed = parseYaml(path, lines.slice(1, close).join('\n'), 2, 'frontmatter');
  if ('problems' in parsed) return { problems: parsed.problems };
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [error(path, 'frontmatter', 'must be a list of "field: value" lines', 2)] };
  }
  return {
    file: { path, data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2, lineOf: parsed.lineOf },
    problems: [],
  };
}

/** Read a YAML data file (one source per file). */
export function readYamlFile(path: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(path, bytes);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  const source = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (source.trim() === '') return { problems: [error(path, 'file', 'is empty; expected "field: value" lines', 1)] };
  const parsed = parseYaml(path, source, 1, 'file');
  if ('problems' in parsed) return { problems: parsed.problems };
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { problems: [error(path, 'file', 'must be a list of "field: value" lines', 1)] };
  }
  return { file: { path, data: parsed.data, body: '', bodyLine: 1, lineOf: parsed.lineOf }, problems: [] };
}

/** A file as `readContentFiles` hands it over: its bytes, or why it was not read. */
interface TakenFile {
  path: string;
  bytes: Uint8Array;
  refusal?: string | undefined;
}

const refused = (file: TakenFile, refusal: string): ReadResult => ({
  problems: [error(file.path, 'file', refusal)],
});

/** A markdown file as read, or its refusal (a link out of `content/`, a file too large) as its one problem. */
export const readMarkdown = (file: TakenFile): ReadResult =>
  file.refusal === undefined ? readMarkdownFile(file.path, file.bytes) : refused(file, file.refusal);

/** A YAML file as read, or its refusal as its one problem. */
export const readYaml = (file: TakenFile): ReadResult =>
  file.refusal === undefined ? readYamlFile(file.path, file.bytes) : refused(file, file.refusal);
