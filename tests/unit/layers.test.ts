import { describe, expect, it } from 'vitest';
import { readImportGraph, readImports, resolveSpecifier, type ImportGraph } from '../../tools/layers/import-graph.ts';
import { importCycles, importEdges, LAYER_RULES, ruleProblems } from '../../tools/layers/layer-rules.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * The layers of docs/architecture.md, held on every import of src/ and tools/: no cycle among the modules of src/,
 * and no import across a layer the wrong way. A failure lists each offending import (or cycle) on a line of its own.
 */

const inSrc = (module: string) => module.startsWith('src/');
const project = importEdges(readImportGraph(projectRoot, ['src', 'tools']));

describe('the project’s imports', () => {
  it('form no cycle among the modules of src/', () => {
    expect(importCycles(project, inSrc)).toEqual([]);
  });

  it('keep the layers apart', () => {
    expect(ruleProblems(project)).toEqual([]);
  });

  it('are read from every module, Astro components and workers included', () => {
    const has = (from: string, to: string) => project.some((edge) => edge.from === from && edge.to === to);
    expect(has('src/pages/search.astro', 'src/browser/search-page.ts')).toBe(true);
    expect(has('src/layouts/BaseLayout.astro', 'src/lib/site/routes.ts')).toBe(true);
    expect(has('src/integrations/share-images.ts', 'src/integrations/share-images-worker.ts')).toBe(true);
    expect(new Set(project.map((edge) => edge.from)).size).toBeGreaterThan(150);
  });
});

describe('readImports', () => {
  it('reads imports, re-exports, type imports, dynamic imports and modules started by address', () => {
    const code = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import './side-effect.ts';",
      "export { c } from './c.ts';",
      "export * from './d.ts';",
      "const e = await import('./e.ts');",
      "type F = import('./f.ts').F;",
      "const worker = new URL('./worker.ts', import.meta.url);",
      "const page = new URL('./page.html', import.meta.url);",
      "// import { g } from './comment.ts';",
      'const text = "import { h } from \'./string.ts\'";',
    ].join('\n');
    expect(readImports('src/x.ts', code)).toEqual([
      './a.ts',
      './b.ts',
      './side-effect.ts',
      './c.ts',
      './d.ts',
      './e.ts',
      './f.ts',
      './worker.ts',
    ]);
  });

  it('reads an Astro component’s frontmatter, its scripts and their src, not its markup', () => {
    const component = [
      '---',
      "import Badge from './Badge.astro';",
      "import { claimPath } from '../lib/site/routes.ts';",
      '---',
      '<p>import nothing from here</p>',
      '<script is:inline type="application/ld+json" set:html={data} />',
      '<script>',
      "  import '../browser/search-page.ts';",
      '</script>',
      '<script src="../browser/other.ts"></script>',
    ].join('\n');
    expect(readImports('src/components/X.astro', component)).toEqual([
      './Badge.astro',
      '../lib/site/routes.ts',
      '../browser/search-page.ts',
      '../browser/other.ts',
    ]);
  });
});

describe('resolveSpecifier', () => {
  it('gives a relative import as a path from the project root, and nothing for a package', () => {
    expect(resolveSpecifier('src/lib/site/timeline.ts', '../language/dates.ts')).toBe('src/lib/language/dates.ts');
    expect(resolveSpecifier('src/pages/claims/[...id].astro', '../../lib/site/routes.ts')).toBe(
      'src/lib/site/routes.ts',
    );
    expect(resolveSpecifier('src/lib/site/timeline.ts', 'astro/zod')).toBeUndefined();
    expect(resolveSpecifier('src/lib/site/timeline.ts', 'node:fs')).toBeUndefined();
  });
});

/** A graph of a few modules, written as `module → imports`. */
const graph = (modules: Record<string, string[]>): ImportGraph => new Map(Object.entries(modules));

