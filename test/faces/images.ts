/**
 * Pictures for the face detector's tests, in Node: the sample photos that ship with @vladmandic/face-api
 * (group photos of adults, 1920 px wide) decoded with jpeg-js, and an area-averaging shrink to a working size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jpeg from 'jpeg-js';
import type { RgbImage } from '../../src/faces/types';

const require = createRequire(import.meta.url);
export const FACE_API_DIR = dirname(require.resolve('@vladmandic/face-api/package.json'));
export const SAMPLES = [1, 2, 3, 4, 5, 6].map((i) => join(FACE_API_DIR, 'demo', `sample${i}.jpg`));

export function decodeJpeg(bytes: Uint8Array): RgbImage {
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 512 });
  return { width: decoded.width, height: decoded.height, rgb: decoded.data };
}

export function readJpeg(path: string): RgbImage {
  return decodeJpeg(readFileSync(path));
}

/** `image` with its longest side at most `maxSide`, each output pixel the mean of the source pixels it covers. */
export function shrink(image: RgbImage, maxSide: number): RgbImage {
  const k = Math.min(1, maxSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * k));
  const height = Math.max(1, Math.round(image.height * k));
  if (width === image.width && height === image.height) return image;
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * image.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * image.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * image.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * image.width) / width));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const s = (sy * image.width + sx) * 3;
          r += image.rgb[s]!;
          g += image.rgb[s + 1]!;
          b += image.rgb[s + 2]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 3;
      rgb[o] = Math.round(r / n);
      rgb[o + 1] = Math.round(g / n);
      rgb[o + 2] = Math.round(b / n);
    }
  }
  return { width, height, rgb };
}
