import { PHASES, type GlyphMask, type TextFace } from './glyph-atlas.ts';

/**
 * A picture of grey levels (in the steps of the caller's palette: 0 … 15 for share cards), one byte a pixel, row
 * by row, with the few things a share card draws: filled rectangles, text from a glyph atlas and the outline of a
 * pill. Blending is integer arithmetic, so the same card
 * always gives the same bytes (the determinism gate compares two builds byte for byte).
 */
export interface GreyCanvas {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function greyCanvas(width: number, height: number, grey: number): GreyCanvas {
  return { width, height, pixels: new Uint8Array(width * height).fill(grey) };
}

/** Blend level `grey` over one pixel with coverage `alpha` (0 … 255), rounding to the nearest level. */
function blend(canvas: GreyCanvas, at: number, grey: number, alpha: number): void {
  const under = canvas.pixels[at] ?? 0;
  canvas.pixels[at] = under + Math.round(((grey - under) * alpha) / 255);
}

export function fillRect(canvas: GreyCanvas, x: number, y: number, width: number, height: number, grey: number): void {
  const [x0, x1] = [Math.max(0, x), Math.min(canvas.width, x + width)];
  for (let row = Math.max(0, y); row < Math.min(canvas.height, y + height); row++) {
    canvas.pixels.fill(grey, row * canvas.width + x0, row * canvas.width + x1);
  }
}

function stamp(canvas: GreyCanvas, mask: GlyphMask, x: number, y: number, grey: number): void {
  const { width } = canvas;
  // Clip the mask to the canvas once, so that the inner loop is only the blend.
  const [firstRow, lastRow] = [Math.max(0, -y), Math.min(mask.height, canvas.height - y)];
  const [firstColumn, lastColumn] = [Math.max(0, -x), Math.min(mask.width, width - x)];
  for (let row = firstRow; row < lastRow; row++) {
    const maskRow = row * mask.width;
    const canvasRow = (y + row) * width + x;
    for (let column = firstColumn; column < lastColumn; column++) {
      const alpha = mask.coverage[maskRow + column] ?? 0;
      if (alpha !== 0) blend(canvas, canvasRow + column, grey, alpha);
    }
  }
}

/** The width of `text` set in `face`, in pixels: the advances, and the kerning between each pair. */
export function measureText(face: TextFace, text: string): number {
  let width = 0;
  let previous: number | undefined;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (previous !== undefined) width += face.kerning(previous, codePoint);
    width += face.advance(codePoint);
    previous = codePoint;
  }
  return width;
}

/** Draw `text` with its pen starting at `x` on baseline `baseline`; returns the pen's end position. */
export function drawText(
  canvas: GreyCanvas,
  face: TextFace,
  text: string,
  x: number,
  baseline: number,
  grey: number,
): number {
  let pen = x;
  let previous: number | undefined;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (previous !== undefined) pen += face.kerning(previous, codePoint);
    previous = codePoint;
    let whole = Math.floor(pen);
    let phase = Math.round((pen - whole) * PHASES);
    if (phase === PHASES) {
      whole += 1;
      phase = 0;
    }
    const mask = face.mask(codePoint, phase);
    if (mask) stamp(canvas, mask, whole + mask.left, baseline + mask.top, grey);
    pen += face.advance(codePoint);
  }
  return pen;
}

const clamp01 = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : value);

/**
 * The outline of a pill (a rectangle whose ends are half circles, CSS `border-radius: 999px`) filling the box
 * `x, y, width, height`, with a border `border` pixels wide drawn inside the box (CSS's border-box). Coverage is
 * the distance of each pixel's centre to the pill's edges, an anti-aliasing as even as 4×4 supersampling.
 */
export function strokePill(
  canvas: GreyCanvas,
  x: number,
  y: number,
  width: number,
  height: number,
  border: number,
  grey: number,
): void {
  const radius = height / 2;
  const [startX, endX, centreY] = [x + radius, x + width - radius, y + radius];
  for (let row = Math.max(0, y); row < Math.min(canvas.height, y + height); row++) {
    const dy = row + 0.5 - centreY;
    for (let column = Math.max(0, x); column < Math.min(canvas.width, x + width); column++) {
      const cx = column + 0.5;
      const dx = cx < startX ? startX - cx : cx > endX ? cx - endX : 0;
      const distance = Math.sqrt(dx * dx + dy * dy);
      const coverage = clamp01(radius - distance + 0.5) - clamp01(radius - border - distance + 0.5);
      if (coverage > 0) blend(canvas, row * canvas.width + column, grey, Math.round(coverage * 255));
    }
  }
}
