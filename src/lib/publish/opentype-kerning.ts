import { inflateSync } from 'node:zlib';

/**
 * Pair kerning read from a font's OpenType `GPOS` table, for the share cards' own text layout (glyph-atlas.ts),
 * since fontkitten reads outlines and metrics but no layout table. Only what Latin, Cyrillic and Greek text needs:
 * the lookups of the `kern` feature, pair adjustment (lookup type 2, both formats, also behind extension lookups,
 * type 9), and of each pair only the first glyph's horizontal advance (`XAdvance`), which is how fonts kern.
 *
 * References: OpenType 1.9.1, "GPOS — Glyph Positioning Table" (PairPos formats 1 and 2, ValueRecord, Extension
 * positioning) and "OpenType Layout Common Table Formats" (FeatureList, LookupList, Coverage, ClassDef); "WOFF File
 * Format 1.0" (W3C) for the table directory of a WOFF file.
 *
 * @example
 * const kern = pairKerning(sfntTable(notoSansLatinRegular, 'GPOS'));
 * kern(font.glyphForCodePoint(0x41).id, font.glyphForCodePoint(0x56).id) // → -40 ("AV": 40 of 1000 units closer)
 */

/** Kerning between two glyphs, by glyph id, in font units (negative: closer). */
export type PairKerning = (left: number, right: number) => number;

const tagAt = (view: DataView, at: number) =>
  String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

/**
 * The table `tag` of a TrueType/OpenType font file, or of a WOFF 1 file (whose tables may be zlib-compressed);
 * undefined when the font has no such table, or is in a format read here as having none (WOFF 2, collections).
 */
export function sfntTable(font: Uint8Array, tag: string): Uint8Array | undefined {
  if (font.byteLength < 12) return undefined;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const signature = tagAt(view, 0);
  if (signature === 'wOFF') {
    // WOFF header: 44 bytes, numTables at 12; then 20-byte entries: tag, offset, compLength, origLength, checksum.
    const count = view.getUint16(12);
    for (let entry = 0; entry < count; entry++) {
      const at = 44 + entry * 20;
      if (tagAt(view, at) !== tag) continue;
      const [offset, compressed, original] = [view.getUint32(at + 4), view.getUint32(at + 8), view.getUint32(at + 12)];
      const bytes = font.subarray(offset, offset + compressed);
      return compressed < original ? new Uint8Array(inflateSync(bytes)) : bytes;
    }
    return undefined;
  }
  if (signature !== '\0\x01\0\0' && signature !== 'OTTO' && signature !== 'true') return undefined;
  // sfnt header: 12 bytes, numTables at 4; then 16-byte records: tag, checksum, offset, length.
  const count = view.getUint16(4);
  for (let record = 0; record < count; record++) {
    const at = 12 + record * 16;
    if (tagAt(view, at) === tag) {
      const offset = view.getUint32(at + 8);
      return font.subarray(offset, offset + view.getUint32(at + 12));
    }
  }
  return undefined;
}

/** Bytes of a ValueRecord with this ValueFormat: two for each flag set among the eight defined. */
const valueRecordSize = (format: number) => {
  let size = 0;
  for (let bit = 0; bit < 8; bit++) if (format & (1 << bit)) size += 2;
  return size;
};

/** The XAdvance of the ValueRecord at `at`, or 0 when its format has none (flag 0x0004, after the placements). */
const xAdvance = (view: DataView, at: number, format: number) =>
  format & 0x0004 ? view.getInt16(at + (format & 0x0001 ? 2 : 0) + (format & 0x0002 ? 2 : 0)) : 0;

