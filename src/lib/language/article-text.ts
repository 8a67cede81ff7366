import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { findDateline } from './dateline.ts';
import { splitSentences } from './sentences.ts';

/**
 * Reading an article body: remark (with GFM) parses the markdown, mdast-util-to-string gives each block's plain
 * text, and the shared splitter cuts paragraphs into sentences. Headings are kept as blocks but hold no claims; so
 * is a wire dateline opening the first paragraph (dateline.ts), which says where the story was filed and is no
 * sentence of it.
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
  /** A heading, a paragraph, or the dateline the first paragraph opens with (read apart from the rest of it). */
  type: 'heading' | 'dateline' | 'paragraph';
  /** Plain text of the block, white space folded; a dateline's without the dash or colon that ends it. */
  text: string;
  /** 1-based line in the markdown body where the block starts. */
  line: number;
  /** The block's sentences (none for a heading or a dateline). */
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

/** Newlines in `text` before `offset`: how many lines below the block's first a point of it stands. */
const linesBefore = (text: string, offset: number) => text.slice(0, offset).match(/\n/g)?.length ?? 0;

/**
 * The body's headings and paragraphs with their sentences, in reading order, and the dateline of the first
 * paragraph as a block of its own before it.
 */
export function readArticle(markdown: string): ArticleBlock[] {
  const nodes = collectBlocks(parseMarkdown(markdown).children, []);
  const texts = nodes.map((node) => toString(node));
  const firstParagraph = nodes.findIndex((node) => node.type === 'paragraph');
  const dateline = findDateline(
    texts[firstParagraph] ?? '',
    texts.filter((_, at) => at > firstParagraph && nodes[at]?.type === 'paragraph'),
  );
  const blocks: ArticleBlock[] = [];
  let index = 0;
  let paragraph = 0;
  for (const [at, node] of nodes.entries()) {
    let raw = texts[at] ?? '';
    let line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      blocks.push({ type: 'heading', text: foldWhitespace(raw), line, sentences: [] });
      continue;
    }
    if (at === firstParagraph && dateline) {
      blocks.push({ type: 'dateline', text: dateline.text, line, sentences: [] });
      line += linesBefore(raw, dateline.length);
      raw = raw.slice(dateline.length);
      // A first paragraph that is its dateline alone leaves no paragraph to read.
      if (raw.trim() === '') continue;
    }
    const sentences = splitSentences(raw).map((sentence) => ({
      index: index++,
      text: foldWhitespace(sentence.text),
      paragraph,
      line: line + linesBefore(raw, sentence.start),
    }));
    blocks.push({ type: 'paragraph', text: foldWhitespace(raw), line, sentences });
    paragraph++;
  }
  return blocks;
}

/** Every sentence of the body, headings and the dateline aside, in order. */
export function articleSentences(blocks: ArticleBlock[]): ArticleSentence[] {
  return blocks.flatMap((block) => block.sentences);
}
