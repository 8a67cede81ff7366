/**
 * The process side of `npm run bench -- --profile`: the Node options that profile every thread of a process, and the
 * profiles read back from the folder they were written to, one per thread (tools/bench/cpu-profile.ts reads each).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadOf, type CpuProfile } from './cpu-profile.ts';

/** Node's options for a CPU profile of every thread, written into `folder`, sampled every 0.5 ms (node.md "--cpu-prof"). */
export const profilerOptions = (folder: string): string[] => [
  '--cpu-prof',
  '--cpu-prof-dir',
  folder,
  '--cpu-prof-interval',
  '500',
];

export interface ThreadProfile {
  /** The profile's file name in its folder. */
  file: string;
  /** 0 for the main thread, else the worker's `threadId`. */
  thread: number;
  profile: CpuProfile;
}

/** The profiles Node wrote into `folder`, main thread first, then the workers in the order they started. */
export function readThreadProfiles(folder: string): ThreadProfile[] {
  return readdirSync(folder)
    .map((file) => ({ file, thread: threadOf(file) }))
    .filter((entry): entry is { file: string; thread: number } => entry.thread !== undefined)
    .sort((a, b) => a.thread - b.thread)
    .map(({ file, thread }) => ({
      file,
      thread,
      profile: JSON.parse(readFileSync(join(folder, file), 'utf8')) as CpuProfile,
    }));
}
