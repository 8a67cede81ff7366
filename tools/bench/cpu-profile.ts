/**
 * Where a thread's time went, from the profile `node --cpu-prof` writes (the V8 inspector's `Profiler.Profile`,
 * the `.cpuprofile` format Chrome DevTools reads): a tree of call frames, the frame each sample landed in, and the
 * microseconds between samples. `npm run bench -- --profile` builds the site once more under the profiler and prints
 * these tables, so that a claim about the build's cost can name the code that spends it. Pure: profile in, tables out.
 */

/** The parts of a `.cpuprofile` read here (Chrome DevTools Protocol, `Profiler.Profile`). */
export interface CpuProfile {
  nodes: readonly {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    /** The ids of the frames it called. */
    children?: readonly number[];
  }[];
  /** In microseconds. */
  startTime: number;
  endTime: number;
  /** The node each sample landed in, in order. */
  samples: readonly number[];
  /** Microseconds from the previous sample (from `startTime` for the first). */
  timeDeltas: readonly number[];
}

export interface ProfileSummary {
  /** Every sample's time, in seconds: the thread's wall time while profiled, idle included. */
  totalSeconds: number;
  /** Self time by owner of the code (`ownerOf`), largest first. */
  byOwner: [owner: string, seconds: number][];
  /** Self time by function (`functionOf`), largest first. */
  byFunction: [fn: string, seconds: number][];
  /**
   * Total time by function: its own and that of everything it called (a function on the stack twice counts once),
   * largest first. This is where the site's components show, under Astro's renderer.
   */
  byFunctionTotal: [fn: string, seconds: number][];
}

/**
 * Each sample's duration in microseconds: the time until the next sample, and until `endTime` for the last, as
 * DevTools counts it (a sample stands for the interval that follows it).
 */
export function sampleDurations(profile: CpuProfile): number[] {
  const stamps: number[] = [];
  let now = profile.startTime;
  for (const delta of profile.timeDeltas) stamps.push((now += delta));
  return stamps.map((stamp, index) => Math.max(0, (stamps[index + 1] ?? profile.endTime) - stamp));
}

/** A file's path within its package, after the last `node_modules/` ("js-yaml/dist/js-yaml.mjs"), if it is in one. */
function packagePath(url: string): string | undefined {
  const at = url.lastIndexOf('/node_modules/');
  return at === -1 ? undefined : url.slice(at + '/node_modules/'.length);
}

/** A built chunk's name without its hash: `dist/.prerender/chunks/server_D41bAS38.mjs` → "chunk server". */
const chunkName = (file: string) => `chunk ${file.replace(/[._][\w-]{8}\.mjs$/, '').replace(/\.mjs$/, '')}`;

/**
 * Who owns a frame's code, in a word: V8's own entries ("(garbage collector)", "(idle)", "(program)"), native code
 * (a frame with no script), a module of Node itself ("node:internal/encoding"), a package (the last
 * `node_modules/<name>` in its path), a chunk of the site's build ("chunk server", Astro's runtime bundled with the
 * pages), or else the file's name.
 */
export function ownerOf(frame: { functionName: string; url: string }): string {
  const { functionName, url } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : 'native code';
  if (url.startsWith('node:')) return url;
  const inPackage = packagePath(url);
  if (inPackage !== undefined) {
    const [first = '', second = ''] = inPackage.split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const file = url.slice(url.lastIndexOf('/') + 1);
  return url.includes('/dist/.prerender/') ? chunkName(file) : file;
}

/**
 * A function's name and where it is, short enough for a table: "renderStreaming chunk server:1488",
 * "composeNode js-yaml/dist/js-yaml.mjs:2069", "encodeUtf8String (native)", "(garbage collector)".
 */
export function functionOf(frame: { functionName: string; url: string; lineNumber: number }): string {
  const { functionName, url } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : `${functionName} (native)`;
  const file =
    url.startsWith('node:') || url.includes('/dist/.prerender/')
      ? ownerOf(frame)
      : (packagePath(url) ?? url.slice(url.lastIndexOf('/') + 1));
  // V8 counts lines from 0; editors count from 1.
  return `${functionName || '(anonymous)'} ${file}:${String(frame.lineNumber + 1)}`;
}

const descending = (totals: Map<string, number>): [string, number][] =>
  [...totals].map(([key, micro]): [string, number] => [key, micro / 1e6]).sort((a, b) => b[1] - a[1]);

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  // Named once per frame: every sample names each frame on its stack, tens of millions of times in a long build.
  const names = new Map(profile.nodes.map((node) => [node.id, functionOf(node.callFrame)]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const durations = sampleDurations(profile);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byFunctionTotal = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, micro: number) => {
    totals.set(key, (totals.get(key) ?? 0) + micro);
  };
  let total = 0;
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    const micro = durations[index] ?? 0;
    if (!frame) return;
    total += micro;
    add(byOwner, ownerOf(frame), micro);
    add(byFunction, names.get(id) ?? '', micro);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const name = names.get(at);
      // The profile's root holds every sample: it would head the table at 100% and say nothing.
      if (name !== undefined && name !== '(root)') onStack.add(name);
    }
    for (const fn of onStack) add(byFunctionTotal, fn, micro);
  });
  return {
    totalSeconds: total / 1e6,
    byOwner: descending(byOwner),
    byFunction: descending(byFunction),
    byFunctionTotal: descending(byFunctionTotal),
  };
}

/**
 * The thread a profile is of, from the name Node gives its file (`CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile`,
 * node.md "--cpu-prof-name"): 0 for the main thread, else a worker's `threadId`; undefined for another name.
 */
export function threadOf(fileName: string): number | undefined {
  const match = /^CPU\.\d+\.\d+\.\d+\.(\d+)\.\d+\.cpuprofile$/.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** The first `top` rows of a summary's list as a markdown table, with each row's share of the thread's time. */
export function profileTable(
  heading: string,
  rows: readonly [string, number][],
  totalSeconds: number,
  top: number,
): string {
  const lines = [`| ${heading} | seconds | share |`, '| --- | --: | --: |'];
  for (const [name, seconds] of rows.slice(0, top)) {
    const share = totalSeconds > 0 ? (100 * seconds) / totalSeconds : 0;
    lines.push(`| ${name.replaceAll('|', '\\|')} | ${seconds.toFixed(2)} | ${share.toFixed(1)}% |`);
  }
  return lines.join('\n');
}
