import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePalettePng, pngScratchSize } from '../../src/lib/publish/png.ts';

/** A minimal PNG reader for the test: chunks with checked CRCs, then filters None and Up undone, nibbles unpacked. */
function decode(png: Uint8Array) {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = new Map<string, Buffer>();
  const order: string[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    expect(bytes.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    chunks.set(type, bytes.subarray(at + 8, at + 8 + length));
    order.push(type);
    at += 12 + length;
  }
  expect(order).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  const header = chunks.get('IHDR') ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(chunks.get('IDAT') ?? Buffer.alloc(0));
  const stride = Math.ceil(width / 2) + 1;
  expect(raw.length).toBe(stride * height);
  const indices: number[] = [];
  let previous = Buffer.alloc(stride - 1);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride];
    const row = Buffer.from(raw.subarray(y * stride + 1, (y + 1) * stride));
    expect([0, 2]).toContain(filter);
    if (filter === 2) for (let x = 0; x < row.length; x++) row[x] = ((row[x] ?? 0) + (previous[x] ?? 0)) & 0xff;
    for (let x = 0; x < width; x++) indices.push(x % 2 === 0 ? (row[x >> 1] ?? 0) >> 4 : (row[x >> 1] ?? 0) & 0x0f);
    previous = row;
  }
  const palette = [...(chunks.get('PLTE') ?? [])];
  return { width, height, bitDepth: header[8], colourType: header[9], palette, indices };
}

describe('encodePalettePng', () => {
  it('writes 4-bit indexed colour that decodes to the same pixels and a grey palette', () => {
    // Row 2 repeats row 1 (written with the Up filter), row 3 differs again.
    const indices = [0, 15, 3, 7, 0, 15, 3, 7, 9, 1, 2, 12];
    const png = encodePalettePng(Uint8Array.from(indices), 4, 3, [27, 100, 250]);
    expect(decode(png)).toEqual({
      width: 4,
      height: 3,
      bitDepth: 4,
      colourType: 3,
      palette: [27, 27, 27, 100, 100, 100, 250, 250, 250],
      indices,
    });
  });

  it('packs an odd last pixel into a byte of its own, from any offset into a larger buffer', () => {
    const backing = Uint8Array.from([99, 1, 2, 3, 4, 5, 6]);
    const indices = backing.subarray(1);
    expect(decode(encodePalettePng(indices, 3, 2, [0, 1, 2, 3, 4, 5, 6])).indices).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives the same bytes for the same picture', () => {
    const picture = Uint8Array.from({ length: 64 * 8 }, (_, at) => (at * 7) % 16);
    const greys = Array.from({ length: 16 }, (_, step) => step * 16);
    expect(encodePalettePng(picture, 64, 8, greys)).toEqual(encodePalettePng(picture, 64, 8, greys));
  });

  it('refuses pixels that do not fill the size, and palettes a 4-bit image cannot hold', () => {
    expect(() => encodePalettePng(new Uint8Array(3), 2, 2, [0])).toThrow(RangeError);
    expect(() => encodePalettePng(new Uint8Array(4), 2, 2, [])).toThrow(RangeError);
    expect(() =>
      encodePalettePng(
        new Uint8Array(4),
        2,
        2,
        Array.from({ length: 17 }, () => 0),
      ),
    ).toThrow(RangeError);
  });
});

describe('encodePalettePng with a scratch buffer', () => {
  it('gives the same bytes from a reused buffer full of old data, and refuses one too small', () => {
    const picture = Uint8Array.from({ length: 40 * 6 }, (_, at) => (at < 80 ? 15 : (at * 5) % 16));
    const greys = Array.from({ length: 16 }, (_, step) => step * 17);
    const scratch = Buffer.alloc(pngScratchSize(40, 6), 0xab);
    expect(encodePalettePng(picture, 40, 6, greys, 1, scratch)).toEqual(encodePalettePng(picture, 40, 6, greys, 1));
    expect(() => encodePalettePng(picture, 40, 6, greys, 1, Buffer.alloc(10))).toThrow(RangeError);
  });
});
