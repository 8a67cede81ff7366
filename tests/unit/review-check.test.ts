import { describe, expect, it } from 'vitest';
import { categoryForChain } from '../../src/lib/schema/source.ts';
import {
  describingLooksWrong,
  draftCounts,
  draftProblems,
  eventAfterPublication,
  nameLooksWrong,
  suspiciousSourceWarnings,
  withoutDrafterNotes,
} from '../../src/lib/content/review-check.ts';
import { sourceSchema } from '../../src/lib/schema/source.ts';
import { INSTITUTION, sourcingWords, CATEGORY } from '../../src/lib/site/vocabulary.ts';

const lineOf = (_file: string, path: readonly PropertyKey[]) => (path[0] === 'draft' ? 7 : 3);

describe('draftProblems', () => {
  const entries = [
    { file: 'content/claims/a/01-x.md', data: { draft: true } },
    { file: 'content/claims/a/02-y.md', data: { draft: false } },
    { file: 'content/sources/friday.yaml', data: {} },
  ];

  it('lists each draft as a warning when checking, one line per file, on its draft line', () => {
    const problems = draftProblems(entries, lineOf);
    expect(problems).toEqual([
      {
        file: 'content/claims/a/01-x.md',
        line: 7,
        field: 'draft',
        message: 'is a draft no editor has reviewed yet: review it and remove `draft: true`',
        severity: 'warning',
      },
    ]);
  });

  it('makes each draft an error when publishing, with the way to a preview', () => {
    const [problem] = draftProblems(entries, lineOf, { publish: true });
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toBe(
      'is a draft: review it and remove `draft: true`, or build a preview with `npm run build:preview`',
    );
  });

  it('keeps drafts warnings in a preview build', () => {
    const problems = draftProblems(entries, lineOf, { publish: true, previewDrafts: true });
    expect(problems.map((problem) => problem.severity)).toEqual(['warning']);
  });
});

describe('names that are not names', () => {
  it.each(['Friday', 'on Friday', 'October', 'Moscow', 'Officials', 'However'])('flags %s', (name) => {
    expect(nameLooksWrong(name)).toBeDefined();
  });

  it.each(['Ana Ruiz', 'Theresa May', 'Terminal Operators’ Association', 'Madonna', 'Skelder Port Authority'])(
    'leaves %s alone',
    (name) => {
      expect(nameLooksWrong(name)).toBeUndefined();
    },
  );

  it('says what the word is', () => {
    expect(nameLooksWrong('Friday')).toMatch(/day of the week/);
    expect(nameLooksWrong('March')).toMatch(/month/);
    expect(nameLooksWrong('Kyiv')).toMatch(/place/);
  });
});

describe('roles and affiliations that are not roles', () => {
  it.each([
    'not given in the article',
    'Not stated',
    'unknown',
    'n/a',
    'N/A',
    '?',
    'government was preparing to appoint mediator as early as',
    'said the talks',
    'head of the',
  ])('flags %s', (value) => {
    expect(describingLooksWrong(value)).toBeDefined();
  });

  it.each([
    'Mayor',
    'foreign-policy aide to the Russian president; former Russian ambassador to the US',
    'President of Russia',
    'town council',
    'Kremlin',
    'union negotiator',
  ])('leaves %s alone', (value) => {
    expect(describingLooksWrong(value)).toBeUndefined();
  });
});

describe('suspiciousSourceWarnings', () => {
  it('warns once per field, naming the file, the line and the field', () => {
    const warnings = suspiciousSourceWarnings(
      [
        {
          file: 'content/sources/friday.yaml',
          data: {
            type: 'person',
            name: 'Friday',
            role: 'government was preparing to appoint mediator as early as',
            affiliation: 'not given in the article',
          },
        },
        {
          file: 'content/sources/group.yaml',
          data: {
            type: 'group',
            name: 'officials',
            sourcing: 'anonymous-official',
            role: 'officials',
            side: 'unknown',
          },
        },
      ],
      (_file, path) => ({ name: 2, role: 3, affiliation: 4 })[String(path[0]) as 'name'],
    );
    expect(warnings.map((warning) => [warning.field, warning.line, warning.severity])).toEqual([
      ['name', 2, 'warning'],
      ['role', 3, 'warning'],
      ['affiliation', 4, 'warning'],
    ]);
  });
});

describe('eventAfterPublication', () => {
  const claim = (kind: string, start: string) => ({ file: 'c.md', data: { kind, date: { start } } });

  it('warns on an event dated after the publication day', () => {
    expect(eventAfterPublication(claim('event', '2025-03-17'), '2025-03-14', lineOf)).toMatchObject({
      field: 'date.start',
      severity: 'warning',
    });
  });

  it('leaves predictions, and events on or before the day, alone', () => {
    expect(eventAfterPublication(claim('prediction', '2025-03-17'), '2025-03-14', lineOf)).toBeUndefined();
    expect(eventAfterPublication(claim('event', '2025-03-14'), '2025-03-14', lineOf)).toBeUndefined();
    expect(eventAfterPublication(claim('event', '2025-03-10'), '2025-03-14', lineOf)).toBeUndefined();
  });
});

describe('institutions', () => {
  const publisher = { type: 'outlet', name: 'The Coast Gazette' } as const;
  const institution = sourceSchema.parse({ type: 'institution', name: 'Skelder Port Authority', country: 'Denmark' });

  it('are named sourcing as the innermost link', () => {
    expect(categoryForChain([publisher, institution])).toBe('named');
  });

  it('are worded as an institution, not as someone', () => {
    expect(sourcingWords('named', institution)).toBe(INSTITUTION);
    expect(INSTITUTION.reading).toBe('On the record: an institution put its name to it.');
    expect(INSTITUTION.reading).not.toMatch(/someone/i);
    expect(sourcingWords('named', { type: 'person' })).toBe(CATEGORY.named);
  });

  it('take no person fields', () => {
    expect(sourceSchema.safeParse({ type: 'institution', name: 'Union', role: 'x' }).success).toBe(false);
  });
});

describe('drafter notes and counts', () => {
  it('drops drafter notes and keeps the rest', () => {
    expect(withoutDrafterNotes({ name: 'x', draft: true, drafterNotes: ['chose named'] })).toEqual({
      name: 'x',
      draft: true,
    });
  });

  it('counts draft claims and sources', () => {
    expect(draftCounts({ claims: [{ draft: true }, {}], sources: [{ draft: true }, { draft: true }] })).toEqual({
      claims: 1,
      sources: 2,
    });
  });
});
