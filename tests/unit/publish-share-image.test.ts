import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { shareFonts } from '../../src/page-data/share-images.ts';
import { measureText } from '../../src/lib/publish/grey-canvas.ts';
import {
  CARD_GREYS,
  cardFaces,
  cutQuote,
  drawCard,
  layoutCard,
  shareImageRenderer,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type CardFaces,
  type ShareCard,
} from '../../src/lib/publish/share-image.ts';

const fonts = shareFonts();
const faces: CardFaces = cardFaces(fonts);
const render = shareImageRenderer(fonts);

const card: ShareCard = {
  eyebrow: 'Claimline · The Publisher, 8 Aug 2025',
  quote: 'The harbour reopened on Monday after a three-day closure.',
  quoted: true,
  badges: ['Unattributed', 'Event'],
  date: '10 Mar 2025',
};

/** Every box a layout places, in card pixels: text runs measured with their face, and pills. */
function boxes(layout: ReturnType<typeof layoutCard>) {
  return layout.pieces.flatMap((piece) => [
    ...piece.texts.map((text) => ({
      left: piece.x + text.x,
      right: piece.x + text.x + measureText(text.face, text.text),
      top: piece.y + text.baseline - text.face.ascent,
      bottom: piece.y + text.baseline + text.face.descent,
    })),
    ...piece.pills.map((pill) => ({
      left: piece.x + pill.x,
      right: piece.x + pill.x + pill.width,
      top: piece.y + pill.y,
      bottom: piece.y + pill.y + pill.height,
    })),
  ]);
}

