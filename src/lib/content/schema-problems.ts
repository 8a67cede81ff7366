import type { z } from 'astro/zod';
import type { ContentFile } from './parse-file.ts';
import { didYouMean, fieldName, type Problem } from './problems.ts';

/**
 * Running a zod schema over a content file and turning each issue into a Problem that names the file, the line
 * and the field, in words an editor can act on.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The field names a schema accepts at `path` (all options of a union together). */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): Set<string> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (path.length === 0) return new Set(Object.keys(def.shape ?? {}));
      const [head, ...rest] = path;
      const child = def.shape?.[String(head)];
      return child ? knownKeys(child, rest) : new Set();
    }
    case 'optional':
    case 'nullable':
    case 'default':
      return def.innerType ? knownKeys(def.innerType, path) : new Set();
    case 'pipe':
      return def.in ? knownKeys(def.in, path) : new Set();
    case 'array':
      return def.element && path.length > 0 ? knownKeys(def.element, path.slice(1)) : new Set();
    case 'union': {
      const keys = new Set<string>();
      for (const option of def.options ?? []) for (const key of knownKeys(option, path)) keys.add(key);
      return keys;
    }
    default:
      return new Set();
  }
}

/** Past this many characters, a wrong value is shown cut short: the problem line stays one line in a terminal. */
const SHOWN_CHARACTERS = 60;

/** Characters as a reader counts them (Unicode UAX #29 grapheme clusters): an emoji or accented letter is one. */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A wrong value as a problem shows it, after "got": JSON, a date as its day, and a long text cut at
 * `SHOWN_CHARACTERS` with its length ("got \"Trump and Putin…\" (300 characters)"), since the editor has the whole
 * of it on the line named.
 */
export function shownValue(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (typeof value !== 'string' || value.length <= SHOWN_CHARACTERS + 10) return JSON.stringify(value);
  const characters = Array.from(graphemes.segment(value), (part) => part.segment);
  if (characters.length <= SHOWN_CHARACTERS + 10) return JSON.stringify(value);
  const start = characters.slice(0, SHOWN_CHARACTERS).join('').trimEnd();
  return `${JSON.stringify(`${start}…`)} (${String(characters.length)} characters)`;
}

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { path: PropertyKey[]; message: string }[] {
  const path = issue.path;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        const hint = guess ? `did you mean "${guess}"?` : `known fields here: ${[...known].join(', ')}`;
        return { path: [...path, key], message: `is not a known field (${hint}); a misspelt field would be lost` };
      });
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (input === undefined) return [{ path, message: `is required: one of ${allowed.join(', ')}` }];
      const guess = typeof input === 'string' ? didYouMean(input, allowed) : undefined;
      return [
        {
          path,
          message: `must be one of ${allowed.join(', ')}; got ${shownValue(input)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        },
      ];
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string; options?: unknown[] }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator && options) {
        const value =
          typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
        const guess = typeof value === 'string' ? didYouMean(value, options.map(String)) : undefined;
        return [
          {
            path,
            message:
              value === undefined
                ? `is required: one of ${options.join(', ')}`
                : `must be one of ${options.join(', ')}; got ${shownValue(value)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
          },
        ];
      }
      return [{ path, message: issue.message }];
    }
    case 'invalid_type':
      if (input === undefined) return [{ path, message: 'is required' }];
      if (issue.expected === 'object') return [{ path, message: 'must be a group of "field: value" lines' }];
      return [
        {
          path,
          message: issue.message.startsWith('Invalid input')
            ? `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}; got ${shownValue(input)}`
            : `${issue.message}; got ${shownValue(input)}`,
        },
      ];
    default:
      return [{ path, message: input === undefined ? issue.message : `${issue.message}; got ${shownValue(input)}` }];
  }
}

/** Validate a file's data against a schema: the parsed value, or the problems, each with its line. */
export function validateFile<Schema extends z.ZodType>(
  schema: Schema,
  file: ContentFile,
): { data: z.output<Schema>; problems: [] } | { data?: undefined; problems: Problem[] } {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: oneLinePerTypo(result.error.issues.flatMap((issue) => describeIssue(issue, schema))).map(
      ({ path, message }) => ({
        file: file.path,
        line: file.lineOf(path),
        field: fieldName(path) || 'frontmatter',
        message,
        severity: 'error' as const,
      }),
    ),
  };
}

const TYPO = /^is not a known field \(did you mean "([^"]+)"\?\)/u;

/**
 * A misspelt field is one mistake: the unknown key ("excrept") and the required field it was meant to be
 * ("excerpt is required") are said in one line, on the misspelt key, which is where the editor has to look.
 */
function oneLinePerTypo(
  described: { path: PropertyKey[]; message: string }[],
): { path: PropertyKey[]; message: string }[] {
  const key = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));
  const missing = new Set(described.filter((entry) => entry.message === 'is required').map((entry) => key(entry.path)));
  const meant = new Set<string>();
  const merged = described.map((entry) => {
    const guess = TYPO.exec(entry.message)?.[1];
    if (guess === undefined) return entry;
    const intended = key([...entry.path.slice(0, -1), guess]);
    if (!missing.has(intended)) return entry;
    meant.add(intended);
    return {
      path: entry.path,
      message: `is not a known field (did you mean "${guess}"?); "${guess}" is required and missing: rename this field`,
    };
  });
  return merged.filter((entry) => !(entry.message === 'is required' && meant.has(key(entry.path))));
}
