import { Resvg } from '@resvg/resvg-js';
import { create, type Font, type Glyph } from 'fontkitten';
import { pairKerning, sfntTable, type PairKerning } from './opentype-kerning.ts';

/**
 * Glyphs drawn once, stamped many times. A share card is a few lines of text in three or four sizes; drawing each
 * card's text through a vector renderer costs tens of milliseconds (satori's layout, then resvg), while copying
 * ready-made coverage masks costs a fraction of one. So each face (a font at a size) has every glyph of the font
 * rasterised once, by resvg, from the font's own outlines (read by fontkitten), at `PHASES` sub-pixel offsets,
 * so that text placed at fractional positions keeps its spacing even.
 *
 * Layout is per code point with the font's advance widths and its pair kerning (opentype-kerning.ts), but no
 * ligatures and no complex-script shaping: scripts whose letters join or reorder (Arabic, Devanagari) would need a
 * shaper, and are not among the card's fonts.
 */

/** How many code points Unicode has (U+0000 … U+10FFFF): the base of a number that names a pair of them. */
const CODE_POINTS = 0x110000;

/** Sub-pixel offsets each glyph is drawn at: quarters of a pixel. */
export const PHASES = 4;

/** A glyph's coverage (0 = none, 255 = full), and where its top-left pixel sits from the pen on the baseline. */
export interface GlyphMask {
  width: number;
  height: number;
  /** Pixels from the pen position (rounded down) to the mask's left column. */
  left: number;
  /** Pixels from the baseline to the mask's top row (negative: above it). */
  top: number;
  coverage: Uint8Array;
}

/** A font at one pixel size, ready to measure and draw text. */
export interface TextFace {
  /** The font's PostScript name and the size (`NotoSans-Bold@46`): which face this is, for cache keys. */
  id: string;
  size: number;
  /** Ascent and descent in pixels (descent positive, below the baseline). */
  ascent: number;
  descent: number;
  /** The pen advance of a code point, in pixels. */
  advance: (codePoint: number) => number;
  /** The adjustment between two code points set one after the other, in pixels (negative: closer). */
  kerning: (left: number, right: number) => number;
  /** The code point's mask at sub-pixel phase `phase` (0 … PHASES - 1), or undefined for blank glyphs (space). */
  mask: (codePoint: number, phase: number) => GlyphMask | undefined;
}

/**
 * Each opened font's kerning, read from its file's bytes, which fontkitten does not hand back (a WeakMap, so that
 * `openFont` still gives fontkitten's own Font).
 */
const kerningOf = new WeakMap<Font, PairKerning>();

/**
 * A font file (TTF, OTF, WOFF or WOFF2) as fontkitten reads it, with its pair kerning kept for `rasteriseFace`
 * (none for WOFF2, whose tables are not read here); collections are refused.
 */
export function openFont(bytes: Uint8Array): Font {
  const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (font.isCollection) throw new Error('expected a single font, not a font collection');
  kerningOf.set(font, pairKerning(sfntTable(bytes, 'GPOS')));
  return font;
}

