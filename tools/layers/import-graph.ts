import { globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of the project's own modules, for the layering test (tests/unit/layers.test.ts,
 * docs/architecture.md "The layers"). Specifiers are read with TypeScript's scanner, so that a string or a comment
 * that looks like an import is not taken for one. Type-only imports count: a module that names another's types
 * depends on what that module means, even though the import is erased when it runs.
 */

/** A module's imports as written (`'../site/model.ts'`, `'astro/zod'`), by its path from the project root. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * `new URL('./worker.ts', import.meta.url)`: a worker or an injected route, a module that is run by its address. Read
 * off the text, so one written in a comment would count too.
 */
const RUN_BY_ADDRESS = /\bnew URL\(\s*(['"])(\.{1,2}\/[^'"]+\.(?:ts|astro|mjs|js))\1\s*,\s*import\.meta\.url\s*\)/g;

function importsOf(code: string): string[] {
  // TypeScript's pre-processor scans (rather than parses) for import, export … from, import() and import types,
  // skipping strings and comments; ten times faster than a full parse of every module.
  const { importedFiles } = ts.preProcessFile(code, true, true);
  return [
    ...importedFiles.map((file) => file.fileName),
    ...[...code.matchAll(RUN_BY_ADDRESS)].map((match) => match[2] ?? ''),
  ];
}

/**
 * The imports of a module's text: a TypeScript or JavaScript module, or an Astro component, whose frontmatter,
 * `<script>` elements and `<script src="…">` addresses are read.
 */
export function readImports(path: string, text: string): string[] {
  if (!path.endsWith('.astro')) return importsOf(text);
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  // A self-closing <script … /> (JSON-LD written with set:html) has no body to read.
  const scripts = [...text.matchAll(/<script\b([^>]*?)(\/?)>/g)];
  return [
    ...importsOf(frontmatter),
    ...scripts.flatMap((script) => {
      const [, attributes = '', selfClosing] = script;
      const src = /\bsrc=["']([^"']+)["']/.exec(attributes)?.[1];
      const start = script.index + script[0].length;
      const end = text.indexOf('</script>', start);
      const body = selfClosing || end === -1 ? '' : text.slice(start, end);
      return [...(src === undefined ? [] : [src]), ...importsOf(body)];
    }),
  ];
}

/**
 * The project module a specifier names, as a path from the project root; undefined for a package or a Node
 * built-in. Specifiers here always carry their extension (Node's type stripping needs it).
 */
export function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const base = specifier.startsWith('/') ? specifier.slice(1) : join(dirname(from), specifier);
  return normalize(base).split(sep).join('/');
}

/** Every `.ts`, `.astro` and `.mjs` module under the given folders of `root`, with its imports. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = globSync(
    folders.map((folder) => `${folder}/**/*.{ts,astro,mjs}`),
    { cwd: root },
  )
    .map((file) => file.split(sep).join('/'))
    .sort();
  return new Map(files.map((file) => [file, readImports(file, readFileSync(join(root, file), 'utf8'))]));
}
