/**
 * Memory and CPU time of a process tree, from Linux's /proc (proc(5)). In `/proc/<pid>/status`, `VmRSS` is a
 * process's resident set now and `VmHWM` its peak so far ("high water mark"); in `/proc/<pid>/stat`, fields 14 to
 * 17 are its user and system CPU time and those of its waited-for children, in clock ticks. The bench polls the
 * build's tree; these are the pure parts: reading the files and folding samples into a peak.
 */

export interface ProcessStatus {
  pid: number;
  /** The parent's pid (`PPid`). */
  parent: number;
  /** Resident set now, in kB (`VmRSS`); 0 for a zombie or a kernel thread. */
  rssKb: number;
  /** Peak resident set so far, in kB (`VmHWM`). */
  peakKb: number;
}

const field = (status: string, name: string): number | undefined => {
  const match = new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status);
  return match ? Number(match[1]) : undefined;
};

/** One `/proc/<pid>/status` file, or undefined when it is not one. */
export function parseProcStatus(status: string): ProcessStatus | undefined {
  const pid = field(status, 'Pid');
  const parent = field(status, 'PPid');
  if (pid === undefined || parent === undefined) return undefined;
  return { pid, parent, rssKb: field(status, 'VmRSS') ?? 0, peakKb: field(status, 'VmHWM') ?? 0 };
}

/**
 * CPU time in clock ticks from one `/proc/<pid>/stat` line: utime + stime + cutime + cstime (fields 14 to 17).
 * The command name (field 2) is in parentheses and may hold spaces or parentheses, so fields count from the last `)`.
 */
export function parseProcStatTicks(stat: string): number | undefined {
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // After the name, field 3 (state) is index 0, so field n is index n - 3.
  const ticks = [14, 15, 16, 17].map((n) => Number(fields[n - 3]));
  return ticks.every((value) => Number.isInteger(value)) ? ticks.reduce((sum, value) => sum + value, 0) : undefined;
}

/** The processes of the tree rooted at `root` (the root included), from a snapshot of all processes. */
export function processTree(all: readonly ProcessStatus[], root: number): ProcessStatus[] {
  const children = new Map<number, ProcessStatus[]>();
  for (const process of all) {
    const list = children.get(process.parent);
    if (list) list.push(process);
    else children.set(process.parent, [process]);
  }
  const tree: ProcessStatus[] = [];
  const queue = all.filter((process) => process.pid === root);
  for (let next = queue.shift(); next; next = queue.shift()) {
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

/**
 * The peak of a tree across samples, in kB. Two lower bounds of the true peak, and the larger is kept: the
 * largest sum of the tree's resident sets at one sample (misses spikes between samples), and the largest single
 * process's own high-water mark (exact for that process, which in an Astro build holds nearly all the memory).
 */
export function treePeakKb(samples: readonly (readonly ProcessStatus[])[]): number {
  let peak = 0;
  for (const sample of samples) {
    const sum = sample.reduce((total, process) => total + process.rssKb, 0);
    const single = Math.max(0, ...sample.map((process) => process.peakKb));
    peak = Math.max(peak, sum, single);
  }
  return peak;
}