interface Cell {
  glyph: Glyph;
  phase: number;
  x: number;
  y: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How wide the atlas image is at most; its height grows with the number of glyphs. */
const ATLAS_WIDTH = 2048;

/** One font's glyphs at one size: each drawn glyph's masks at every phase, by glyph id. */
type GlyphAtlas = Map<number, GlyphMask[]>;

/** Every glyph of `font`, .notdef included, once each. */
function allGlyphs(font: Font): Glyph[] {
  const glyphs = new Map<number, Glyph>([[0, font.getGlyph(0)]]);
  for (const codePoint of font.characterSet) {
    const glyph = font.glyphForCodePoint(codePoint);
    glyphs.set(glyph.id, glyph);
  }
  return [...glyphs.values()];
}

/**
 * `glyphs` of a font at `scale` (pixels per font unit), rasterised in one resvg pass over an SVG that holds them
 * all, each in its own cell with a pixel of margin so that no anti-aliasing bleeds into a neighbour.
 */
function rasteriseGlyphs(glyphs: readonly Glyph[], scale: number): GlyphAtlas {
  const cells: Cell[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const glyph of glyphs) {
    const box = glyph.bbox;
    if (!Number.isFinite(box.minX) || box.maxX <= box.minX || box.maxY <= box.minY) continue;
    for (let phase = 0; phase < PHASES; phase++) {
      const shift = phase / PHASES;
      const left = Math.floor(box.minX * scale + shift) - 1;
      const right = Math.ceil(box.maxX * scale + shift) + 1;
      const top = Math.floor(-box.maxY * scale) - 1;
      const bottom = Math.ceil(-box.minY * scale) + 1;
      const width = right - left;
      const height = bottom - top;
      if (x + width > ATLAS_WIDTH) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      cells.push({ glyph, phase, x, y, left, top, width, height });
      x += width;
      rowHeight = Math.max(rowHeight, height);
    }
  }
  const atlasHeight = Math.max(1, y + rowHeight);
  // As wide as the widest row, so that a few glyphs drawn on their own make a small picture, not a 2048-pixel one.
  const atlasWidth = Math.max(1, ...cells.map((cell) => cell.x + cell.width));

  const paths = cells.map((cell) => {
    // The pen origin inside the atlas, shifted by the phase; outlines are in font units with y pointing up.
    const originX = cell.x - cell.left + cell.phase / PHASES;
    const originY = cell.y - cell.top;
    return `<path transform="matrix(${String(scale)} 0 0 ${String(-scale)} ${String(originX)} ${String(originY)})" d="${cell.glyph.path.toSVG()}"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${String(atlasWidth)}" height="${String(atlasHeight)}">${paths.join('')}</svg>`;
  // No system fonts: the SVG holds outlines only, and scanning the machine's fonts would cost time for nothing.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;

  const masks: GlyphAtlas = new Map();
  for (const cell of cells) {
    const coverage = new Uint8Array(cell.width * cell.height);
    for (let row = 0; row < cell.height; row++) {
      for (let column = 0; column < cell.width; column++) {
        // Black outlines on a transparent background: the alpha channel is the coverage.
        coverage[row * cell.width + column] = pixels[((cell.y + row) * atlasWidth + cell.x + column) * 4 + 3] ?? 0;
      }
    }
    const list = masks.get(cell.glyph.id) ?? [];
    list[cell.phase] = { width: cell.width, height: cell.height, left: cell.left, top: cell.top, coverage };
    masks.set(cell.glyph.id, list);
  }
  return masks;
}

/**
 * A face of `fonts` at `size` pixels: each code point is drawn from the first font of the list that has it, as a
 * browser walks a `font-family` list, so that a family split into script subsets (Latin, Cyrillic, Greek…) sets
 * text in any of them. A code point none has gets the first font's .notdef glyph, as a browser shows when no
 * fallback exists. The first font's glyphs are rasterised at once, in one pass; another font's one glyph at a
 * time, the first time a code point needs it, since a card uses a few dozen of a subset's hundreds. Vertical
 * metrics are the first font's.
 */
export function rasteriseFace(fonts: Font | readonly Font[], size: number): TextFace {
  const chain: readonly Font[] = Array.isArray(fonts) ? fonts : [fonts];
  const first = chain[0];
  if (!first) throw new Error('rasteriseFace: no font');
  const scaleOf = (font: Font) => size / font.unitsPerEm;
  const atlas = rasteriseGlyphs(allGlyphs(first), scaleOf(first));
  /** Fallback fonts' glyphs, by font index and glyph id, drawn as they are first needed. */
  const fallbacks = new Map<string, GlyphMask[] | undefined>();
  const masksOf = (index: number, id: number): GlyphMask[] | undefined => {
    if (index === 0) return atlas.get(id);
    const key = `${String(index)}:${String(id)}`;
    if (!fallbacks.has(key)) {
      const font = chain[index] ?? first;
      fallbacks.set(key, rasteriseGlyphs([font.getGlyph(id)], scaleOf(font)).get(id));
    }
    return fallbacks.get(key);
  };

  // Per code point: the font it is drawn from, the glyph's id and its advance, looked up once.
  const metrics = new Map<number, { font: number; id: number; advance: number }>();
  const metricsOf = (codePoint: number) => {
    let found = metrics.get(codePoint);
    if (!found) {
      const index = chain.findIndex((font) => font.hasGlyphForCodePoint(codePoint));
      // None has it: the first font's .notdef.
      const font = chain[index] ?? first;
      const glyph = index === -1 ? first.getGlyph(0) : font.glyphForCodePoint(codePoint);
      found = { font: Math.max(0, index), id: glyph.id, advance: glyph.advanceWidth * scaleOf(font) };
      metrics.set(codePoint, found);
    }
    return found;
  };
  const kerning = chain.map((font) => kerningOf.get(font));
  const pairs = new Map<number, number>();
  const scale = scaleOf(first);
  return {
    id: `${chain.map((font) => font.postscriptName).join('+')}@${String(size)}`,
    size,
    ascent: first.ascent * scale,
    descent: -first.descent * scale,
    advance: (codePoint) => metricsOf(codePoint).advance,
    kerning: (left, right) => {
      // Per pair of code points, looked up once: text is measured again and again as lines are filled.
      const key = left * CODE_POINTS + right;
      let found = pairs.get(key);
      if (found === undefined) {
        const [before, after] = [metricsOf(left), metricsOf(right)];
        const font = chain[before.font];
        const kern = kerning[before.font];
        // Fonts kern their own glyphs only: none across a change of font.
        found = before.font === after.font && font && kern ? kern(before.id, after.id) * scaleOf(font) : 0;
        pairs.set(key, found);
      }
      return found;
    },
    mask: (codePoint, phase) => {
      const { font, id } = metricsOf(codePoint);
      return masksOf(font, id)?.[phase];
    },
  };
}
