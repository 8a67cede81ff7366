import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, isGrey } from '../../src/lib/publish/png.ts';

/** A minimal PNG reader for the test: chunks with checked CRCs, then the Sub filter undone. */
function decode(png: Uint8Array) {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]?.data ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const channels = header[9] === 0 ? 1 : 3;
  const raw = inflateSync(chunks[1]?.data ?? Buffer.alloc(0));
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * (width * channels + 1), (y + 1) * (width * channels + 1));
    expect(row[0], 'filter type').toBe(1);
    const line = [...row.subarray(1)];
    for (let x = channels; x < line.length; x++) line[x] = ((line[x] ?? 0) + (line[x - channels] ?? 0)) & 0xff;
    pixels.push(...line);
  }
  return { width, height, bitDepth: header[8], colourType: header[9], pixels };
}

const rgba = (pixels: number[][]) => Uint8Array.from(pixels.flatMap(([r = 0, g = 0, b = 0]) => [r, g, b, 255]));

describe('encodePng', () => {
  it('writes a grey picture as 8-bit greyscale that decodes to the same pixels', () => {
    const greys = [0, 27, 250, 250, 128, 3];
    const png = encodePng(rgba(greys.map((v) => [v, v, v])), 3, 2);
    expect(decode(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colourType: 0, pixels: greys });
  });

  it('writes a picture with any colour as 8-bit RGB, losing nothing', () => {
    const pixels = [
      [10, 10, 10],
      [200, 30, 30],
      [0, 0, 255],
      [255, 255, 255],
    ];
    const png = encodePng(rgba(pixels), 2, 2);
    expect(decode(png)).toEqual({ width: 2, height: 2, bitDepth: 8, colourType: 2, pixels: pixels.flat() });
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow(RangeError);
  });
});

describe('isGrey', () => {
  it('is true only when red, green and blue agree in every pixel', () => {
    expect(isGrey(rgba([[5, 5, 5]]))).toBe(true);
    expect(
      isGrey(
        rgba([
          [5, 5, 5],
          [5, 5, 6],
        ]),
      ),
    ).toBe(false);
  });
});
