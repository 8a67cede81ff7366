import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftClaims } from '../../src/lib/draft/draft.ts';
import { claimFile, draftFiles, draftJson, sourceFile } from '../../src/lib/draft/render.ts';

// Astro reads frontmatter with js-yaml (YAML 1.1); the content check with yaml (YAML 1.2). Drafted files must
// mean the same to both.
const jsYaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const frontmatter = (text: string) => /^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '';

const draft = draftClaims({
  articleId: 'yes-no',
  title: 'No',
  body: 'Off. On Monday, a senior official said yes.\n',
  published: '2025-06-18',
  publisher: 'Example Daily',
  url: 'https://example.com/a',
  language: 'en',
  sources: [],
});

function claimAt(index: number) {
  const claim = draft.claims[index];
  if (!claim) throw new Error(`no claim ${index}`);
  return claim;
}

function sourceAt(index: number) {
  const source = draft.newSources[index];
  if (!source) throw new Error(`no new source ${index}`);
  return source;
}

describe('drafted files', () => {
  it('read the same under YAML 1.1 (Astro) and YAML 1.2 (the content check): strings stay strings', () => {
    for (const file of draftFiles(draft)) {
      const yaml = file.path.endsWith('.md') ? frontmatter(file.text) : file.text;
      expect(jsYaml.load(yaml), file.path).toEqual(parse(yaml));
    }
    const first = parse(frontmatter(claimFile(draft, claimAt(0)).text)) as { excerpt: unknown };
    expect(first.excerpt).toBe('Off.');
    const second = parse(frontmatter(claimFile(draft, claimAt(1)).text)) as { date: { start: unknown } };
    expect(second.date.start).toBe('2025-06-16');
  });

  it('name where they go, and give new sources the schema modeline', () => {
    expect(draftFiles(draft).map((file) => file.path)).toEqual([
      'content/articles/yes-no.md',
      'content/sources/example-daily.yaml',
      'content/sources/senior-official.yaml',
      'content/claims/yes-no/01-off.md',
      'content/claims/yes-no/02-monday-senior-official-yes.md',
    ]);
    expect(sourceFile(sourceAt(1)).text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/source\.schema\.json\n/u,
    );
  });
});

describe('draftJson', () => {
  it('names sources not yet in content/ by name, and gives every claim the export’s fields', () => {
    const json = draftJson(draft);
    expect(json.article).toEqual({
      id: 'yes-no',
      title: 'No',
      publisher: 'Example Daily',
      published: '2025-06-18',
      url: 'https://example.com/a',
      language: 'en',
    });
    expect(json.claims[1]).toEqual({
      id: 'yes-no/02-monday-senior-official-yes',
      url: '/claims/yes-no/02-monday-senior-official-yes/',
      article: 'yes-no',
      order: 2,
      excerpt: 'On Monday, a senior official said yes.',
      kind: 'event',
      attribution: { category: 'anonymous-official', chain: ['Example Daily', 'a senior official'] },
      date: { start: '2025-06-16', end: '2025-06-16', precision: 'day', asWritten: 'On Monday', basis: 'inferred' },
      hedges: [],
      // Not published yet: no first-published day, nothing corrected.
      firstPublished: null,
      corrections: [],
    });
  });

  it('mark every claim and source as an unreviewed draft, with the reasons in drafterNotes, not in rationale', () => {
    const institutional = draftClaims({
      articleId: 'port',
      title: 'Port',
      body: 'The Terminal Operators’ Association said in a statement that berths were full.\n',
      published: '2025-06-18',
      publisher: 'Example Daily',
      url: 'https://example.com/p',
      language: 'en',
      sources: [],
    });
    for (const source of institutional.newSources) {
      const data = parse(sourceFile(source).text) as Record<string, unknown>;
      expect(data.draft, source.id).toBe(true);
      expect(data.drafterNotes, source.id).toEqual(expect.arrayContaining([expect.any(String)]));
    }
    const association = institutional.newSources.find((source) => source.data.type === 'institution');
    expect(association?.data).toEqual({ type: 'institution', name: 'Terminal Operators’ Association' });
    for (const file of [...draftFiles(draft), ...draftFiles(institutional)]) {
      expect(file.text, file.path).not.toMatch(/Drafted by/u);
      if (!file.path.startsWith('content/claims/')) continue;
      const data = parse(frontmatter(file.text)) as Record<string, unknown>;
      expect(data.draft, file.path).toBe(true);
      expect(data.rationale, file.path).toBeUndefined();
      expect((data.drafterNotes as string[]).join(' '), file.path).toMatch(/^Attribution: /u);
    }
  });
});
