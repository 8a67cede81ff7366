import { describe, expect, it } from 'vitest';
import { shareFonts } from '../../src/page-data/share-images.ts';
import { openFont, PHASES, rasteriseFace, type GlyphMask } from '../../src/lib/publish/glyph-atlas.ts';
import { drawText, fillRect, greyCanvas, measureText, strokePill } from '../../src/lib/publish/grey-canvas.ts';

const [latin, ...others] = shareFonts().regular.map(openFont);
if (!latin) throw new Error('no share font');
const font = latin;
const face = rasteriseFace(font, 20);
/** The cards' family, every subset, searched in order. */
const family = rasteriseFace([font, ...others], 20);
const point = (character: string) => character.codePointAt(0) ?? 0;
/** Whether two masks are the same picture (neither missing). */
const sameMask = (a: GlyphMask | undefined, b: GlyphMask | undefined): boolean =>
  b !== undefined && a?.width === b.width && a.coverage.every((value, at) => value === b.coverage[at]);

describe('glyph atlas', () => {
  it('measures with the font’s own advance widths', () => {
    const h = 'H'.codePointAt(0) ?? 0;
    expect(face.advance(h)).toBeCloseTo((font.glyphForCodePoint(h).advanceWidth * 20) / font.unitsPerEm, 6);
    expect(measureText(face, 'HH')).toBeCloseTo(2 * face.advance(h), 6);
  });

  it('has a mask with ink for each phase of a letter, and none for a space', () => {
    for (let phase = 0; phase < PHASES; phase++) {
      const mask = face.mask('H'.codePointAt(0) ?? 0, phase);
      expect(mask?.coverage.some((value) => value === 255)).toBe(true);
    }
    expect(face.mask(32, 0)).toBeUndefined();
  });

  it('draws a character the font lacks with its .notdef glyph, not nothing', () => {
    expect(face.mask(point('Ж'), 0)).toBeDefined();
    expect(sameMask(face.mask(point('Ж'), 0), face.mask(point('\u{E000}'), 0))).toBe(true);
  });

  it('draws each character from the first font of a list that has it', () => {
    const cyrillic = others.find((each) => each.hasGlyphForCodePoint(point('Ж')));
    expect(cyrillic).toBeDefined();
    for (const character of ['Ж', 'ї', 'Ł', 'ő', 'Ω', 'ạ']) {
      // A glyph of its own, not the box the Latin subset alone gives it.
      expect(sameMask(family.mask(point(character), 0), face.mask(point(character), 0)), character).toBe(false);
      expect(family.mask(point(character), 0)?.coverage.some((value) => value === 255)).toBe(true);
    }
    expect(family.advance(point('Ж'))).toBeCloseTo(
      ((cyrillic?.glyphForCodePoint(point('Ж')).advanceWidth ?? 0) * 20) / (cyrillic?.unitsPerEm ?? 1),
      6,
    );
    // Latin stays the Latin font's, and what no font has is still the first font's .notdef.
    expect(sameMask(family.mask(point('H'), 2), face.mask(point('H'), 2))).toBe(true);
    expect(family.advance(point('H'))).toBe(face.advance(point('H')));
    expect(sameMask(family.mask(point('\u{E000}'), 0), face.mask(point('\u{E000}'), 0))).toBe(true);
    expect(family.ascent).toBe(face.ascent);
  });
});

describe('grey canvas', () => {
  it('fills rectangles clipped to the canvas', () => {
    const canvas = greyCanvas(4, 3, 15);
    fillRect(canvas, 2, -1, 5, 2, 0);
    expect([...canvas.pixels]).toEqual([15, 15, 0, 0, 15, 15, 15, 15, 15, 15, 15, 15]);
  });

  it('stamps text where the pen goes, and returns where the pen ends', () => {
    const canvas = greyCanvas(80, 30, 15);
    const end = drawText(canvas, face, 'Hi', 5, 22, 0);
    expect(end).toBeCloseTo(5 + measureText(face, 'Hi'), 6);
    const inked = [...canvas.pixels].flatMap((value, at) => (value < 15 ? [at % 80] : []));
    expect(Math.min(...inked)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...inked)).toBeLessThan(Math.ceil(end) + 1);
  });

  it('draws text off the edge without writing outside the canvas', () => {
    const canvas = greyCanvas(10, 10, 15);
    expect(() => drawText(canvas, face, 'WWW', -8, 5, 0)).not.toThrow();
    expect(canvas.pixels).toHaveLength(100);
  });

  it('outlines a pill: ink on its border, paper inside and outside, the same on both ends', () => {
    const canvas = greyCanvas(60, 20, 15);
    strokePill(canvas, 0, 0, 60, 20, 3, 0);
    const at = (x: number, y: number) => canvas.pixels[y * 60 + x];
    expect(at(30, 1)).toBe(0); // top border
    expect(at(30, 10)).toBe(15); // inside
    expect(at(0, 0)).toBe(15); // outside the rounded corner
    for (let y = 0; y < 20; y++) for (let x = 0; x < 30; x++) expect(at(x, y)).toBe(at(59 - x, y));
  });
});
