/**
 * Two builds compared file by file: the determinism gate builds the site twice from clean and expects the same
 * files with the same bytes.
 */

export interface TreeDifference {
  /** Files only the first build wrote. */
  onlyInFirst: string[];
  /** Files only the second build wrote. */
  onlyInSecond: string[];
  /** Files both wrote, with different contents. */
  differing: string[];
}

/** Compare two trees given as file path → content hash (or the content itself). */
export function compareTrees(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): TreeDifference {
  const sorted = (paths: Iterable<string>) => [...paths].sort();
  return {
    onlyInFirst: sorted([...first.keys()].filter((path) => !second.has(path))),
    onlyInSecond: sorted([...second.keys()].filter((path) => !first.has(path))),
    differing: sorted(
      [...first].filter(([path, hash]) => second.has(path) && second.get(path) !== hash).map(([p]) => p),
    ),
  };
}

export const identical = (difference: TreeDifference) =>
  difference.onlyInFirst.length + difference.onlyInSecond.length + difference.differing.length === 0;

/**
 * Where two texts first differ, with a little context on each side, so a report can show what changed
 * (a timestamp, an ordering, an absolute path) without printing whole pages.
 */
export function firstDifference(first: string, second: string, context = 60): string | undefined {
  if (first === second) return undefined;
  let index = 0;
  while (index < first.length && index < second.length && first[index] === second[index]) index += 1;
  const excerpt = (text: string) =>
    JSON.stringify(text.slice(Math.max(0, index - context), index + context)).slice(1, -1);
  return `at character ${index}:\n  first:  …${excerpt(first)}…\n  second: …${excerpt(second)}…`;
}
