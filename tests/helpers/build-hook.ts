import { pathToFileURL } from 'node:url';
import contentIntegrity from '../../src/integrations/content-integrity.ts';

/** What the build's content check said and did, run in this process on a project folder. */
export interface HookRun {
  /** Every line the hook logged, as `astro build` prints them after its `[claimline:content-integrity]` label. */
  lines: string[];
  /** The summary the build stopped with, or undefined when the build would have gone on. */
  stopped: string | undefined;
}

/**
 * Run the build's content check (`astro:config:setup` of src/integrations/content-integrity.ts) the way `astro
 * build` runs it, on the project at `dir`, in this process: the same pipeline, the same lines, and where a real
 * build would exit with status 1, the summary it would exit with. A real build costs seconds of CPU; this costs
 * milliseconds, so every bad fixture can go through it, and the tests that start `astro build` for real keep to
 * what only a process shows (its exit status, and no stack trace in its output).
 */
export async function runBuildHook(dir: string): Promise<HookRun> {
  const stop = (summary: string): never => {
    throw new Stopped(summary);
  };
  const hook = contentIntegrity({ stop }).hooks['astro:config:setup'];
  const lines: string[] = [];
  const record = (line: string) => void lines.push(line);
  const logger = { error: record, warn: record, info: record };
  try {
    // Only the fields the hook reads are given.
    await (hook as (options: unknown) => Promise<void>)({
      config: { root: pathToFileURL(`${dir}/`) },
      command: 'build',
      logger,
    });
    return { lines, stopped: undefined };
  } catch (error) {
    if (error instanceof Stopped) return { lines, stopped: error.message };
    throw error;
  }
}

class Stopped extends Error {}
