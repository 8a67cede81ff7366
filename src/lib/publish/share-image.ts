import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

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

function cutQuote(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.slice(0, MAX_QUOTE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}

function cardTree(card: ShareCard): Element {
  const ink = '#1b1b1b';
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
      background: '#fbfaf7',
      color: ink,
      fontFamily: 'Noto Sans',
      borderTop: `16px solid ${ink}`,
    },
    [
      el('div', { display: 'flex', fontSize: 28, color: '#4a4a4a' }, card.eyebrow),
      el(
        'div',
        { display: 'flex', width: 1072, fontSize: 46, fontWeight: 700, lineHeight: 1.3 },
        card.quoted ? `“${cutQuote(card.quote)}”` : cutQuote(card.quote),
      ),
      el('div', { display: 'flex', alignItems: 'center', fontSize: 26 }, [
        ...card.badges.map((badge) =>
          el(
            'div',
            { display: 'flex', border: `3px solid ${ink}`, borderRadius: 999, padding: '6px 20px', marginRight: 16 },
            badge,
          ),
        ),
        ...(card.date ? [el('div', { display: 'flex', color: '#4a4a4a' }, card.date)] : []),
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

/** The card as PNG bytes. */
export async function renderShareImage(card: ShareCard, fonts: ShareFont[]): Promise<Uint8Array> {
  const svg = await shareImageSvg(card, fonts);
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH } }).render().asPng();
}
