/**
 * Decode a picture straight to the working size, for `findLogo`. The one module of src/images that needs
 * browser APIs (createImageBitmap, OffscreenCanvas, WebCodecs' ImageDecoder where there is one); index.ts does
 * not export it, so the matcher itself stays DOM-free. It runs in a dedicated worker, an offscreen document,
 * a window (content script) or the service worker; decoding happens on the browser's decoder threads, and the
 * only work on the calling thread is drawing and reading back a picture of at most 512 × 512.
 *
 * - a large JPEG (a phone photo) goes through ImageDecoder with a desired size: Chromium's JPEG decoder then
 *   decodes at 1/2, 1/4 or 1/8 scale (DCT scaling, the largest scale not above the desired area), several
 *   times faster than a full decode (12 MP: about 65 ms against 250); the frame carries the EXIF rotation,
 *   which drawImage applies. ImageDecoder exists in windows and dedicated workers (secure contexts), not in
 *   service workers: there the slower path below is taken;
 * - anything else goes through createImageBitmap(blob, { resizeWidth, resizeHeight, resizeQuality }), the size
 *   taken from the file's header (size.ts) with the EXIF orientation applied;
 * - a file whose header is not recognised (AVIF, HEIC where supported) is decoded whole, then shrunk;
 * - the result is drawn on an OffscreenCanvas and read back with getImageData (RGBA).
 *
 * Throws what the browser throws for a picture it cannot decode.
 */
import { WORK_SIZE } from './find';
import { imageInfo, workingSize } from './size';

export interface Decoded {
  image: ImageData;
  /** Which decoder was used. */
  via: 'image-decoder' | 'create-image-bitmap' | 'full-decode';
}

interface DecoderLike {
  decode(): Promise<{ image: VideoFrame }>;
  close(): void;
}
type DecoderConstructor = new (init: {
  data: BufferSource;
  type: string;
  desiredWidth?: number;
  desiredHeight?: number;
}) => DecoderLike;

/** WebCodecs' ImageDecoder where the browser has it (Chromium 94+, in secure contexts and workers). */
function imageDecoder(): DecoderConstructor | null {
  const ctor = (globalThis as { ImageDecoder?: DecoderConstructor }).ImageDecoder;
  return typeof ctor === 'function' ? ctor : null;
}

/** The picture in `blob` as RGBA pixels, its longest side at most `maxSide` (default `WORK_SIZE`, 512). */
export async function decodeForMatch(
  blob: Blob,
  options: { maxSide?: number; useImageDecoder?: boolean } = {},
): Promise<Decoded> {
  const maxSide = options.maxSide ?? WORK_SIZE;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const info = imageInfo(bytes);
  const Decoder = options.useImageDecoder === false ? null : imageDecoder();
  let source: ImageBitmap | VideoFrame | null = null;
  let via: Decoded['via'] = 'image-decoder';
  if (info && info.type === 'image/jpeg' && Decoder && Math.max(info.width, info.height) >= 2 * maxSide) {
    // The desired size is in the file's stored orientation.
    const k = maxSide / Math.max(info.width, info.height);
    try {
      const decoder = new Decoder({
        data: bytes,
        type: info.type,
        desiredWidth: Math.round(info.width * k),
        desiredHeight: Math.round(info.height * k),
      });
      try {
        source = (await decoder.decode()).image;
      } finally {
        decoder.close();
      }
    } catch {
      source = null; // Left to createImageBitmap, which reports the error if the file is really broken.
    }
  }
  if (!source && info) {
    const size = workingSize(info, maxSide);
    const shrink = Math.max(size.width, size.height) < Math.max(info.width, info.height);
    source = await createImageBitmap(
      blob,
      shrink ? { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' } : {},
    );
    via = 'create-image-bitmap';
  } else if (!source) {
    source = await createImageBitmap(blob);
    via = 'full-decode';
  }
  const sw = 'displayWidth' in source ? source.displayWidth : source.width;
  const sh = 'displayHeight' in source ? source.displayHeight : source.height;
  const size = workingSize({ width: sw, height: sh, orientation: 1 }, maxSide);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.imageSmoothingQuality = 'medium';
  try {
    ctx.drawImage(source, 0, 0, size.width, size.height);
  } finally {
    source.close();
  }
  return { image: ctx.getImageData(0, 0, size.width, size.height), via };
}
