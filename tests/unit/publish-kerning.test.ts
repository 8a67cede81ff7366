import { describe, expect, it } from 'vitest';
import { shareFonts } from '../../src/page-data/share-images.ts';
import { openFont, rasteriseFace } from '../../src/lib/publish/glyph-atlas.ts';
import { measureText } from '../../src/lib/publish/grey-canvas.ts';
import { pairKerning, sfntTable } from '../../src/lib/publish/opentype-kerning.ts';

/** Big-endian fields written at the offsets given, as OpenType tables lay them out. */
function table(size: number, fields: [at: number, kind: 'u16' | 'i16' | 'u32' | 'tag', value: number | string][]) {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (const [at, kind, value] of fields) {
    if (kind === 'tag')
      for (let index = 0; index < 4; index++) view.setUint8(at + index, String(value).charCodeAt(index));
    else if (kind === 'u16') view.setUint16(at, Number(value));
    else if (kind === 'i16') view.setInt16(at, Number(value));
    else view.setUint32(at, Number(value));
  }
  return bytes;
}

/**
 * A GPOS table with a `kern` feature of two lookups (listed out of order): lookup 0, pair adjustment format 1
 * (glyph 5 then 7: -30; 5 then 11: -5), and lookup 1, an extension holding format 2 (class 1 of the first glyphs is
 * glyph 5, covered 4 to 6; class 1 of the second is glyphs 7 and 8; values with a placement before the advance).
 * A `mark` feature's lookup 2 would add +500 to 5 then 7, and must be ignored. Offsets as worked out in the comments.
 */
const GPOS = table(192, [
  // Header: version 1.0, ScriptList at 10, FeatureList at 12, LookupList at 40.
  [0, 'u16', 1],
  [4, 'u16', 10],
  [6, 'u16', 12],
  [8, 'u16', 40],
  // FeatureList (12): two records; 'mark' → 14 (abs 26), lookup 2; 'kern' → 20 (abs 32), lookups 1 and 0.
  [12, 'u16', 2],
  [14, 'tag', 'mark'],
  [18, 'u16', 14],
  [20, 'tag', 'kern'],
  [24, 'u16', 20],
  [28, 'u16', 1],
  [30, 'u16', 2],
  [34, 'u16', 2],
  [36, 'u16', 1],
  [38, 'u16', 0],
  // LookupList (40): three lookups, at 48, 84 and 160 (offsets from 40).
  [40, 'u16', 3],
  [42, 'u16', 8],
  [44, 'u16', 44],
  [46, 'u16', 120],
  // Lookup 0 (48): type 2, one subtable at 56. PairPos format 1: coverage at 78, XAdvance only, one pair set at 68.
  [48, 'u16', 2],
  [52, 'u16', 1],
  [54, 'u16', 8],
  [56, 'u16', 1],
  [58, 'u16', 22],
  [60, 'u16', 0x0004],
  [64, 'u16', 1],
  [66, 'u16', 12],
  [68, 'u16', 2],
  [70, 'u16', 7],
  [72, 'i16', -30],
  [74, 'u16', 11],
  [76, 'i16', -5],
  [78, 'u16', 1],
  [80, 'u16', 1],
  [82, 'u16', 5],
  // Lookup 1 (84): type 9, one extension subtable at 92 pointing to PairPos format 2 at 100.
  [84, 'u16', 9],
  [88, 'u16', 1],
  [90, 'u16', 8],
  [92, 'u16', 1],
  [94, 'u16', 2],
  [96, 'u32', 8],
  // PairPos format 2 (100): coverage at 132, XPlacement + XAdvance, ClassDef1 at 142, ClassDef2 at 150, 2 × 2 classes.
  [100, 'u16', 2],
  [102, 'u16', 32],
  [104, 'u16', 0x0005],
  [108, 'u16', 42],
  [110, 'u16', 50],
  [112, 'u16', 2],
  [114, 'u16', 2],
  [124, 'i16', 99],
  [126, 'i16', -3],
  [128, 'i16', 99],
  [130, 'i16', -10],
  // Coverage format 2: glyphs 4 to 6. ClassDef1 format 1: glyph 5 is class 1. ClassDef2 format 2: 7 to 8 are class 1.
  [132, 'u16', 2],
  [134, 'u16', 1],
  [136, 'u16', 4],
  [138, 'u16', 6],
  [142, 'u16', 1],
  [144, 'u16', 5],
  [146, 'u16', 1],
  [148, 'u16', 1],
  [150, 'u16', 2],
  [152, 'u16', 1],
  [154, 'u16', 7],
  [156, 'u16', 8],
  [158, 'u16', 1],
  // Lookup 2 (160), of the 'mark' feature: 5 then 7 moves +500.
  [160, 'u16', 2],
  [164, 'u16', 1],
  [166, 'u16', 8],
  [168, 'u16', 1],
  [170, 'u16', 18],
  [172, 'u16', 0x0004],
  [176, 'u16', 1],
  [178, 'u16', 12],
  [180, 'u16', 1],
  [182, 'u16', 7],
  [184, 'i16', 500],
  [186, 'u16', 1],
  [188, 'u16', 1],
  [190, 'u16', 5],
]);

