import { parse } from 'yaml';
import { articleSentences, readArticle } from '../language/article-text.ts';

/**
 * Reading the article an editor hands to `claims:draft`: plain text or markdown, UTF-8, whose first line (or `# `
 * heading) is the title and the rest the body. Markdown with frontmatter is accepted too: its `title`, `url` and
 * `language` are used. Anything else (empty, binary, not UTF-8, a title with no body) is refused with a reason.
 */

export interface ArticleInput {
  title: string;
  /** The body as markdown, `\n` line endings, no leading blank lines, one final newline. */
  body: string;
  url?: string | undefined;
  language?: string | undefined;
}

export type ArticleInputResult = { input: ArticleInput; error?: undefined } | { error: string; input?: undefined };

/** C0 control characters other than tab, line feed, form feed and carriage return: text never holds them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/u;

const stringField = (data: unknown, key: string): string | undefined => {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

export function readArticleInput(bytes: Uint8Array): ArticleInputResult {
  if (bytes.length === 0) return { error: 'is empty' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'is not UTF-8 text (a binary file, or another encoding); save the article as UTF-8 text' };
  }
  if (CONTROL.test(text)) return { error: 'holds control characters, so it is a binary file, not an article' };
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return { error: 'is empty (white space only)' };

  let frontmatter: unknown;
  const fenced = /^---\n([\s\S]*?)\n---(?:\n|$)/u.exec(text);
  if (fenced) {
    try {
      frontmatter = parse(fenced[1] ?? '');
    } catch (error) {
      return { error: `has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` };
    }
    text = text.slice(fenced[0].length);
  }

  let title = stringField(frontmatter, 'title');
  let body = text;
  if (!title) {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => line.trim() !== '');
    title = (lines[first] ?? '')
      .replace(/^\s{0,3}#{1,6}\s+/u, '')
      .replace(/\s+#+\s*$/u, '')
      .trim();
    body = lines.slice(first + 1).join('\n');
  }
  body = `${body.replace(/^\s*\n/u, '').trimEnd()}\n`;
  if (title === '') return { error: 'has no title: its first line should be the headline' };
  if (articleSentences(readArticle(body)).length === 0) {
    return { error: 'has a title but no body text after it: nothing to draft claims from' };
  }
  return {
    input: {
      title,
      body,
      url: stringField(frontmatter, 'url'),
      language: stringField(frontmatter, 'language'),
    },
  };
}
