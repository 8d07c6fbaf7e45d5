/// <reference types="vite/client" />
/**
 * People in pictures: faces found with face-api's Tiny Face Detector (net.ts) on raw RGB pixels. No DOM: runs
 * in a dedicated worker, Firefox's background page and Node alike. The weights ship with the extension (vite
 * copies the .bin from @vladmandic/face-api into the package; `?url` gives its address there), fetched from
 * the extension itself once per worker; nothing is downloaded.
 *
 * Tuned for few false alarms (crests, logos, scenes and text screenshots must not count as people), so small
 * or doubtful faces are let go: see SCORE_THRESHOLD and MIN_FACE.
 */

import modelUrl from '@vladmandic/face-api/model/tiny_face_detector_model.bin?url';
import manifest from '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json';
import {
  type ManifestWeight,
  MEAN_RGB,
  parseWeights,
  type RawBox,
  runNet,
  STRIDE,
  suppress,
  type TinyFaceWeights,
} from './net';
import { INPUT_SIZE, MAX_PIXELS, MIN_FACE, MIN_SIDE, SCORE_THRESHOLD } from './settings';
import type { FaceBox, FaceResult, RgbImage } from './types';

export { INPUT_SIZE, MAX_PIXELS, MIN_FACE, MIN_SIDE, SCORE_THRESHOLD } from './settings';

let weights: Promise<TinyFaceWeights> | undefined;

async function loadWeights(): Promise<TinyFaceWeights> {
  const response = await fetch(modelUrl);
  if (!response.ok) throw new Error(`face model: ${response.status} loading the weights`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return parseWeights((manifest as Array<{ weights: ManifestWeight[] }>)[0]!.weights, bytes);
}

/** Loads the model once; a failed load is retried on the next call. */
function model(): Promise<TinyFaceWeights> {
  weights ??= loadWeights().catch((error: unknown) => {
    weights = undefined;
    throw error;
  });
  return weights;
}

/** The parsed weights (loaded on first use), for callers that time the network alone. */
export function loadModel(): Promise<TinyFaceWeights> {
  return model();
}

/**
 * Box-averages `image` by an integer factor (a clean downscale before the bilinear step, which on its own
 * would skip most pixels of a large picture). Returns the averaged picture as floats, channels last.
 */
function boxDownscale(image: RgbImage, f: number): { data: Float32Array; w: number; h: number } {
  const w = Math.floor(image.width / f);
  const h = Math.floor(image.height / f);
  const data = new Float32Array(w * h * 3);
  const src = image.rgb;
  const inv = 1 / (f * f);
  for (let y = 0; y < h; y++) {
    for (let dy = 0; dy < f; dy++) {
      const row = (y * f + dy) * image.width * 3;
      for (let x = 0; x < w; x++) {
        const o = (y * w + x) * 3;
        let s = row + x * f * 3;
        let r = 0;
        let g = 0;
        let b = 0;
        for (let dx = 0; dx < f; dx++, s += 3) {
          r += src[s]!;
          g += src[s + 1]!;
          b += src[s + 2]!;
        }
        data[o] = data[o]! + r * inv;
        data[o + 1] = data[o + 1]! + g * inv;
        data[o + 2] = data[o + 2]! + b * inv;
      }
    }
  }
  return { data, w, h };
}

/**
 * The network's input for `image`: scaled so its longest side is INPUT_SIZE (rw × rh pixels), placed top left
 * in a canvas whose sides are multiples of 32, normalised as face-api does ((value − mean) / 255; the padding
 * is black, as face-api's padToSquare).
 */
function prepare(image: RgbImage): { input: Float32Array; w: number; h: number; rw: number; rh: number } {
  const k = INPUT_SIZE / Math.max(image.width, image.height);
  const rw = Math.max(1, Math.round(image.width * k));
  const rh = Math.max(1, Math.round(image.height * k));
  const w = Math.ceil(rw / STRIDE) * STRIDE;
  const h = Math.ceil(rh / STRIDE) * STRIDE;
  const f = Math.floor(1 / k);
  const src =
    f >= 2 ? boxDownscale(image, f) : { data: Float32Array.from(image.rgb), w: image.width, h: image.height };
  const input = new Float32Array(w * h * 3);
  const [mr, mg, mb] = MEAN_RGB;
  for (let i = 0; i < w * h; i++) {
    input[i * 3] = -mr / 255;
    input[i * 3 + 1] = -mg / 255;
    input[i * 3 + 2] = -mb / 255;
  }
  // Bilinear, pixel centres aligned (the whole source maps onto rw × rh).
  const sx = src.w / rw;
  const sy = src.h / rh;
  for (let y = 0; y < rh; y++) {
    const v = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), src.h - 1);
    const y0 = Math.floor(v);
    const y1 = Math.min(y0 + 1, src.h - 1);
    const fy = v - y0;
    for (let x = 0; x < rw; x++) {
      const u = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), src.w - 1);
      const x0 = Math.floor(u);
      const x1 = Math.min(x0 + 1, src.w - 1);
      const fx = u - x0;
      const a = (y0 * src.w + x0) * 3;
      const b = (y0 * src.w + x1) * 3;
      const c = (y1 * src.w + x0) * 3;
      const d = (y1 * src.w + x1) * 3;
      const o = (y * w + x) * 3;
      for (let ch = 0; ch < 3; ch++) {
        const top = src.data[a + ch]! + (src.data[b + ch]! - src.data[a + ch]!) * fx;
        const bottom = src.data[c + ch]! + (src.data[d + ch]! - src.data[c + ch]!) * fx;
        input[o + ch] = (top + (bottom - top) * fy - MEAN_RGB[ch]!) / 255;
      }
    }
  }
  return { input, w, h, rw, rh };
}

