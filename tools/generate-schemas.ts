/**
 * `npm run schemas`: write JSON Schemas for the content files' frontmatter to schemas/, generated from the zod
 * schemas in src/lib/schema/ (zod 4's `z.toJSONSchema`), so that editors' YAML tooling can check a file as it is
 * typed (docs/editing.md, "Editor support: JSON Schemas"). Each field's JSDoc in src/lib/schema/ becomes its `description`, shown on
 * hover. References between entries are plain id strings here, as in the files. tests/draft/schemas.test.ts checks
 * that the committed files equal freshly generated ones.
 *
 * The schemas check shape only. Whether an id names an existing source, an excerpt is in its article, or a week
 * runs Monday to Sunday (or to its article's publication day) is for `npm run check:content`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import * as prettier from 'prettier';
import ts from 'typescript';
import { articleSchema } from '../src/lib/schema/article.ts';
import { claimSchema } from '../src/lib/schema/claim.ts';
import { followUpSchema } from '../src/lib/schema/follow-up.ts';
import { sourceSchema } from '../src/lib/schema/source.ts';

const root = join(import.meta.dirname, '..');
const schemaFolder = join(root, 'src', 'lib', 'schema');
export const OUTPUT_FOLDER = join(root, 'schemas');

type Json = Record<string, unknown>;

/** The text of the JSDoc comment right before a node, on one line. */
function jsDoc(text: string, node: ts.Node): string | undefined {
  const comment = (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])
    .map((range) => text.slice(range.pos, range.end))
    .filter((raw) => raw.startsWith('/**'))
    .at(-1);
  return comment
    ?.replace(/^\/\*\*|\*\/$/gu, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/u, '').trim())
    .join(' ')
    .trim();
}

/**
 * JSDoc of every property of every `z.object`/`z.strictObject` literal in src/lib/schema/, keyed by the sorted
 * list of the literal's property names (which tells the objects apart: a claim's date, a group source…).
 */
function fieldDocs(): Map<string, Map<string, string>> {
  const docs = new Map<string, Map<string, string>>();
  // export.ts describes dist/claims.json, not a content file, and carries its descriptions itself (.describe()).
  for (const name of readdirSync(schemaFolder).filter((file) => file.endsWith('.ts') && file !== 'export.ts')) {
    const text = readFileSync(join(schemaFolder, name), 'utf8');
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const declarations = new Map<string, ts.Node>();
    const collect = (node: ts.Node) => {
      if (ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations)
          declarations.set(declaration.name.getText(source), node);
      }
      ts.forEachChild(node, collect);
    };
    collect(source);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        /\.(?:strictObject|object)$/u.test(node.expression.getText(source)) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        const properties = node.arguments[0].properties.filter(
          (property) => ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property),
        );
        const byName = new Map<string, string>();
        for (const property of properties) {
          const name = property.name.getText(source);
          // `{ attribution }`: the JSDoc is on the variable it names.
          const documented = ts.isShorthandPropertyAssignment(property) ? declarations.get(name) : property;
          const doc = documented ? jsDoc(text, documented) : undefined;
          if (doc) byName.set(name, doc);
        }
        docs.set(
          properties
            .map((property) => property.name.getText(source))
            .sort()
            .join(','),
          byName,
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}

/** Put each documented field's JSDoc on its schema as `description`. */
function describe(node: unknown, docs: Map<string, Map<string, string>>): void {
  if (Array.isArray(node)) {
    for (const item of node) describe(item, docs);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as Json;
  const properties = object.properties as Record<string, Json> | undefined;
  if (properties) {
    const byName = docs.get(Object.keys(properties).sort().join(','));
    for (const [name, schema] of Object.entries(properties)) {
      const doc = byName?.get(name);
      // The field's own JSDoc wins over the generic description of an id.
      if (doc) properties[name] = { ...schema, description: doc };
    }
  }
  for (const value of Object.values(object)) describe(value, docs);
}

/** References are plain ids in the files (Astro's `reference()` resolves them in the site). */
const id = z.string().min(1).describe('An id: the file name, without extension, of another content file.');

/**
 * The schema files' text: JSON laid out by Prettier with the project's settings, so that `npm run format:check`
 * accepts what this writes.
 */
export async function generateSchemas(): Promise<Map<string, string>> {
  const docs = fieldDocs();
  const entries: [string, z.ZodType, string, string][] = [
    [
      'claim.schema.json',
      claimSchema(id, id),
      'Claimline claim',
      'Frontmatter of a claim file, content/claims/<article-id>/NN-slug.md.',
    ],
    ['source.schema.json', sourceSchema, 'Claimline source', 'A source file, content/sources/<id>.yaml.'],
    [
      'article.schema.json',
      articleSchema(id),
      'Claimline article',
      'Frontmatter of an article file, content/articles/<id>.md.',
    ],
    [
      'follow-up.schema.json',
      followUpSchema(id),
      'Claimline follow-up',
      'Frontmatter of a follow-up file, content/follow-ups/<id>.md.',
    ],
  ];
  const files = new Map<string, string>();
  for (const [name, schema, title, description] of entries) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Json;
    describe(json, docs);
    const { $schema, ...rest } = json;
    const document = {
      $schema,
      $comment: 'Generated by `npm run schemas` from src/lib/schema/; do not edit by hand.',
      title,
      description: `${description} Shape only: npm run check:content checks references, excerpts and dates.`,
      ...rest,
    };
    const filepath = join(OUTPUT_FOLDER, name);
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    files.set(name, await prettier.format(JSON.stringify(document), { ...options, filepath }));
  }
  return files;
}

if (import.meta.main) {
  for (const [name, text] of await generateSchemas()) {
    writeFileSync(join(OUTPUT_FOLDER, name), text);
    console.log(`schemas: wrote schemas/${name}`);
  }
}