/** A Coverage table: the coverage index of a glyph, or -1 when the table does not cover it. */
function coverageIndex(view: DataView, at: number, glyph: number): number {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  if (format === 1) {
    // Glyph ids in increasing order: binary search.
    let [low, high] = [0, count - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const id = view.getUint16(at + 4 + middle * 2);
      if (id === glyph) return middle;
      if (id < glyph) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
  if (format === 2) {
    for (let range = 0; range < count; range++) {
      const record = at + 4 + range * 6;
      const [start, end] = [view.getUint16(record), view.getUint16(record + 2)];
      if (glyph >= start && glyph <= end) return view.getUint16(record + 4) + glyph - start;
      if (start > glyph) break;
    }
  }
  return -1;
}

/** A ClassDef table: the class of a glyph, 0 for any glyph it does not list. */
function glyphClass(view: DataView, at: number, glyph: number): number {
  const format = view.getUint16(at);
  if (format === 1) {
    const [start, count] = [view.getUint16(at + 2), view.getUint16(at + 4)];
    return glyph >= start && glyph < start + count ? view.getUint16(at + 6 + (glyph - start) * 2) : 0;
  }
  if (format === 2) {
    const count = view.getUint16(at + 2);
    for (let range = 0; range < count; range++) {
      const record = at + 4 + range * 6;
      if (glyph >= view.getUint16(record) && glyph <= view.getUint16(record + 2)) return view.getUint16(record + 4);
    }
  }
  return 0;
}

/**
 * A PairPos subtable at `at`, applied to one pair: its adjustment, or undefined when it does not apply (first
 * glyph not covered, or in format 1 no record for the second), so that the lookup's next subtable is tried.
 */
function pairAdjustment(view: DataView, at: number, left: number, right: number): number | undefined {
  const format = view.getUint16(at);
  const covered = coverageIndex(view, at + view.getUint16(at + 2), left);
  if (covered < 0) return undefined;
  const [format1, format2] = [view.getUint16(at + 4), view.getUint16(at + 6)];
  const pairSize = valueRecordSize(format1) + valueRecordSize(format2);
  if (format === 1) {
    const set = at + view.getUint16(at + 10 + covered * 2);
    const count = view.getUint16(set);
    // PairValueRecords are ordered by the second glyph's id: binary search.
    let [low, high] = [0, count - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const record = set + 2 + middle * (2 + pairSize);
      const second = view.getUint16(record);
      if (second === right) return xAdvance(view, record + 2, format1);
      if (second < right) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
  if (format === 2) {
    const class1 = glyphClass(view, at + view.getUint16(at + 8), left);
    const class2 = glyphClass(view, at + view.getUint16(at + 10), right);
    const [class1Count, class2Count] = [view.getUint16(at + 12), view.getUint16(at + 14)];
    if (class1 >= class1Count || class2 >= class2Count) return undefined;
    return xAdvance(view, at + 16 + (class1 * class2Count + class2) * pairSize, format1);
  }
  return undefined;
}

/** The pair-adjustment subtables of the `kern` feature's lookups, each lookup's in order, as offsets into GPOS. */
function kernSubtables(view: DataView): number[][] {
  const featureList = view.getUint16(6);
  const lookupList = view.getUint16(8);
  const lookups = new Set<number>();
  const features = view.getUint16(featureList);
  for (let feature = 0; feature < features; feature++) {
    const record = featureList + 2 + feature * 6;
    if (tagAt(view, record) !== 'kern') continue;
    const table = featureList + view.getUint16(record + 4);
    const count = view.getUint16(table + 2);
    for (let index = 0; index < count; index++) lookups.add(view.getUint16(table + 4 + index * 2));
  }
  // In LookupList order, as a shaper applies them.
  return [...lookups]
    .sort((a, b) => a - b)
    .map((index) => {
      const lookup = lookupList + view.getUint16(lookupList + 2 + index * 2);
      const type = view.getUint16(lookup);
      const count = view.getUint16(lookup + 4);
      const subtables: number[] = [];
      for (let sub = 0; sub < count; sub++) {
        const table = lookup + view.getUint16(lookup + 6 + sub * 2);
        if (type === 2) subtables.push(table);
        // An extension subtable points, with a 32-bit offset, to a subtable of the type it names.
        else if (type === 9 && view.getUint16(table + 2) === 2) subtables.push(table + view.getUint32(table + 4));
      }
      return subtables;
    });
}

/**
 * The kerning of the font whose GPOS table is `gpos`: each `kern` lookup adds the adjustment of its first subtable
 * that applies to the pair. Not cached here: a face caches its pairs by code point (glyph-atlas.ts). A missing or unreadable table gives no kerning rather than an error: the cards are then
 * set as before, by advance widths alone.
 */
export function pairKerning(gpos: Uint8Array | undefined): PairKerning {
  if (!gpos || gpos.byteLength < 10) return () => 0;
  const view = new DataView(gpos.buffer, gpos.byteOffset, gpos.byteLength);
  let lookups: number[][];
  try {
    lookups = kernSubtables(view);
  } catch {
    return () => 0;
  }
  return (left, right) => {
    let found = 0;
    try {
      for (const subtables of lookups) {
        for (const subtable of subtables) {
          const adjustment = pairAdjustment(view, subtable, left, right);
          if (adjustment !== undefined) {
            found += adjustment;
            break;
          }
        }
      }
    } catch {
      return 0; // A table that points outside itself: no kerning for this pair.
    }
    return found;
  };
}
