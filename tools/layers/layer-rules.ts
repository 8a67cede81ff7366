import { resolveSpecifier, type ImportGraph } from './import-graph.ts';

/**
 * The rules that keep the layers of docs/architecture.md apart, as plain functions over an import graph, so that the
 * layering test can show each of them failing on a graph of a few modules.
 */

/** One import, resolved: to a module of the project (`src/lib/site/model.ts`) or to a package (`astro/zod`). */
export interface ImportEdge {
  /** The importing module, from the project root. */
  from: string;
  /** The imported module from the project root, or the package specifier as written. */
  to: string;
  /** Whether `to` is a package or a Node built-in rather than a module of the project. */
  isPackage: boolean;
}

/** A rule: modules that `binds` may not import what `forbids` names. */
export interface LayerRule {
  /** The rule in the architecture's words, printed with each import that breaks it. */
  rule: string;
  /** Whether the rule applies to a module (its path from the project root). */
  binds: (module: string) => boolean;
  /** Whether the rule forbids an import of the module it applies to. */
  forbids: (edge: ImportEdge) => boolean;
}

/** Every import of every module, resolved, in the graph's order. */
export function importEdges(graph: ImportGraph): ImportEdge[] {
  return [...graph].flatMap(([from, imports]) =>
    imports.map((specifier) => {
      const module = resolveSpecifier(from, specifier);
      return module === undefined ? { from, to: specifier, isPackage: true } : { from, to: module, isPackage: false };
    }),
  );
}

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const anyOf =
  (...tests: ((path: string) => boolean)[]) =>
  (path: string) =>
    tests.some((test) => test(path));
const module = (test: (path: string) => boolean) => (edge: ImportEdge) => !edge.isPackage && test(edge.to);

const inSrc = under('src');
const inLib = under('src/lib');
const inDraft = under('src/lib/draft');
const isAdapterOrPage = anyOf(
  ...['pages', 'components', 'layouts', 'integrations', 'loaders', 'page-data', 'cli', 'browser', 'markdown'].map(
    (folder) => under(`src/${folder}`),
  ),
  (path) => path === 'src/middleware.ts' || path === 'src/content.config.ts',
);

/** The layers of docs/architecture.md, "The rules that keep the layers apart". */
export const LAYER_RULES: readonly LayerRule[] = [
  {
    rule: 'the product imports nothing from its tooling or its tests (tools/, tests/)',
    binds: inSrc,
    forbids: module(anyOf(under('tools'), under('tests'))),
  },
  {
    rule: 'the tooling imports nothing from the tests (tests/): tests may read tools/, never the other way',
    binds: under('tools'),
    forbids: module(under('tests')),
  },
  {
    rule: 'logic knows no page: src/lib/ uses nothing of Astro but astro/zod',
    binds: inLib,
    forbids: (edge) => edge.isPackage && /^astro(?:$|[/:])/.test(edge.to) && edge.to !== 'astro/zod',
  },
  {
    rule: 'logic knows no page: src/lib/ imports no page, component, layout, adapter, CLI or browser script',
    binds: inLib,
    forbids: module(isAdapterOrPage),
  },
  {
    rule: 'language is below the site, the outputs, the drafter and the check: src/lib/language/ imports none of them',
    binds: under('src/lib/language'),
    forbids: module(anyOf(under('src/lib/content'), under('src/lib/site'), under('src/lib/publish'), inDraft)),
  },
  {
    rule: 'the site model does not import the content check (src/lib/content/)',
    binds: under('src/lib/site'),
    forbids: module(under('src/lib/content')),
  },
  {
    rule: 'the site model is read by the outputs, never the other way: src/lib/site/ imports nothing of src/lib/publish/',
    binds: under('src/lib/site'),
    forbids: module(under('src/lib/publish')),
  },
  {
    rule: 'the drafter is an editor tool: only src/cli/ and src/lib/draft/ import src/lib/draft/',
    binds: (path) => inSrc(path) && !under('src/cli')(path) && !inDraft(path),
    forbids: module(inDraft),
  },
];

/** `from imports to: rule` for every import that breaks a rule, in the graph's order. */
export function ruleProblems(edges: readonly ImportEdge[], rules: readonly LayerRule[] = LAYER_RULES): string[] {
  return edges.flatMap((edge) =>
    rules
      .filter((rule) => rule.binds(edge.from) && rule.forbids(edge))
      .map(({ rule }) => `${edge.from} imports ${edge.to}: ${rule}`),
  );
}

/**
 * The import cycles among the modules `within` takes in, one per strongly connected group of modules (Tarjan's
 * algorithm), each written as the shortest way round from the group's first module: `a.ts → b.ts → a.ts`.
 */
export function importCycles(edges: readonly ImportEdge[], within: (module: string) => boolean): string[] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.isPackage || !within(edge.from) || !within(edge.to)) continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const groups = stronglyConnected([...next.keys()].sort(), (node) => next.get(node) ?? []);
  return groups
    .filter((group) => group.length > 1 || (next.get(group[0] ?? '') ?? []).includes(group[0] ?? ''))
    .map((group) => {
      const members = new Set(group);
      const start = [...group].sort()[0] ?? '';
      return shortestWayRound(start, (node) => (next.get(node) ?? []).filter((to) => members.has(to))).join(' → ');
    })
    .sort();
}

function stronglyConnected(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      groups.push(group);
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}

/** The shortest path from `start` back to itself (breadth first), `start` at both ends. */
function shortestWayRound(start: string, next: (node: string) => readonly string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  // An array's iterator reads its length at each step, so the nodes queued on the way are visited too.
  for (const node of queue) {
    for (const to of next(node)) {
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
