import { describe, expect, it } from 'vitest';
import { imageInfo, workingSize } from '../../src/images/size';
import { prng } from './synthetic';

const be16 = (n: number) => [n >> 8, n & 255];
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, n >> 8];
const le24 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255];
const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: number[][]) => new Uint8Array([...parts.flat(), ...new Array(32).fill(0)]);

function jpeg(width: number, height: number, orientation?: number): Uint8Array {
  const exif =
    orientation === undefined
      ? []
      : (() => {
          const tiff = [
            ...text('MM'),
            0,
            42,
            ...be32(8),
            ...be16(1),
            ...be16(0x0112),
            ...be16(3),
            ...be32(1),
            ...be16(orientation),
            0,
            0,
            ...be32(0),
          ];
          const payload = [...text('Exif'), 0, 0, ...tiff];
          return [0xff, 0xe1, ...be16(payload.length + 2), ...payload];
        })();
  const app0 = [0xff, 0xe0, ...be16(16), ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [
    0xff,
    0xc0,
    ...be16(17),
    8,
    ...be16(height),
    ...be16(width),
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return bytes([0xff, 0xd8], app0, exif, sof, [0xff, 0xda]);
}

describe('imageInfo', () => {
  it('reads PNG, GIF, BMP and WebP sizes', () => {
    const png = bytes([0x89, ...text('PNG'), 13, 10, 26, 10], be32(13), text('IHDR'), be32(4000), be32(3000));
    expect(imageInfo(png)).toEqual({ type: 'image/png', width: 4000, height: 3000, orientation: 1 });
    expect(imageInfo(bytes(text('GIF89a'), le16(320), le16(200)))).toMatchObject({
      type: 'image/gif',
      width: 320,
      height: 200,
    });
    expect(imageInfo(bytes(text('BM'), new Array(16).fill(0), le32(640), le32(-480 >>> 0)))).toMatchObject({
      type: 'image/bmp',
      width: 640,
      height: 480,
    });
    const riff = (chunk: string, body: number[]) =>
      bytes(text('RIFF'), le32(100), text('WEBP'), text(chunk), le32(10), body);
    expect(imageInfo(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(1024), ...le16(768)]))).toMatchObject({
      type: 'image/webp',
      width: 1024,
      height: 768,
    });
    const bits = (1023 & 0x3fff) | ((767 & 0x3fff) << 14);
    expect(imageInfo(riff('VP8L', [0x2f, ...le32(bits)]))).toMatchObject({ width: 1024, height: 768 });
    expect(imageInfo(riff('VP8X', [0, 0, 0, 0, ...le24(1999), ...le24(999)]))).toMatchObject({
      width: 2000,
      height: 1000,
    });
  });

  it('reads a JPEG’s size and EXIF orientation', () => {
    expect(imageInfo(jpeg(4000, 3000))).toEqual({
      type: 'image/jpeg',
      width: 4000,
      height: 3000,
      orientation: 1,
    });
    expect(imageInfo(jpeg(4000, 3000, 6))).toEqual({
      type: 'image/jpeg',
      width: 4000,
      height: 3000,
      orientation: 6,
    });
  });

  it('answers null for unknown, truncated or random bytes, and never throws', () => {
    expect(imageInfo(new Uint8Array(0))).toBeNull();
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
    expect(imageInfo(bytes(text('%PDF-1.7')))).toBeNull();
    expect(imageInfo(jpeg(4000, 3000).subarray(0, 25))).toBeNull();
    const rnd = prng(5);
    for (let k = 0; k < 200; k++) {
      const b = new Uint8Array(64).map(() => rnd() * 256);
      if (k % 2) b.set([0xff, 0xd8]);
      expect(() => imageInfo(b)).not.toThrow();
    }
  });
});

describe('workingSize', () => {
  it('shrinks the displayed size to the working size, never grows it', () => {
    expect(workingSize({ width: 4000, height: 3000, orientation: 1 }, 512)).toEqual({
      width: 512,
      height: 384,
    });
    expect(workingSize({ width: 4000, height: 3000, orientation: 6 }, 512)).toEqual({
      width: 384,
      height: 512,
    });
    expect(workingSize({ width: 300, height: 200, orientation: 1 }, 512)).toEqual({
      width: 300,
      height: 200,
    });
    expect(workingSize({ width: 100000, height: 1, orientation: 1 }, 512)).toEqual({ width: 512, height: 1 });
  });
});
