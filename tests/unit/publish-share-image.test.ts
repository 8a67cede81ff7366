import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  cutQuote,
  renderShareImage,
  shareImageDesign,
  shareImageSvg,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type ShareFont,
} from '../../src/lib/publish/share-image.ts';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700): ShareFont => ({
  name: 'Noto Sans',
  data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${String(weight)}-normal.woff`)),
  weight,
  style: 'normal',
});
const fonts = [font(400), font(700)];
const card = {
  eyebrow: 'Claimline · The Publisher, 8 Aug 2025',
  quote: 'The harbour reopened on Monday after a three-day closure.',
  quoted: true,
  badges: ['Unattributed', 'Event'],
  date: '10 Mar 2025',
};

describe('share images', () => {
  it('renders a 1200×630 PNG', async () => {
    const png = await renderShareImage(card, fonts);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    // IHDR: width and height are the first two 32-bit fields after the 8-byte signature and 8-byte chunk header.
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]);
    // Bit depth 8, colour type 0: the card is drawn in greys and written as greyscale (png.ts).
    expect([png[24], png[25]]).toEqual([8, 0]);
  });

  it('cuts a long quote at a word, and keeps a short one whole', () => {
    expect(cutQuote(card.quote)).toBe(card.quote);
    const long = cutQuote('The harbour reopened on Monday after a three-day closure. '.repeat(5));
    expect(long.length).toBeLessThanOrEqual(170);
    expect(long).toMatch(/\w…$/);
  });

  it('names its own drawing code in its design key, so a cached image changes when the code does', () => {
    expect(shareImageDesign()).toBe(shareImageDesign());
    expect(shareImageDesign()).toContain('flexWrap');
    expect(shareImageDesign()).toContain('deflateSync');
  });

  it('draws the quote, badges and date as text paths', async () => {
    const svg = await shareImageSvg(card, fonts);
    const plain = await shareImageSvg({ ...card, badges: [], date: undefined }, fonts);
    // Text becomes glyph paths; a card with badges and a date draws more of them.
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.length).toBeGreaterThan(plain.length);
  });
});
