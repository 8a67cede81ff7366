import { truncateAtWord } from '../language/plain-text.ts';
import { openFont, rasteriseFace, type TextFace } from './glyph-atlas.ts';
import { drawText, fillRect, greyCanvas, measureText, strokePill, type GreyCanvas } from './grey-canvas.ts';
import { encodePalettePng, PNG_DEFLATE_LEVEL, pngScratchSize } from './png.ts';
import { fitLine, wrapText } from './wrap-text.ts';

/**
 * Share images (Open Graph / Twitter cards) made at build time, with no network: the card's text is set with the
 * font files the caller passes in and stamped from glyph atlases (glyph-atlas.ts), the pills drawn analytically,
 * and the picture written as 4-bit PNG: about 3 ms a card, where satori's layout and resvg's rasteriser took 37 to 48
 * (`npm run measure:share-images`, now and before this renderer), which lets a large site draw one per claim.
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

/**
 * The card's font files (any format fontkitten reads): regular for the small lines, bold for the quote. Each is a
 * list, a family split into script subsets, searched in order for each character (rasteriseFace).
 */
export interface ShareFonts {
  regular: readonly Uint8Array[];
  bold: readonly Uint8Array[];
}

/** Longest quote shown on a card before it is cut at a word (about four lines at the largest size). */
const MAX_QUOTE = 170;

/** The quote as the card shows it: cut at a word, with an ellipsis, when it is longer than four lines. */
export const cutQuote = (text: string): string => truncateAtWord(text, MAX_QUOTE);

/** The quote's text as drawn: cut, and in curly quotation marks when it is a quotation. */
export const shownQuote = (card: ShareCard): string =>
  card.quoted ? `“${cutQuote(card.quote)}”` : cutQuote(card.quote);

/**
 * The card's palette: 16 greys evenly spaced from the ink (#1b1b1b) to the paper (#fafafa), as many as a 4-bit PNG
 * holds (png.ts). Cards use no colour (the site's colours only repeat what its icons and words say). The canvas
 * draws in steps of this ramp, so anti-aliased edges take the 14 greys between ink and paper.
 */
const INK_GREY = 27;
const PAPER_GREY = 250;
export const CARD_GREYS: readonly number[] = Array.from({ length: 16 }, (_, step) =>
  Math.round(INK_GREY + ((PAPER_GREY - INK_GREY) * step) / 15),
);
const INK = 0;
const MUTED = 3; // #484848, the site's muted text
const PAPER = 15;

/** The frame: a rule along the top, and the padding around the content. */
const TOP_RULE = 16;
const PAD_X = 64;
const PAD_Y = 56;
const CONTENT_WIDTH = SHARE_IMAGE_WIDTH - 2 * PAD_X;
const CONTENT_TOP = TOP_RULE + PAD_Y;
const CONTENT_BOTTOM = SHARE_IMAGE_HEIGHT - PAD_Y;

const EYEBROW_SIZE = 28;
const BADGE_SIZE = 26;
/** Quote sizes, largest first: the quote takes the largest at which it fits between the eyebrow and the badges. */
const QUOTE_SIZES = [46, 40, 34] as const;
const QUOTE_LINE_HEIGHT = 1.3;
/** Pills: border, padding (vertical, horizontal) and the gaps between pills and between rows of them. */
const PILL_BORDER = 3;
const PILL_PAD_Y = 6;
const PILL_PAD_X = 20;
const PILL_GAP = 16;
const ROW_GAP = 12;
/** The least space kept between the quote and the lines above and below it. */
const QUOTE_MARGIN = 24;

/** The faces a card is set in. */
export interface CardFaces {
  eyebrow: TextFace;
  badge: TextFace;
  /** Bold at each of QUOTE_SIZES, in the same order. */
  quote: readonly TextFace[];
}

/** One run of text, placed within its piece. */
export interface PlacedText {
  text: string;
  face: TextFace;
  x: number;
  baseline: number;
  grey: number;
}

