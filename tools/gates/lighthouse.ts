/**
 * `npm run gate:lighthouse [-- --dist <folder>]`: Lighthouse (its default mobile settings: a mid-range phone
 * on a throttled connection, simulated) on the pages listed in gates.config.json, served from the build on
 * loopback, in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium). Each category must reach its
 * threshold, as the median of a page's runs: `runs` of them, and more up to `maxRuns` while performance alone
 * falls short (it is timed, on a shared machine). Reports go to test-results/lighthouse/:
 * every run's JSON and HTML, and summary.md / summary.json with the numbers.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { CLAIMS_JSON_PATH } from '../../src/lib/site/routes.ts';
import { categories } from './config.ts';
import {
  categoryScores,
  losingAudits,
  medianScores,
  resolvePages,
  shortfalls,
  summaryMarkdown,
  type LighthouseResult,
  type PageOutcome,
  wantsAnotherRun,
  type Scores,
} from './lighthouse-report.ts';
import { fileOfAddress } from './pages.ts';
import { chromiumFlags, chromiumPath, projectRoot, readGatesConfig, secondsSince, serveFolder } from './shared.ts';
import { lighthouseCommand } from './options.ts';

/** Lighthouse's waits for a page to finish loading, in milliseconds (its defaults: 1000 each). */
const PAGE_LOAD_WAITS = {
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 500,
  cpuQuietThresholdMs: 500,
};

const start = performance.now();
const { dist } = readCommandLine(lighthouseCommand);
const exportFile = join(dist, fileOfAddress(CLAIMS_JSON_PATH));
if (!existsSync(exportFile)) throw new Error(`${dist} has no ${CLAIMS_JSON_PATH}: build the site first`);
const { lighthouse: settings } = readGatesConfig();
const exported = JSON.parse(readFileSync(exportFile, 'utf8')) as Parameters<typeof resolvePages>[1];
const { pages, skipped, errors } = resolvePages(settings.pages, exported, (path) =>
  existsSync(join(dist, fileOfAddress(path))),
);
if (errors.length > 0) throw new Error(`gates.config.json lighthouse.pages:\n${errors.join('\n')}`);

const out = join(projectRoot, 'test-results', 'lighthouse');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = await serveFolder(dist);
const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags, logLevel: 'silent' });
const outcomes: PageOutcome[] = [];
let version = '';
let formFactor = '';
const warnings = new Set<string>();
try {
  for (const page of pages) {
    const runs: Scores[] = [];
    let last: LighthouseResult | undefined;
    // Performance is timed on a shared machine and varies from run to run: when it alone falls short, run again
    // and let the median decide (Lighthouse's advice for variable environments).
    while (wantsAnotherRun(runs, settings.thresholds, settings)) {
      const run = runs.length + 1;
      const pageStart = performance.now();
      const result = await lighthouse(`${server.origin}${page.path}`, {
        port: chrome.port,
        output: ['json', 'html'],
        logLevel: 'error',
        onlyCategories: [...categories],
        // The full-page screenshot only illustrates the HTML report (no audit scores it), and taking it was about a
        // fifth of each page's run here; the reports keep the filmstrip and the final screenshot. The back/forward
        // cache audit weighs nothing in any score (a diagnostic of performance), and it navigates away and back.
        disableFullPageScreenshot: true,
        skipAudits: ['bf-cache'],
        // Lighthouse waits a fixed second after first paint and after load, then for a second without network and
        // one without CPU work: made for pages that keep loading. These pages are done within a few hundred
        // milliseconds of load (the search page's script fetches its index then). With these shorter waits the
        // reports list the same requests and give the same scores, a second sooner a page (docs/quality-gates.md).
        ...PAGE_LOAD_WAITS,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const [json, html] = result.report as string[];
      const stem = run === 1 ? page.name : `${page.name}-${run}`;
      writeFileSync(join(out, `${stem}.report.json`), json ?? '');
      writeFileSync(join(out, `${stem}.report.html`), html ?? '');
      last = result.lhr;
      version = last.lighthouseVersion;
      formFactor = `${last.configSettings.formFactor}, ${last.configSettings.throttlingMethod} throttling`;
      for (const warning of last.runWarnings) warnings.add(warning);
      const scores = categoryScores(last);
      runs.push(scores);
      console.log(
        `lighthouse: ${page.name} ${page.path} run ${run}: ` +
          `${categories.map((category) => `${category} ${String(scores[category])}`).join(', ')} (${secondsSince(pageStart)} s)`,
      );
    }
    const scores = medianScores(runs);
    const problems = shortfalls(scores, settings.thresholds);
    if (problems.length > 0 && last) {
      // Say what cost the points, from the last run.
      for (const category of categories) problems.push(...losingAudits(last, category).map((a) => `${category}: ${a}`));
    }
    outcomes.push({ name: page.name, path: page.path, scores, runs, problems });
  }
} finally {
  chrome.kill();
  server.stop();
}

const summary = summaryMarkdown({
  outcomes,
  skipped,
  thresholds: settings.thresholds,
  lighthouseVersion: version,
  browser: `Chromium at ${chromiumPath}`,
  formFactor,
  date: new Date().toISOString(),
});
writeFileSync(join(out, 'summary.md'), summary);
writeFileSync(
  join(out, 'summary.json'),
  `${JSON.stringify({ thresholds: settings.thresholds, outcomes, skipped, warnings: [...warnings] }, null, 2)}\n`,
);
console.log(summary);
for (const warning of warnings) console.log(`lighthouse warning: ${warning}`);

const failing = outcomes.filter((outcome) => outcome.problems.length > 0);
if (failing.length > 0) {
  console.error(
    `lighthouse: FAILED on ${failing.map((outcome) => outcome.name).join(', ')} (${secondsSince(start)} s)`,
  );
  process.exitCode = 1;
} else {
  console.log(`lighthouse: passed on ${outcomes.length} pages (${secondsSince(start)} s); reports in ${out}`);
}
// Every report is written and every line printed (stdout and stderr are synchronous on Linux, files and pipes alike).
// Lighthouse's image gatherer starts a 5 s timer on each page that it never clears (its "gathering budget", in
// core/gather/gatherers/image-elements.js), which would keep the process alive for up to 5 s more.
process.exit();
