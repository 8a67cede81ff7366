import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { yieldToAstro } from './build-workers.ts';
import type { ShareImageJob } from '../lib/publish/share-cards.ts';
import { shareImageRenderer, type ShareFonts } from '../lib/publish/share-image.ts';

/**
 * A worker thread of src/integrations/share-images.ts: draws its share of the cards and writes each PNG under
 * `folder` at the image's site path, then reports how many it wrote. Any error ends the thread, and the
 * integration fails the build with it.
 */
export interface ShareImagesWork {
  fonts: ShareFonts;
  jobs: ShareImageJob[];
  folder: string;
}

const { fonts, jobs, folder } = workerData as ShareImagesWork;
yieldToAstro();
const render = shareImageRenderer(fonts);
const made = new Set<string>();
for (const job of jobs) {
  const file = join(folder, job.path);
  const parent = dirname(file);
  if (!made.has(parent)) {
    mkdirSync(parent, { recursive: true });
    made.add(parent);
  }
  writeFileSync(file, render(job.card));
}
parentPort?.postMessage(jobs.length);
