import { endianness } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';

/**
 * A PNG encoder for share cards (PNG: W3C "Portable Network Graphics (PNG) Specification", 3rd ed.). Cards are
 * drawn in sixteen greys only (grey-canvas.ts), so they are written as 4-bit indexed colour: an eighth of the
 * bytes of RGBA to compress.
 */

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Filter types used (PNG §9.2): none, and Up for a row that repeats the one above. */
const NONE = 0;
const UP = 2;

/**
 * zlib's level 1: a card is mostly flat rows, which every level compresses to almost nothing, so the slower levels
 * buy little (`npm run measure:share-images` prints both).
 */
export const PNG_DEFLATE_LEVEL = 1;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  // The CRC covers the chunk type and data, not the length (PNG §5.3).
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * Two 4-bit pixels packed into one byte, the first in the high nibble (PNG §7.2), for every pair of index bytes
 * as a little-endian 16-bit number reads them (first pixel in the low byte).
 */
const PACKED = (() => {
  const table = new Uint8Array(65536);
  for (let pair = 0; pair < 65536; pair++) table[pair] = ((pair & 0x0f) << 4) | ((pair >> 8) & 0x0f);
  return table;
})();

/** Whether 16-bit reads put the first byte low, as on x86 and ARM; elsewhere rows are packed a byte at a time. */
const LITTLE_ENDIAN = endianness() === 'LE';

/** One row of `width` 4-bit indices from `pixels[start…]` packed into `raw[at…]`, two to a byte. */
function packRow(pixels: Buffer, start: number, width: number, raw: Buffer, at: number): void {
  let x = 0;
  if (LITTLE_ENDIAN && (pixels.byteOffset + start) % 2 === 0) {
    // Two pixels at a time: a little-endian 16-bit read holds the first pixel in its low byte.
    const pairs = new Uint16Array(pixels.buffer, pixels.byteOffset + start, width >> 1);
    for (let pair = 0; pair < pairs.length; pair++) raw[at + pair] = PACKED[pairs[pair] ?? 0] ?? 0;
    x = pairs.length * 2;
  }
  for (; x < width; x += 2) {
    const high = (pixels[start + x] ?? 0) & 0x0f;
    // An odd last pixel packs into a high nibble of its own.
    const low = x + 1 < width ? (pixels[start + x + 1] ?? 0) & 0x0f : 0;
    raw[at + (x >> 1)] = (high << 4) | low;
  }
}

/** The bytes `encodePalettePng` filters into before compressing: a filter byte and the packed pixels, per row. */
export const pngScratchSize = (width: number, height: number) => (Math.ceil(width / 2) + 1) * height;

/**
 * Encode a picture of palette indices (0 … 15), row by row, as a 4-bit indexed-colour PNG (colour type 3) whose
 * palette is `greys` (at most 16 grey levels). Two pixels to a byte is half the bytes of 8-bit greyscale to
 * compress, the cost that dominates encoding. A row equal to the one above is written with the Up filter (all
 * zeros); every other row unfiltered, as PNG §12.8 advises for palette images.
 */
export function encodePalettePng(
  indices: Uint8Array,
  width: number,
  height: number,
  greys: readonly number[],
  level = PNG_DEFLATE_LEVEL,
  scratch?: Buffer,
): Uint8Array<ArrayBuffer> {
  if (indices.length !== width * height) throw new RangeError(`expected ${String(width)}×${String(height)} pixels`);
  if (greys.length === 0 || greys.length > 16) throw new RangeError('a 4-bit palette holds 1 to 16 entries');
  const stride = Math.ceil(width / 2) + 1;
  const size = pngScratchSize(width, height);
  if (scratch && scratch.length < size)
    throw new RangeError(`the scratch buffer holds fewer than ${String(size)} bytes`);
  const raw = scratch ? scratch.subarray(0, size) : Buffer.allocUnsafe(size);
  const pixels = Buffer.from(indices.buffer, indices.byteOffset, indices.byteLength);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const start = y * width;
    if (y > 0 && pixels.compare(pixels, start - width, start, start, start + width) === 0) {
      raw[row] = UP;
      raw.fill(0, row + 1, row + stride);
      continue;
    }
    raw[row] = NONE;
    packRow(pixels, start, width, raw, row + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bit depth
  header[9] = 3; // colour type: indexed colour
  // Compression, filter and interlace methods stay 0 (deflate, adaptive, none).
  const palette = Buffer.from(greys.flatMap((grey) => [grey, grey, grey]));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { level })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