/** A pill's box, within its piece. */
export interface PlacedPill {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A rectangle of the card and what is drawn in it, in coordinates relative to its top-left corner. A piece that
 * many cards share (the eyebrow of an article, a badge, a date) is `reused`: drawn once, then copied.
 */
export interface CardPiece {
  x: number;
  y: number;
  width: number;
  height: number;
  texts: PlacedText[];
  pills: PlacedPill[];
  reused: boolean;
}

export interface CardLayout {
  pieces: CardPiece[];
  /** The quote's size, and its lines as set. */
  quoteSize: number;
  quoteLines: string[];
}

/** A line box of `face` `height` pixels tall from `top`: the baseline that centres the font's ascent and descent. */
const baselineIn = (face: TextFace, top: number, height: number) =>
  Math.round(top + (height - face.ascent - face.descent) / 2 + face.ascent);

/** Where everything goes: the eyebrow at the top, the badges and date at the bottom, the quote centred between. */
export function layoutCard(card: ShareCard, faces: CardFaces): CardLayout {
  const pieces: CardPiece[] = [];

  const eyebrowHeight = Math.ceil(faces.eyebrow.ascent + faces.eyebrow.descent);
  // Each piece is a pixel wider than its text, room for the anti-aliased edge of its last glyph.
  const eyebrow = fitLine(card.eyebrow, CONTENT_WIDTH - 1, (text) => measureText(faces.eyebrow, text));
  pieces.push({
    x: PAD_X,
    y: CONTENT_TOP,
    width: Math.ceil(measureText(faces.eyebrow, eyebrow)) + 1,
    height: eyebrowHeight,
    texts: [
      {
        text: eyebrow,
        face: faces.eyebrow,
        x: 0,
        baseline: baselineIn(faces.eyebrow, 0, eyebrowHeight),
        grey: MUTED,
      },
    ],
    pills: [],
    reused: true,
  });

  // Badges and date flow left to right as whole items, wrapping to a new row when one does not fit.
  const textHeight = Math.ceil(faces.badge.ascent + faces.badge.descent);
  const pillHeight = textHeight + 2 * (PILL_PAD_Y + PILL_BORDER);
  const items = [
    ...card.badges.map((text) => ({ text, pill: true })),
    ...(card.date ? [{ text: card.date, pill: false }] : []),
  ].map((item) => {
    // A badge wider than the card is shortened, so that its pill still closes inside the padding.
    const frame = item.pill ? 2 * (PILL_PAD_X + PILL_BORDER) : 0;
    const text = fitLine(item.text, CONTENT_WIDTH - 1 - frame, (line) => measureText(faces.badge, line));
    return { ...item, text, width: Math.ceil(measureText(faces.badge, text) + frame) + 1 };
  });
  const rows: (typeof items)[] = [];
  let rowWidth = 0;
  for (const item of items) {
    const last = rows.at(-1);
    if (last && rowWidth + PILL_GAP + item.width <= CONTENT_WIDTH) {
      last.push(item);
      rowWidth += PILL_GAP + item.width;
    } else {
      rows.push([item]);
      rowWidth = item.width;
    }
  }
  const badgesTop = CONTENT_BOTTOM - rows.length * pillHeight - Math.max(0, rows.length - 1) * ROW_GAP;
  rows.forEach((row, index) => {
    const top = badgesTop + index * (pillHeight + ROW_GAP);
    let x = PAD_X;
    for (const item of row) {
      pieces.push({
        x,
        y: top,
        width: item.width,
        height: pillHeight,
        texts: [
          {
            text: item.text,
            face: faces.badge,
            x: item.pill ? PILL_BORDER + PILL_PAD_X : 0,
            baseline: baselineIn(faces.badge, 0, pillHeight),
            grey: item.pill ? INK : MUTED,
          },
        ],
        // The pill's box stops short of the piece's last column, the pixel of room kept for anti-aliasing.
        pills: item.pill ? [{ x: 0, y: 0, width: item.width - 1, height: pillHeight }] : [],
        reused: true,
      });
      x += item.width + PILL_GAP;
    }
  });

  // The quote: the largest size whose lines fit the space left, centred in it.
  const spaceTop = CONTENT_TOP + eyebrowHeight + QUOTE_MARGIN;
  const spaceBottom = (rows.length > 0 ? badgesTop : CONTENT_BOTTOM) - QUOTE_MARGIN;
  const quote = shownQuote(card);
  let chosen = { face: faces.quote[0], lines: [] as string[], lineHeight: 0 };
  for (const face of faces.quote) {
    const lines = wrapText(quote, CONTENT_WIDTH, (text) => measureText(face, text));
    chosen = { face, lines, lineHeight: Math.round(face.size * QUOTE_LINE_HEIGHT) };
    if (lines.length * chosen.lineHeight <= spaceBottom - spaceTop) break;
  }
  const { face, lines, lineHeight } = chosen;
  if (!face) throw new Error('layoutCard: no quote face');
  const blockTop = Math.round(spaceTop + (spaceBottom - spaceTop - lines.length * lineHeight) / 2);
  pieces.push({
    x: PAD_X,
    y: blockTop,
    width: CONTENT_WIDTH,
    height: lines.length * lineHeight,
    texts: lines.map((line, index) => ({
      text: line,
      face,
      x: 0,
      baseline: baselineIn(face, index * lineHeight, lineHeight),
      grey: INK,
    })),
    pills: [],
    reused: false,
  });

  return { pieces, quoteSize: face.size, quoteLines: lines };
}

/** Draw a piece's pills and texts onto `canvas` with its top-left corner at `x`, `y`. */
function drawPiece(canvas: GreyCanvas, piece: CardPiece, x: number, y: number): void {
  for (const pill of piece.pills) strokePill(canvas, x + pill.x, y + pill.y, pill.width, pill.height, PILL_BORDER, INK);
  for (const text of piece.texts) drawText(canvas, text.face, text.text, x + text.x, y + text.baseline, text.grey);
}

/** What identifies a reused piece's drawing: its size and contents, faces by id. */
const pieceKey = (piece: CardPiece) =>
  JSON.stringify([
    piece.width,
    piece.height,
    piece.pills,
    piece.texts.map((text) => [text.text, text.face.id, text.x, text.baseline, text.grey]),
  ]);

/**
 * Reused pieces as drawn, by pieceKey, for one renderer. At most this many are kept (the least recently added go
 * first): a site has a few dozen badges, an eyebrow per article and a date per day its claims are dated.
 */
const MAX_PIECES = 2000;

/** The blank card, paper with the rule along its top, copied as the start of every card. */
const BLANK_CARD = (() => {
  const canvas = greyCanvas(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, PAPER);
  fillRect(canvas, 0, 0, SHARE_IMAGE_WIDTH, TOP_RULE, INK);
  return canvas.pixels;
})();

/**
 * The card drawn as steps of CARD_GREYS, one byte a pixel, into `into` when given (a renderer reuses one buffer
 * for all its cards rather than leave a megabyte of garbage per card). Reused pieces are drawn on paper once, kept in `pieces`,
 * and copied row by row into every card that has them; a piece's drawing depends only on its key, so a copy is
 * byte for byte what drawing it again would give.
 */
export function drawCard(
  layout: CardLayout,
  pieces = new Map<string, Uint8Array>(),
  into = new Uint8Array(SHARE_IMAGE_WIDTH * SHARE_IMAGE_HEIGHT),
): Uint8Array {
  into.set(BLANK_CARD);
  const canvas: GreyCanvas = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, pixels: into };
  for (const piece of layout.pieces) {
    if (!piece.reused) {
      drawPiece(canvas, piece, piece.x, piece.y);
      continue;
    }
    const key = pieceKey(piece);
    let drawn = pieces.get(key);
    if (!drawn) {
      const scratch = greyCanvas(piece.width, piece.height, PAPER);
      drawPiece(scratch, piece, 0, 0);
      drawn = scratch.pixels;
      if (pieces.size >= MAX_PIECES) pieces.delete(pieces.keys().next().value ?? '');
      pieces.set(key, drawn);
    }
    for (let row = 0; row < piece.height; row++) {
      canvas.pixels.set(
        drawn.subarray(row * piece.width, (row + 1) * piece.width),
        (piece.y + row) * canvas.width + piece.x,
      );
    }
  }
  return canvas.pixels;
}

