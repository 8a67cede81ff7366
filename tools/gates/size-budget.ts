import { matchesGlob } from 'node:path';
import { parse } from 'node-html-parser';
import { gzipSize } from '../measure/page-weight.ts';
import type { SizeBudget } from './config.ts';

/**
 * The size budget: what each built page sends, in gzip bytes, against the budget of its page type. Each
 * resource is gzipped on its own (as a server sends it) at zlib's default level.
 */

export interface PageSize {
  /** The page's file under dist/ ("claims/a/index.html"). */
  page: string;
  /** The HTML document as served, inline styles and scripts included. */
  html: number;
  /** The stylesheets it loads plus its inline `<style>` blocks (which are also inside `html`). */
  css: number;
  /** The scripts it loads plus its inline scripts (also inside `html`); JSON-LD and other data blocks are not. */
  js: number;
}

/** Script types that run; anything else (`application/ld+json`, `importmap`…) is a data block. */
const scriptTypes = new Set(['', 'text/javascript', 'module', 'application/javascript']);

const local = (address: string | undefined): address is string =>
  !!address && address.startsWith('/') && !address.startsWith('//');

/** Measure one page; `read` returns a file under dist/ by its address from the root ("/_astro/a.css"). */
export function measurePage(page: string, html: Uint8Array, read: (address: string) => Uint8Array): PageSize {
  const root = parse(new TextDecoder().decode(html));
  const stylesheets = root
    .querySelectorAll('link')
    .filter((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((link) => link.getAttribute('href'))
    .filter(local);
  const scripts = root
    .querySelectorAll('script')
    .filter((script) => scriptTypes.has((script.getAttribute('type') ?? '').trim().toLowerCase()));
  const inline = (texts: string[]) => (texts.join('').trim() === '' ? 0 : gzipSize(texts.join('\n')));
  const loaded = (addresses: string[]) => addresses.reduce((sum, address) => sum + gzipSize(read(address)), 0);
  return {
    page,
    html: gzipSize(html),
    css: loaded(stylesheets) + inline(root.querySelectorAll('style').map((style) => style.textContent)),
    js:
      loaded(scripts.map((script) => script.getAttribute('src')).filter(local)) +
      inline(scripts.filter((script) => !script.hasAttribute('src')).map((script) => script.textContent)),
  };
}

/** The budget a page falls under: the first whose globs match its file, or undefined. */
export function budgetFor(page: string, budgets: readonly SizeBudget[]): SizeBudget | undefined {
  return budgets.find((budget) => budget.pages.some((glob) => matchesGlob(page, glob)));
}

export interface BudgetRow {
  type: string;
  pages: number;
  /** The heaviest page of the type for each resource, with its size. */
  html: { page: string; bytes: number };
  css: { page: string; bytes: number };
  js: { page: string; bytes: number };
  budget: SizeBudget;
}

export interface BudgetReport {
  rows: BudgetRow[];
  /** One line per page over a budget, and per page no budget covers. */
  problems: string[];
}

/** Hold every page to its type's budget. A page that no type covers is a problem too: new pages need a budget. */
export function checkBudgets(sizes: readonly PageSize[], budgets: readonly SizeBudget[]): BudgetReport {
  const problems: string[] = [];
  const rows = new Map<string, BudgetRow>();
  for (const size of sizes) {
    const budget = budgetFor(size.page, budgets);
    if (!budget) {
      problems.push(`${size.page}: no size budget covers this page; add its type to gates.config.json`);
      continue;
    }
    const row = rows.get(budget.type) ?? {
      type: budget.type,
      pages: 0,
      html: { page: size.page, bytes: -1 },
      css: { page: size.page, bytes: -1 },
      js: { page: size.page, bytes: -1 },
      budget,
    };
    row.pages += 1;
    for (const kind of ['html', 'css', 'js'] as const) {
      if (size[kind] > row[kind].bytes) row[kind] = { page: size.page, bytes: size[kind] };
      if (size[kind] > budget[kind]) {
        problems.push(
          `${size.page}: ${kind.toUpperCase()} is ${size[kind]} B gzip, over the ${budget.type} budget of ${budget[kind]} B`,
        );
      }
    }
    rows.set(budget.type, row);
  }
  const order = budgets.map((budget) => budget.type);
  return { rows: [...rows.values()].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type)), problems };
}

/** The report as a markdown table: per page type, the heaviest page's HTML, CSS and JS against the budget. */
export function budgetTable(report: BudgetReport): string {
  const cell = (used: number, limit: number) => `${used} / ${limit}`;
  const lines = [
    '| page type | pages | HTML, B gzip (heaviest / budget) | CSS | JS |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.rows.map(
      (row) =>
        `| ${row.type} | ${row.pages} | ${cell(row.html.bytes, row.budget.html)} | ` +
        `${cell(row.css.bytes, row.budget.css)} | ${cell(row.js.bytes, row.budget.js)} |`,
    ),
  ];
  return lines.join('\n');
}
