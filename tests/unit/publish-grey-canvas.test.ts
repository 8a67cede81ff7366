import { describe, expect, it } from 'vitest';
import { shareFonts } from '../../src/data/share-images.ts';
import { openFont, PHASES, rasteriseFace } from '../../src/lib/publish/glyph-atlas.ts';
import { drawText, fillRect, greyCanvas, measureText, strokePill } from '../../src/lib/publish/grey-canvas.ts';

const font = openFont(shareFonts().regular);
const face = rasteriseFace(font, 20);

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
    expect(face.mask('Ж'.codePointAt(0) ?? 0, 0)).toBeDefined();
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