/** The card's faces, rasterised from `fonts`: the eyebrow and badges in regular, the quote in bold at each size. */
export function cardFaces(fonts: ShareFonts): CardFaces {
  const [regular, bold] = [fonts.regular.map(openFont), fonts.bold.map(openFont)];
  return {
    eyebrow: rasteriseFace(regular, EYEBROW_SIZE),
    badge: rasteriseFace(regular, BADGE_SIZE),
    quote: QUOTE_SIZES.map((size) => rasteriseFace(bold, size)),
  };
}

/**
 * A card renderer for one set of fonts. Each face's glyph atlas is drawn the first time a card needs it (a few
 * hundred milliseconds for all of them), then every card is layout, stamping and encoding.
 */
export function shareImageRenderer(fonts: ShareFonts): (card: ShareCard) => Uint8Array<ArrayBuffer> {
  let faces: CardFaces | undefined;
  const load = () => cardFaces(fonts);
  const pieces = new Map<string, Uint8Array>();
  // One picture and one encoding buffer for every card: each card overwrites all of both.
  const pixels = new Uint8Array(SHARE_IMAGE_WIDTH * SHARE_IMAGE_HEIGHT);
  const scratch = Buffer.alloc(pngScratchSize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT));
  return (card) => {
    faces ??= load();
    drawCard(layoutCard(card, faces), pieces, pixels);
    return encodePalettePng(pixels, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, CARD_GREYS, PNG_DEFLATE_LEVEL, scratch);
  };
}
