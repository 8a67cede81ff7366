import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { readMarkdownFile, readYamlFile } from '../../src/lib/content/parse-file.ts';
import { generateSchemas, OUTPUT_FOLDER } from '../../tools/generate-schemas.ts';
import { expectedFor, fixtureFiles, projectRoot } from '../helpers/fixtures.ts';

/**
 * The JSON Schemas in schemas/ are what `npm run schemas` generates from the zod schemas, they accept the real
 * content and reject the mistakes they can see, and the YAML language server (the engine of VS Code's YAML
 * extension) picks them up from a `$schema` modeline.
 */

const generated = await generateSchemas();
const schemaOf = (name: string) => JSON.parse(generated.get(name) ?? '{}') as Record<string, unknown>;

describe('schemas/', () => {
  it('holds exactly what npm run schemas generates from src/lib/schema/ (run it after changing a schema)', () => {
    expect(readdirSync(OUTPUT_FOLDER).sort()).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(join(OUTPUT_FOLDER, name), 'utf8'), name).toBe(text);
  });

  it('describes each field with its JSDoc from the zod schemas', () => {
    const claim = schemaOf('claim.schema.json') as { properties: Record<string, { description?: string }> };
    expect(claim.properties.excerpt?.description).toMatch(/exact words/);
    expect(Object.values(claim.properties).every((property) => property.description)).toBe(true);
  });
});

describe('the schemas against content', () => {
  // `format: uri` is left to the content check; the schemas' other keywords are all checked.
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  const validate = {
    claim: ajv.compile(schemaOf('claim.schema.json')),
    source: ajv.compile(schemaOf('source.schema.json')),
    article: ajv.compile(schemaOf('article.schema.json')),
    followUp: ajv.compile(schemaOf('follow-up.schema.json')),
  };
  const read = (path: string, bytes: Uint8Array) =>
    (path.endsWith('.md') ? readMarkdownFile(path, bytes) : readYamlFile(path, bytes)).file?.data;
  const kindOf = (path: string) =>
    path.includes('/claims/')
      ? 'claim'
      : path.includes('/sources/')
        ? 'source'
        : path.includes('/follow-ups/')
          ? 'followUp'
          : ('article' as const);

  it('accept every file of the seed and of the valid fixture', () => {
    const seed = readdirSync(join(projectRoot, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const absolute = join(entry.parentPath, entry.name);
        return { path: absolute.slice(projectRoot.length + 1), bytes: readFileSync(absolute) };
      });
    for (const { path, bytes } of [...seed, ...fixtureFiles('base')]) {
      const check = validate[kindOf(path)];
      expect(check(read(path, bytes)), `${path}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });

  it.each([
    ['wrong-enum', 'enum'],
    ['unknown-key', 'additionalProperties'],
    ['missing-field', 'required'],
    ['source-typo-field', 'additionalProperties'],
    ['end-before-start', undefined],
  ])('reject the bad fixture %s, or leave it to the content check', (fixture, keyword) => {
    const { file: path } = expectedFor(fixture);
    const file = fixtureFiles('bad', fixture).find((entry) => entry.path === path);
    expect(file, path).toBeDefined();
    const check = validate[kindOf(path)];
    const valid = check(read(path, file?.bytes ?? new Uint8Array()));
    if (keyword === undefined) {
      // A date range is a cross-field rule: the schema cannot see it, the content check does.
      expect(valid).toBe(true);
    } else {
      expect(valid).toBe(false);
      expect(JSON.stringify(check.errors)).toContain(keyword);
    }
  });
});

describe('an editor’s YAML tooling', () => {
  // The language server of VS Code's YAML extension (redhat.vscode-yaml), as a library.
  const require = createRequire(import.meta.url);
  const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js') as {
    getLanguageService: (params: unknown) => {
      configure: (settings: unknown) => void;
      doValidation: (
        document: TextDocument,
        isKubernetes: boolean,
      ) => Promise<{ message: string; range: { start: { line: number } } }[]>;
    };
  };
  const service = getLanguageService({
    schemaRequestService: (uri: string) => Promise.resolve(readFileSync(fileURLToPath(uri), 'utf8')),
    workspaceContext: {
      resolveRelativePath: (relative: string, resource: string) =>
        pathToFileURL(join(fileURLToPath(resource), '..', relative)).toString(),
    },
  });
  service.configure({ validate: true, hover: true, completion: true, schemas: [] });

  it('picks the source schema up from the modeline that drafted source files carry, and reports by line', async () => {
    const uri = pathToFileURL(join(projectRoot, 'content', 'sources', 'example.yaml')).toString();
    const text = [
      '# yaml-language-server: $schema=../../schemas/source.schema.json',
      'type: group',
      'name: a senior official',
      'sourcing: anonymous-oficial',
      'role: senior official',
      'sid: Europe',
      '',
    ].join('\n');
    const problems = await service.doValidation(TextDocument.create(uri, 'yaml', 1, text), false);
    expect(problems.map((problem) => [problem.range.start.line + 1, problem.message])).toEqual([
      [2, 'Missing property "side".'],
      [4, 'Value is not accepted. Valid values: "anonymous-official", "anonymous-source".'],
      [6, 'Property sid is not allowed.'],
    ]);
  });

  it('finds nothing wrong in a valid source', async () => {
    const path = join(projectRoot, 'content', 'sources', 'wsj.yaml');
    const text = `# yaml-language-server: $schema=../../schemas/source.schema.json\n${readFileSync(path, 'utf8')}`;
    expect(
      await service.doValidation(TextDocument.create(pathToFileURL(path).toString(), 'yaml', 1, text), false),
    ).toEqual([]);
  });
});