describe('share images', () => {
  it('renders a 1200×630 PNG of 4-bit greys', () => {
    const png = render(card);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    // IHDR: width and height are the first two 32-bit fields after the 8-byte signature and 8-byte chunk header.
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]);
    // Bit depth 4, colour type 3 (indexed), palette of the card's 16 greys from ink to paper.
    expect([png[24], png[25]]).toEqual([4, 3]);
    expect(CARD_GREYS).toHaveLength(16);
    expect([CARD_GREYS[0], CARD_GREYS[15]]).toEqual([0x1b, 0xfa]);
  });

  it('copies a shared piece byte for byte as drawing it afresh would', () => {
    const pieces = new Map<string, Uint8Array>();
    const layout = layoutCard(card, faces);
    const first = drawCard(layout, pieces);
    expect(pieces.size).toBe(layout.pieces.filter((piece) => piece.reused).length);
    // Buffer.equals compares the 756,000 pixels as memory; toEqual would walk them one by one.
    expect(Buffer.from(drawCard(layout, pieces)).equals(first)).toBe(true);
    expect(Buffer.from(drawCard(layout, new Map())).equals(first)).toBe(true);
  });

  it('gives the same bytes for the same card, and different ones when a word changes', () => {
    expect(render(card)).toEqual(render({ ...card }));
    expect(render(card)).not.toEqual(
      render({ ...card, quote: 'The harbour reopened on Tuesday after a three-day closure.' }),
    );
  });

  it('draws Cyrillic, Greek and extended Latin letters rather than boxes', () => {
    const latinOnly = cardFaces({ regular: fonts.regular.slice(0, 1), bold: fonts.bold.slice(0, 1) });
    // As a Buffer: comparing two pictures of 756,000 pixels with toEqual takes seconds, `equals` a microsecond.
    const picture = (quote: string, set: CardFaces) =>
      Buffer.from(drawCard(layoutCard({ ...card, quote, eyebrow: `Claimline · ${quote}` }, set)));
    // Five characters no font has: five .notdef boxes, in the quote and the eyebrow.
    const boxes = '\u{E000}\u{E001}\u{E002}\u{E003}\u{E004}';
    for (const word of ['Київа', 'ŁĄŚŻĘ', 'Ωμέγα']) {
      expect(picture(word, latinOnly).equals(picture(boxes, latinOnly)), `${word}, Latin subset alone`).toBe(true);
      expect(picture(word, faces).equals(picture(boxes, faces)), word).toBe(false);
    }
  });

  it('cuts a long quote at a word, and keeps a short one whole', () => {
    expect(cutQuote(card.quote)).toBe(card.quote);
    const long = cutQuote('The harbour reopened on Monday after a three-day closure. '.repeat(5));
    expect(long.length).toBeLessThanOrEqual(170);
    expect(long).toMatch(/\w…$/);
  });

  it('sets the quote in curly quotation marks when it is one, as plain text when it is a title', () => {
    expect(layoutCard(card, faces).quoteLines.join(' ')).toBe(`“${card.quote}”`);
    expect(layoutCard({ ...card, quoted: false }, faces).quoteLines.join(' ')).toBe(card.quote);
  });

  it('keeps everything inside the card and its padding, whatever the quote and badges', () => {
    const crowded: ShareCard = {
      eyebrow: 'Claimline · The Northern Ledger and Evening Broadcaster, 28 Sep 2025',
      quote:
        'Officials said the harbour would reopen within weeks, although engineers warned that repairs to the breakwater could take the rest of the year and cost far more than planned.',
      quoted: true,
      badges: [
        'Anonymous official',
        'Prediction',
        'The Wall Street Journal',
        'Unnamed sources',
        'Assessment',
        'The Northern Ledger',
        'Evening Broadcaster',
        'Civic Monitor',
      ],
      date: 'week of 11 Aug 2025',
    };
    const overlong: ShareCard = {
      ...crowded,
      eyebrow: `Claimline · ${'The Ministry of Foreign Affairs Press and Information Department '.repeat(2)}, 8 Aug 2025`,
      badges: [
        'Unnamed sources',
        `Outlet: ${'Correspondent of the Northern Ledger and Evening Broadcaster '.repeat(2)}`,
      ],
    };
    for (const each of [card, crowded, { ...crowded, quote: 'Supercalifragilistic'.repeat(8) }, overlong]) {
      for (const box of boxes(layoutCard(each, faces))) {
        expect(box.left).toBeGreaterThanOrEqual(64);
        expect(box.right).toBeLessThanOrEqual(SHARE_IMAGE_WIDTH - 64 + 0.5);
        expect(box.top).toBeGreaterThanOrEqual(16 + 56 - 2);
        expect(box.bottom).toBeLessThanOrEqual(SHARE_IMAGE_HEIGHT - 56 + 2);
      }
    }
    const layout = layoutCard(crowded, faces);
    // Eight pills do not fit on one row: they wrap, and the quote shrinks to fit the space left.
    expect(new Set(layout.pieces.filter((piece) => piece.pills.length > 0).map((piece) => piece.y)).size).toBe(3);
    expect(layout.quoteSize).toBeLessThan(46);
    expect(layoutCard(card, faces).quoteSize).toBe(46);
    // A line wider than the card ends in an ellipsis inside it, rather than being cut off at the edge.
    const shortened = layoutCard(overlong, faces).pieces.flatMap((piece) => piece.texts.map((text) => text.text));
    expect(shortened[0]).toMatch(/^Claimline · The Ministry of Foreign Affairs .*[a-z]…$/u);
    expect(shortened[2]).toMatch(/^Outlet: Correspondent of the Northern Ledger .*[a-z]…$/u);
    expect(layoutCard(crowded, faces).pieces[0]?.texts[0]?.text).toBe(crowded.eyebrow);
  });

  it('draws ink where the text and pills are, and leaves the rest paper', () => {
    const layout = layoutCard(card, faces);
    const pixels = drawCard(layout);
    const inkIn = (left: number, top: number, right: number, bottom: number) => {
      let ink = 0;
      for (let y = Math.floor(top); y < bottom; y++)
        for (let x = Math.floor(left); x < right; x++) if ((pixels[y * SHARE_IMAGE_WIDTH + x] ?? 15) < 8) ink++;
      return ink;
    };
    for (const box of boxes(layout)) expect(inkIn(box.left, box.top, box.right, box.bottom)).toBeGreaterThan(20);
    // The top rule is solid ink; the right margin below it is untouched paper.
    expect(inkIn(0, 0, SHARE_IMAGE_WIDTH, 16)).toBe(SHARE_IMAGE_WIDTH * 16);
    expect(inkIn(SHARE_IMAGE_WIDTH - 60, 16, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT)).toBe(0);
  });

  it('writes pixels a PNG decoder reads back as the drawn picture', () => {
    const png = Buffer.from(render(card));
    // IDAT is the third chunk: signature, IHDR (25 bytes), PLTE (12 + 48 bytes).
    const at = 8 + 25 + 60;
    expect(png.toString('latin1', at + 4, at + 8)).toBe('IDAT');
    const raw = inflateSync(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
    expect(raw.length).toBe((SHARE_IMAGE_WIDTH / 2 + 1) * SHARE_IMAGE_HEIGHT);
  });
});