describe('importCycles', () => {
  it('finds a cycle, written as the shortest way round from its first module', () => {
    const edges = importEdges(
      graph({
        'src/a.ts': ['./b.ts'],
        'src/b.ts': ['./c.ts', './d.ts'],
        'src/c.ts': ['./a.ts'],
        'src/d.ts': ['./b.ts'],
      }),
    );
    expect(importCycles(edges, inSrc)).toEqual(['src/a.ts → src/b.ts → src/c.ts → src/a.ts']);
  });

  it('finds each separate cycle once, a module importing itself included', () => {
    const edges = importEdges(
      graph({
        'src/a.ts': ['./b.ts'],
        'src/b.ts': ['./a.ts'],
        'src/c.ts': ['./c.ts', './a.ts'],
      }),
    );
    expect(importCycles(edges, inSrc)).toEqual(['src/a.ts → src/b.ts → src/a.ts', 'src/c.ts → src/c.ts']);
  });

  it('finds none where imports only converge, or where the way back leaves the modules looked at', () => {
    const diamond = importEdges(
      graph({ 'src/a.ts': ['./b.ts', './c.ts'], 'src/b.ts': ['./d.ts'], 'src/c.ts': ['./d.ts'], 'src/d.ts': [] }),
    );
    expect(importCycles(diamond, inSrc)).toEqual([]);
    const throughTools = importEdges(graph({ 'src/a.ts': ['../tools/t.ts'], 'tools/t.ts': ['../src/a.ts'] }));
    expect(importCycles(throughTools, inSrc)).toEqual([]);
  });
});

/**
 * For every rule, an import it forbids and a neighbouring one it allows, so that each rule is seen to fail. A rule
 * added to LAYER_RULES without an example here fails the last test.
 */
const examples: Record<string, { forbidden: [string, string]; allowed: [string, string] }> = {
  'the product imports nothing from its tooling or its tests (tools/, tests/)': {
    forbidden: ['src/lib/site/timeline.ts', '../../../tools/gates/pages.ts'],
    allowed: ['tools/gates/lighthouse-report.ts', '../../src/lib/site/routes.ts'],
  },
  'the tooling imports nothing from the tests (tests/): tests may read tools/, never the other way': {
    forbidden: ['tools/measure/markdown.ts', '../../tests/helpers/live-html.ts'],
    allowed: ['tests/helpers/live-html.ts', '../../tools/measure/live-html.ts'],
  },
  'logic knows no page: src/lib/ uses nothing of Astro but astro/zod': {
    forbidden: ['src/lib/site/timeline.ts', 'astro:content'],
    allowed: ['src/lib/schema/claim.ts', 'astro/zod'],
  },
  'logic knows no page: src/lib/ imports no page, component, layout, adapter, CLI or browser script': {
    forbidden: ['src/lib/publish/feed.ts', '../../page-data/claim-feed.ts'],
    allowed: ['src/page-data/claim-feed.ts', '../lib/publish/feed.ts'],
  },
  'language is below the site, the outputs, the drafter and the check: src/lib/language/ imports none of them': {
    forbidden: ['src/lib/language/dates.ts', '../site/model.ts'],
    allowed: ['src/lib/language/dates.ts', '../schema/claim.ts'],
  },
  'the site model does not import the content check (src/lib/content/)': {
    forbidden: ['src/lib/site/site-index.ts', '../content/check.ts'],
    allowed: ['src/lib/content/check.ts', '../site/model.ts'],
  },
  'the site model is read by the outputs, never the other way: src/lib/site/ imports nothing of src/lib/publish/': {
    forbidden: ['src/lib/site/site-index.ts', '../publish/claims-export.ts'],
    allowed: ['src/lib/publish/claims-export.ts', '../site/routes.ts'],
  },
  'the drafter is an editor tool: only src/cli/ and src/lib/draft/ import src/lib/draft/': {
    forbidden: ['src/lib/content/check.ts', '../draft/slug.ts'],
    allowed: ['src/cli/draft-claims.ts', '../lib/draft/draft.ts'],
  },
};

describe('ruleProblems', () => {
  it.each(Object.entries(examples))('holds “%s”', (rule, { forbidden, allowed }) => {
    const [from, to] = forbidden;
    const problems = ruleProblems([
      ...importEdges(graph({ [from]: [to] })),
      ...importEdges(graph({ [allowed[0]]: [allowed[1]] })),
    ]);
    expect(problems).toEqual([`${from} imports ${resolveSpecifier(from, to) ?? to}: ${rule}`]);
  });

  it('has an example of every rule', () => {
    expect(LAYER_RULES.map((rule) => rule.rule).sort()).toEqual(Object.keys(examples).sort());
  });
});
