/**
 * A picture's type, size and (for JPEG) EXIF orientation, read from the first bytes of the file without
 * decoding it: the caller needs the size to ask the browser for a decode straight to the working size.
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/bmp';

export interface ImageInfo {
  type: ImageType;
  /** As stored (before the EXIF orientation is applied). */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 when absent); 5–8 swap width and height on display. */
  orientation: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u32le = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const ascii = (b: Uint8Array, i: number, s: string) => [...s].every((c, k) => b[i + k] === c.charCodeAt(0));

/** The type and size of a PNG, JPEG, WebP, GIF or BMP file, or null when unknown or truncated. */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  try {
    const info = sniff(bytes);
    if (!info || !(info.width > 0) || !(info.height > 0)) return null;
    return info;
  } catch {
    return null;
  }
}

function sniff(b: Uint8Array): ImageInfo | null {
  if (b.length < 24) return null;
  if (b[0] === 0x89 && ascii(b, 1, 'PNG')) {
    return { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20), orientation: 1 };
  }
  if (ascii(b, 0, 'GIF8'))
    return { type: 'image/gif', width: u16le(b, 6), height: u16le(b, 8), orientation: 1 };
  if (ascii(b, 0, 'BM')) {
    return { type: 'image/bmp', width: u32le(b, 18), height: Math.abs(u32le(b, 22) | 0), orientation: 1 };
  }
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') && b.length >= 30) {
    if (ascii(b, 12, 'VP8 ')) {
      return {
        type: 'image/webp',
        width: u16le(b, 26) & 0x3fff,
        height: u16le(b, 28) & 0x3fff,
        orientation: 1,
      };
    }
    if (ascii(b, 12, 'VP8L')) {
      const bits = u32le(b, 21);
      return {
        type: 'image/webp',
        width: (bits & 0x3fff) + 1,
        height: ((bits >>> 14) & 0x3fff) + 1,
        orientation: 1,
      };
    }
    if (ascii(b, 12, 'VP8X')) {
      return { type: 'image/webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1, orientation: 1 };
    }
    return null;
  }
  if (b[0] === 0xff && b[1] === 0xd8) return jpeg(b);
  return null;
}

function jpeg(b: Uint8Array): ImageInfo | null {
  let orientation = 1;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (i + 9 > b.length) return null;
      return { type: 'image/jpeg', height: u16be(b, i + 5), width: u16be(b, i + 7), orientation };
    }
    if (marker === 0xe1 && ascii(b, i + 4, 'Exif')) orientation = exifOrientation(b, i + 10, i + 2 + length);
    if (marker === 0xda || marker === 0xd9) return null;
    i += 2 + length;
  }
  return null;
}

/** Tag 0x0112 of IFD0 in the TIFF structure at `start`, or 1. */
function exifOrientation(b: Uint8Array, start: number, end: number): number {
  if (start + 8 > end || end > b.length) return 1;
  const little = ascii(b, start, 'II');
  if (!little && !ascii(b, start, 'MM')) return 1;
  const u16 = little ? u16le : u16be;
  const u32 = little ? u32le : u32be;
  const ifd = start + u32(b, start + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(b, ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > end) return 1;
    if (u16(b, entry) === 0x0112) {
      const value = u16(b, entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** The size to decode to: the displayed size shrunk so its longest side is at most `maxSide` (never grown). */
export function workingSize(
  info: Pick<ImageInfo, 'width' | 'height' | 'orientation'>,
  maxSide: number,
): { width: number; height: number } {
  const swap = info.orientation >= 5;
  const w = swap ? info.height : info.width;
  const h = swap ? info.width : info.height;
  const k = Math.min(1, maxSide / Math.max(w, h));
  return { width: Math.max(1, Math.round(w * k)), height: Math.max(1, Math.round(h * k)) };
}
