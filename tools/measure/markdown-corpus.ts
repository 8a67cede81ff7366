/**
 * A generated content tree of N claims for measuring the markdown pipeline: articles of up to 50 one-sentence
 * paragraphs, one claim per sentence, each with a note in the markdown editors write (emphasis, links inside and
 * outside the site, a reference link, a list, a quotation) and, in one note in five, the hostile patterns the
 * safety plugins exist for (raw HTML, a `javascript:` link). Every tree passes the content check, so a build of
 * it is a build of a real site. Deterministic: the same N gives the same bytes.
 */

export interface CorpusFile {
  /** Path relative to the project root (`content/…`). */
  path: string;
  text: string;
}

const CLAIMS_PER_ARTICLE = 50;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The sentence of claim `index` (0-based) and what it is: a publisher's event or a named person's statement. */
function sentence(article: number, index: number): { text: string; kind: 'event' | 'statement' } {
  const n = article * CLAIMS_PER_ARTICLE + index + 1;
  return index % 2 === 0
    ? { text: `The council of district ${article + 1} approved budget line ${n} at its meeting.`, kind: 'event' }
    : { text: `Jane Doe said that budget line ${n} would fund ${index + 3} new harbour cranes.`, kind: 'statement' };
}

function note(n: number): string {
  const lines = [
    `This is the editor's note on claim ${n}. It gives **context**, _emphasis_ and a [source](https://example.org/report/${n}).`,
    '',
    `See also [the previous claim](/claims/) and the [budget table][budget].`,
    '',
    `- the figure was published on page ${n % 40}`,
    '- the council did not comment',
    '',
    `> "We will look at it," a spokesperson said.`,
    '',
    `[budget]: https://example.org/budget/${n}`,
  ];
  if (n % 5 === 0) {
    lines.push('', `Raw HTML: <b onclick="alert(${n})">bold</b> and a [bad link](javascript:alert(${n})).`);
  }
  return lines.join('\n');
}

export function claimCorpus(claims: number): CorpusFile[] {
  const files: CorpusFile[] = [
    {
      path: 'content/sources/bench-gazette.yaml',
      text: 'type: outlet\nname: The Bench Gazette\n',
    },
    {
      path: 'content/sources/jane-doe.yaml',
      text: 'type: person\nname: Jane Doe\nrole: budget spokesperson\naffiliation: district council\n',
    },
  ];
  const articles = Math.ceil(claims / CLAIMS_PER_ARTICLE);
  for (let article = 0; article < articles; article++) {
    const id = `bench-${pad(article + 1, 4)}`;
    const count = Math.min(CLAIMS_PER_ARTICLE, claims - article * CLAIMS_PER_ARTICLE);
    const sentences = Array.from({ length: count }, (_, index) => sentence(article, index));
    files.push({
      path: `content/articles/${id}.md`,
      text: [
        '---',
        `title: Budget report ${article + 1}`,
        'publisher: bench-gazette',
        'published: 2025-03-14',
        `url: https://example.org/bench/${article + 1}`,
        'language: en',
        '---',
        '',
        ...sentences.flatMap(({ text }) => [text, '']),
      ].join('\n'),
    });
    for (const [index, { text, kind }] of sentences.entries()) {
      const n = article * CLAIMS_PER_ARTICLE + index + 1;
      const chain = kind === 'event' ? '[bench-gazette]' : '[bench-gazette, jane-doe]';
      files.push({
        path: `content/claims/${id}/${pad(index + 1, 2)}-line-${n}.md`,
        text: [
          '---',
          `article: ${id}`,
          `order: ${index + 1}`,
          `excerpt: '${text.replace(/'/g, "''")}'`,
          `kind: ${kind}`,
          'attribution:',
          `  category: ${kind === 'event' ? 'unattributed' : 'named'}`,
          `  chain: ${chain}`,
          '---',
          '',
          note(n),
          '',
        ].join('\n'),
      });
    }
  }
  return files;
}
