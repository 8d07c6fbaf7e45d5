/**
 * A logo file for `post-guard pack --logo`: PNG or JPEG decoded in Node (fast-png, jpeg-js: no native code),
 * shrunk to the working size the browser decodes to (longest side 512, area-averaged), fingerprinted as the
 * options page does, with a 64-pixel PNG preview for the staff browser's options page.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decode as decodePng, encode as encodePng } from 'fast-png';
import { decode as decodeJpeg } from 'jpeg-js';
import { logoPrint, logoProblem, type PixelImage, WORK_SIZE } from '../images';
import type { PackLogo } from '../pack/pack';
import { InputError } from './args';

const PREVIEW_SIZE = 64;

/** RGBA, 8 bits a channel, from any PNG fast-png reads (grey, palette, 16-bit, with or without alpha). */
function pngToRgba(bytes: Uint8Array): PixelImage {
  const png = decodePng(bytes);
  const { width, height, channels, depth, palette } = png;
  const out = new Uint8ClampedArray(width * height * 4);
  const data = png.data;
  const scale = depth === 16 ? 1 / 257 : depth < 8 ? 255 / (2 ** depth - 1) : 1;
  for (let i = 0; i < width * height; i++) {
    if (palette) {
      const entry = palette[data[i]!] ?? [0, 0, 0];
      out.set([entry[0]!, entry[1]!, entry[2]!, entry[3] ?? 255], i * 4);
      continue;
    }
    const at = i * channels;
    const v = (k: number) => Math.round(data[at + k]! * scale);
    const [r, g, b] = channels >= 3 ? [v(0), v(1), v(2)] : [v(0), v(0), v(0)];
    const a = channels === 4 ? v(3) : channels === 2 ? v(1) : 255;
    out.set([r, g, b, a], i * 4);
  }
  return { width, height, data: out };
}

/** Area-averaged shrink so the longest side is at most `size` (never enlarges). */
export function shrink(image: PixelImage, size: number): PixelImage {
  const factor = Math.max(image.width, image.height) / size;
  if (factor <= 1) return image;
  const width = Math.max(1, Math.round(image.width / factor));
  const height = Math.max(1, Math.round(image.height / factor));
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * image.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * image.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * image.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * image.width) / width));
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++)
        for (let sx = x0; sx < x1; sx++)
          for (let c = 0; c < 4; c++) sum[c]! += image.data[(sy * image.width + sx) * 4 + c]!;
      const n = (x1 - x0) * (y1 - y0);
      for (let c = 0; c < 4; c++) out[(y * width + x) * 4 + c] = Math.round(sum[c]! / n);
    }
  }
  return { width, height, data: out };
}

function decodeLogo(bytes: Uint8Array, file: string): PixelImage {
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  try {
    if (isPng) return pngToRgba(bytes);
    if (isJpeg) return decodeJpeg(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100 });
  } catch (error) {
    throw new InputError(
      `${file}: cannot read the picture: ${error instanceof Error ? error.message : error}`,
    );
  }
  throw new InputError(`${file}: not a PNG or JPEG picture (export the logo as PNG)`);
}

export async function readLogo(file: string): Promise<PackLogo> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new InputError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const full = decodeLogo(bytes, file);
  const image = shrink(full, WORK_SIZE);
  const problem = logoProblem(image);
  if (problem) throw new InputError(`${file}: cannot be used as a logo: ${problem}`);
  const preview = shrink(image, PREVIEW_SIZE);
  const png = encodePng({ width: preview.width, height: preview.height, data: preview.data, channels: 4 });
  return {
    name: basename(file).slice(0, 200),
    print: logoPrint(image),
    thumbnail: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
  };
}
