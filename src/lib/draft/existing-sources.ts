import type { RawFile } from '../content/check.ts';
import { readYamlFile } from '../content/parse-file.ts';
import { formatProblem } from '../content/problems.ts';
import { validateFile } from '../content/schema-problems.ts';
import { sourceSchema, type SourceData } from '../schema/source.ts';

/**
 * The sources a draft can match against: the valid files of content/sources/, by id (the file name). A file that
 * does not validate is left out and reported, so that the drafter proposes a new source rather than a broken one.
 */
export function existingSources(files: readonly RawFile[]): {
  sources: { id: string; data: SourceData }[];
  warnings: string[];
} {
  const sources: { id: string; data: SourceData }[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const match = /^content\/sources\/([^/]+)\.ya?ml$/u.exec(file.path);
    if (!match?.[1]) continue;
    const read = readYamlFile(file.path, file.bytes);
    const result = read.file ? validateFile(sourceSchema, read.file) : undefined;
    const problems = [...read.problems, ...(result?.problems ?? [])];
    if (result?.data !== undefined && problems.length === 0) sources.push({ id: match[1], data: result.data });
    else warnings.push(...problems.map(formatProblem));
  }
  return { sources: sources.sort((a, b) => (a.id < b.id ? -1 : 1)), warnings };
}
