import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { truncateAtWord } from '../plain-text.ts';
import { encodePng } from './png.ts';

/**
 * Share images (Open Graph / Twitter cards) made at build time, with no network: satori lays out a small
 * element tree into SVG using font files the caller passes in, and resvg rasterises it to PNG.
 * 1200×630 is the size Facebook and X document for large link previews.
 */

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareCard {
  /** The small line above the quote: site and publication ("Claimline · RBC-Ukraine, 8 Aug 2025"). */
  eyebrow: string;
  /** The main text: a claim's excerpt or an article's title. */
  quote: string;
  /** Whether `quote` is a quotation (shown in quotation marks) or a title. */
  quoted: boolean;
  /** Badge texts, in order ("Anonymous official", "Prediction"). */
  badges: string[];
  /** The date line ("week of 11 Aug 2025"). */
  date?: string | undefined;
}

export interface ShareFont {
  name: string;
  data: Buffer | ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Element | (string | Element)[] };
}

const el = (type: string, style: Element['props']['style'], children?: Element['props']['children']): Element => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Longest quote shown on a card before it is cut at a word, so that it fits in four lines at 46 px. */
const MAX_QUOTE = 170;

/** The quote as the card shows it: cut at a word, with an ellipsis, when it is longer than four lines. */
export const cutQuote = (text: string): string => truncateAtWord(text, MAX_QUOTE);

/**
 * The card's greys. Cards use no colour (the site's colours only repeat what its icons and words say), which keeps
 * the PNG greyscale and small (see png.ts).
 */
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const PAPER = '#fafafa';

function cardTree(card: ShareCard): Element {
  return el(
    'div',
    {
      // satori sizes boxes without their padding and border (content-box), so the card's own size leaves room.
      width: SHARE_IMAGE_WIDTH - 2 * 64,
      height: SHARE_IMAGE_HEIGHT - 2 * 56 - 16,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 64px',
      background: PAPER,
      color: INK,
      fontFamily: 'Noto Sans',
      borderTop: `16px solid ${INK}`,
    },
    [
      el('div', { display: 'flex', fontSize: 28, color: MUTED }, card.eyebrow),
      el(
        'div',
        { display: 'flex', width: 1072, fontSize: 46, fontWeight: 700, lineHeight: 1.3 },
        card.quoted ? `“${cutQuote(card.quote)}”` : cutQuote(card.quote),
      ),
      // Badges keep their words on one line and wrap as whole pills when a row is full.
      el('div', { display: 'flex', flexWrap: 'wrap', alignItems: 'center', fontSize: 26 }, [
        ...card.badges.map((badge) =>
          el(
            'div',
            {
              display: 'flex',
              flexShrink: 0,
              border: `3px solid ${INK}`,
              borderRadius: 999,
              padding: '6px 20px',
              margin: '6px 16px 6px 0',
            },
            badge,
          ),
        ),
        ...(card.date ? [el('div', { display: 'flex', flexShrink: 0, color: MUTED }, card.date)] : []),
      ]),
    ],
  );
}

/** The card as SVG (satori). */
export async function shareImageSvg(card: ShareCard, fonts: ShareFont[]): Promise<string> {
  // satori reads a plain { type, props } tree when used without JSX (its README, "Use without JSX").
  return satori(cardTree(card), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
  });
}

/** An SVG rasterised at its own size by resvg, as PNG bytes (greyscale when the picture is grey). */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svg).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** The card as PNG bytes. */
export async function renderShareImage(card: ShareCard, fonts: ShareFont[]): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await shareImageSvg(card, fonts));
}

/**
 * What a card's look depends on besides its text and fonts: the code that lays it out, draws and encodes it, for
 * cache keys. A change to any of it changes this, so cached images are never stale
 * (`Function.prototype.toString` returns a function's source text, ECMAScript §20.2.3.5).
 */
export function shareImageDesign(): string {
  return [el, cardTree, cutQuote, truncateAtWord, shareImageSvg, svgToPng, encodePng]
    .map((part) => part.toString())
    .concat(JSON.stringify({ MAX_QUOTE, INK, MUTED, PAPER, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT }))
    .join('\n');
}