/** Why `image` cannot be looked at, or null if it can. */
function invalid(image: RgbImage): string | null {
  if (!image || typeof image !== 'object') return 'not a picture';
  const { width, height, rgb } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    return `bad size ${String(width)} × ${String(height)}`;
  }
  if (width * height > MAX_PIXELS) return `picture too large (${width} × ${height})`;
  if (!(rgb instanceof Uint8Array) || rgb.length !== width * height * 3) {
    return `expected ${width * height * 3} bytes of RGB, got ${rgb instanceof Uint8Array ? rgb.length : typeof rgb}`;
  }
  return null;
}

export interface FindOptions {
  /** Default SCORE_THRESHOLD. */
  minScore?: number;
  /** Default MIN_FACE. */
  minFace?: number;
}

/** The faces found in `image` after thresholds and suppression, in `image`'s pixels (network work only). */
export function findFaces(net: TinyFaceWeights, image: RgbImage, options: FindOptions = {}): FaceBox[] {
  if (Math.min(image.width, image.height) < MIN_SIDE) return [];
  const { input, w, h, rw, rh } = prepare(image);
  const raw = runNet(net, input, h, w, options.minScore ?? SCORE_THRESHOLD);
  // Boxes go back to the picture's pixels; anything centred in the padding is dropped.
  const kx = image.width / rw;
  const ky = image.height / rh;
  const minWidth = (options.minFace ?? MIN_FACE) * Math.max(image.width, image.height);
  const inside = raw
    .filter((b) => b.x + b.width / 2 < rw && b.y + b.height / 2 < rh)
    .map(
      (b): RawBox => ({
        x: b.x * kx,
        y: b.y * ky,
        width: b.width * kx,
        height: b.height * ky,
        score: b.score,
      }),
    )
    .filter((b) => b.width >= minWidth);
  return suppress(inside).map((b) => {
    const x = Math.max(0, b.x);
    const y = Math.max(0, b.y);
    return {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(Math.min(image.width, b.x + b.width) - x),
      height: Math.round(Math.min(image.height, b.y + b.height) - y),
      score: Math.round(b.score * 1000) / 1000,
    };
  });
}

/**
 * The faces in `image` (packed RGB, any size up to MAX_PIXELS; pass a working size of about INPUT_SIZE on
 * the longest side, larger costs only the downscale). An empty picture has no faces; a malformed one (size
 * and bytes that disagree, non-integer sizes, not bytes) is rejected with an Error saying what is wrong, as is
 * a failure to load the model.
 */
export async function detectFaces(image: RgbImage): Promise<FaceResult> {
  const problem = invalid(image);
  if (problem) throw new Error(`face detection: ${problem}`);
  if (image.width === 0 || image.height === 0) return { faces: [] };
  return { faces: findFaces(await model(), image) };
}
