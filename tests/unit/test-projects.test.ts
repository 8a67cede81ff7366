import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLOW_FILES, TEST_PROJECTS } from '../../vitest.config.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/** Every file each project's patterns take in, from the project's root. */
const taken = Object.entries(TEST_PROJECTS).map(
  ([name, patterns]) => [name, new Set(globSync([...patterns], { cwd: projectRoot }))] as const,
);
const everyTestFile = globSync('tests/**/*.test.ts', {
  cwd: projectRoot,
  exclude: (path) => path === 'tests/.tmp' || path.endsWith('node_modules'),
});

describe('the Vitest projects', () => {
  it('run every test file, each in exactly one project', () => {
    const misplaced = everyTestFile
      .map((file) => [file, taken.filter(([, files]) => files.has(file)).map(([name]) => name)] as const)
      .filter(([, projects]) => projects.length !== 1)
      .map(([file, projects]) => `${file}: ${projects.length === 0 ? 'in no project' : projects.join(' and ')}`);
    expect(misplaced).toEqual([]);
  });

  it('each take in some test file', () => {
    // A pattern that matches nothing is a folder renamed without the config following it.
    expect(taken.filter(([, files]) => files.size === 0).map(([name]) => name)).toEqual([]);
    expect(everyTestFile.length).toBeGreaterThan(50);
  });

  it('run no test that leaves state behind for the next file of its worker', () => {
    // The files of a worker share one module graph and one process (`isolate: false`): a mocked module, a stubbed
    // global or variable, fake timers or a changed working directory would reach the files run after it.
    const stateful =
      /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|process\.chdir\(|process\.env\.\w+ *=[^=]/;
    expect(everyTestFile.filter((file) => stateful.test(readFileSync(join(projectRoot, file), 'utf8')))).toEqual([]);
  });

  it('start first only files that exist', () => {
    // A file renamed or removed without the list following it would only lose its place; this says so.
    expect(SLOW_FILES.filter((file) => !everyTestFile.includes(file))).toEqual([]);
  });
});
