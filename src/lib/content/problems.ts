/** A mistake found in `content/`, reported as `path:line: field: message` (docs/architecture.md, "Contracts"). */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** The field at fault, dotted (`date.end`, `attribution.chain[1]`), or `file`, `frontmatter`, `body`. */
  field: string;
  message: string;
  /** Errors fail the check and the build; warnings are printed and do not. */
  severity: 'error' | 'warning';
}

/** An error at `file`, `line` (when known) and `field`: the one shape every check reports mistakes in. */
export const contentError = (file: string, line: number | undefined, field: string, message: string): Problem => ({
  file,
  line,
  field,
  message,
  severity: 'error',
});

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${problem.field}: ${prefix}${problem.message}`;
}

/** Problems in a stable order: by file, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** `['attribution', 'chain', 1]` → `attribution.chain[1]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name === '' ? String(part) : `.${String(part)}`;
  }
  return name;
}

/** Levenshtein distance, for "did you mean" hints on mistyped field names and ids. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known word to a mistyped one, if it is close enough to be a typo. */
export function didYouMean(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance =
      candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