describe('pairKerning', () => {
  const kern = pairKerning(GPOS);

  it('adds the kern lookups, each by its first subtable that applies, and ignores other features', () => {
    expect(kern(5, 7)).toBe(-40); // -30 from the pair, -10 from the classes
    expect(kern(5, 11)).toBe(-8); // -5 from the pair, -3 from class 1 then class 0
    expect(kern(5, 9)).toBe(-3); // no pair for 9: the classes alone
    expect(kern(4, 7)).toBe(0); // covered, but class 0 then class 1 is 0
    expect(kern(1, 7)).toBe(0); // not covered at all
    expect(kern(5, 7)).toBe(-40); // the same again
  });

  it('gives no kerning, rather than an error, for a missing or broken table', () => {
    expect(pairKerning(undefined)(5, 7)).toBe(0);
    expect(pairKerning(new Uint8Array(4))(5, 7)).toBe(0);
    const cut = pairKerning(GPOS.subarray(0, 100));
    expect(cut(5, 7)).toBe(0);
  });
});

describe('sfntTable', () => {
  const [regular] = shareFonts().regular;

  it('reads a table out of a WOFF file, inflating it', () => {
    const gpos = sfntTable(regular ?? new Uint8Array(), 'GPOS');
    expect(gpos && new DataView(gpos.buffer, gpos.byteOffset).getUint32(0)).toBe(0x00010000);
    expect(sfntTable(regular ?? new Uint8Array(), 'ZZZZ')).toBeUndefined();
  });

  it('reads a table out of a plain OpenType file, and nothing out of what is neither', () => {
    // sfnt header (version 1.0, one table) and one record: tag, checksum, offset 28, length 4.
    const font = table(32, [
      [0, 'u32', 0x00010000],
      [4, 'u16', 1],
      [12, 'tag', 'GPOS'],
      [20, 'u32', 28],
      [24, 'u32', 4],
      [28, 'u32', 0xcafe0001],
    ]);
    expect([...(sfntTable(font, 'GPOS') ?? [])]).toEqual([0xca, 0xfe, 0x00, 0x01]);
    expect(sfntTable(table(32, [[0, 'tag', 'wOF2']]), 'GPOS')).toBeUndefined();
    expect(sfntTable(new Uint8Array(3), 'GPOS')).toBeUndefined();
  });
});

describe('kerning on the share cards', () => {
  const fonts = shareFonts().regular.map(openFont);
  const [latin] = fonts;
  const face = rasteriseFace(fonts, 20);
  const point = (character: string) => character.codePointAt(0) ?? 0;

  it('sets the pairs Noto Sans kerns closer, and leaves the others', () => {
    const pairs: [string, string][] = [
      ['A', 'V'],
      ['T', 'o'],
      ['Y', 'o'],
      ['r', '.'],
      ['Г', 'А'],
    ];
    for (const [left, right] of pairs) {
      expect(face.kerning(point(left), point(right)), left + right).toBeLessThan(0);
      expect(measureText(face, left + right)).toBeCloseTo(
        face.advance(point(left)) + face.advance(point(right)) + face.kerning(point(left), point(right)),
        6,
      );
    }
    expect(face.kerning(point('H'), point('H'))).toBe(0);
    // "AV" is 40 of Noto Sans's 1000 units closer: 0.8 px at 20 px.
    const glyph = (character: string) => latin?.glyphForCodePoint(point(character)).id ?? 0;
    const units = pairKerning(sfntTable(shareFonts().regular[0] ?? new Uint8Array(), 'GPOS'))(glyph('A'), glyph('V'));
    expect(face.kerning(point('A'), point('V'))).toBeCloseTo((units * 20) / (latin?.unitsPerEm ?? 1), 6);
  });

  it('does not kern across a change of font', () => {
    expect(face.kerning(point('A'), point('Г'))).toBe(0);
  });
});
