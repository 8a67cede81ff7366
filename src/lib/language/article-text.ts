import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { splitSentences } from './sentences.ts';

/**
 * Reading an article body: remark (with GFM) parses the markdown, mdast-util-to-string gives each block's plain
 * text, and the shared splitter cuts paragraphs into sentences. Headings are kept as blocks but hold no claims.
 */

export interface ArticleSentence {
  /** 0-based position among all the body's sentences, headings aside. */
  index: number;
  /** The sentence's plain text, white space folded to single spaces. */
  text: string;
  /** 0-based position of its paragraph among the body's paragraphs. */
  paragraph: number;
  /** 1-based line in the markdown body where the sentence starts. */
  line: number;
}

export interface ArticleBlock {
  type: 'heading' | 'paragraph';
  /** Plain text of the block, white space folded. */
  text: string;
  /** 1-based line in the markdown body where the block starts. */
  line: number;
  /** The block's sentences (none for a heading). */
  sentences: ArticleSentence[];
}

const parser = remark().use(remarkGfm);
const commonMarkParser = remark();

/**
 * What any GFM construct needs in the text: `|` or a delimiter row like `:--` (tables), `~` (strikethrough), `[`
 * (task list items, footnotes), `@`, `www.` or a scheme (autolink literals). Text with none of these parses to the
 * same tree with or without GFM (tests/unit/article-text.test.ts checks it), and about four times faster without:
 * the autolink-literal extension tries a construct at almost every letter.
 */
const GFM_TRIGGER = /[|~[@]|www\.|https?:\/\/|mailto:|xmpp:|^(?=[^\n]*:)[-: \t]+$/im;

export function parseMarkdown(markdown: string): Root {
  return GFM_TRIGGER.test(markdown) ? parser.parse(markdown) : commonMarkParser.parse(markdown);
}

/** Fold runs of white space (soft line breaks included) into one space. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Paragraph-like blocks in reading order. List items and quotations are read as paragraphs of the body; tables,
 * code and raw HTML are not prose and hold no claims.
 */
function collectBlocks(nodes: RootContent[], out: RootContent[]): RootContent[] {
  for (const node of nodes) {
    if (node.type === 'heading' || node.type === 'paragraph') out.push(node);
    else if ((node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') && 'children' in node)
      collectBlocks(node.children, out);
  }
  return out;
}

/** The body's headings and paragraphs with their sentences, in reading order. */
export function readArticle(markdown: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let index = 0;
  let paragraph = 0;
  for (const node of collectBlocks(parseMarkdown(markdown).children, [])) {
    const raw = toString(node);
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      blocks.push({ type: 'heading', text: foldWhitespace(raw), line, sentences: [] });
      continue;
    }
    const sentences = splitSentences(raw).map((sentence) => ({
      index: index++,
      text: foldWhitespace(sentence.text),
      paragraph,
      line: line + (raw.slice(0, sentence.start).match(/\n/g)?.length ?? 0),
    }));
    blocks.push({ type: 'paragraph', text: foldWhitespace(raw), line, sentences });
    paragraph++;
  }
  return blocks;
}

/** Every sentence of the body, headings aside, in order. */
export function articleSentences(blocks: ArticleBlock[]): ArticleSentence[] {
  return blocks.flatMap((block) => block.sentences);
}
