import { join } from 'node:path';

/**
 * Node's module compile cache (NODE_COMPILE_CACHE) for every process the tests start: a CLI, a build, a server. Each
 * of them compiles the same TypeScript and packages again; from the cache, a CLI such as `check:content` starts in
 * about half the CPU time. Set in the test runners' own process, which their workers and every process they start
 * inherit; a directory someone already set is kept. The cache is keyed by each file's contents, so it never serves
 * stale code.
 */
export function useCompileCache(): void {
  process.env.NODE_COMPILE_CACHE ??= join(
    import.meta.dirname,
    '..',
    '..',
    'node_modules',
    '.cache',
    'node-compile-cache',
  );
}
