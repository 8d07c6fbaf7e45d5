/**
 * From the caller's pixels to float planes: luminance (composited onto white), alpha, and two colour-difference
 * planes for the logo's background detection. Pictures larger than the working size are area-averaged down
 * here, so a caller that skips the downscale gets a slower but equal answer.
 */
import type { PixelImage } from './types';

export interface Planes {
  width: number;
  height: number;
  /** Luminance 0–255 (Rec. 601), transparent pixels composited onto white. */
  luma: Float32Array;
  /** Opacity 0–1, or null when every pixel is opaque (or the input is grayscale). */
  alpha: Float32Array | null;
  /** Colour differences (blue − luma, red − luma), composited onto white; only when asked for and RGBA. */
  cb: Float32Array | null;
  cr: Float32Array | null;
  /** Input pixels per plane pixel, along each axis (1 unless the input was downscaled). */
  scaleX: number;
  scaleY: number;
}

/** The layout of `image.data`, or null when the image is unusable (empty, NaN sizes, short data). */
export function layout(image: PixelImage | null | undefined): 'gray' | 'rgba' | null {
  if (!image || typeof image !== 'object') return null;
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return null;
  if (!data || typeof data.length !== 'number') return null;
  const pixels = width * height;
  if (!Number.isSafeInteger(pixels)) return null;
  if (data.length === pixels * 4) return 'rgba';
  if (data.length === pixels) return 'gray';
  return null;
}

/**
 * A grey copy of a picture (one byte a pixel, transparent pixels composited onto white, Rec. 601 luminance):
 * what the matcher looks at, a quarter the size of RGBA, e.g. to send to another context. Null when unusable.
 */
export function grayscale(image: PixelImage): PixelImage | null {
  const kind = layout(image);
  if (kind === null) return null;
  if (kind === 'gray') return { width: image.width, height: image.height, data: Uint8Array.from(image.data) };
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    const a = data[j + 3]! / 255;
    const y = 0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!;
    out[i] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data: out };
}

/** The planes of a picture, area-averaged so that its longest side is at most `maxSide`. */
export function toPlanes(image: PixelImage, maxSide: number, colour = false): Planes | null {
  const kind = layout(image);
  if (kind === null) return null;
  const { width, height, data } = image;
  const n = width * height;
  const luma = new Float32Array(n);
  let alpha: Float32Array | null = null;
  let cb: Float32Array | null = null;
  let cr: Float32Array | null = null;
  if (kind === 'gray') {
    for (let i = 0; i < n; i++) luma[i] = data[i]!;
  } else {
    let translucent = false;
    for (let i = 0; i < n; i++) {
      if (data[i * 4 + 3]! < 255) {
        translucent = true;
        break;
      }
    }
    if (translucent) alpha = new Float32Array(n);
    if (colour) {
      cb = new Float32Array(n);
      cr = new Float32Array(n);
    }
    for (let i = 0, j = 0; i < n; i++, j += 4) {
      let r = data[j]!;
      let g = data[j + 1]!;
      let b = data[j + 2]!;
      if (alpha) {
        const a = data[j + 3]! / 255;
        alpha[i] = a;
        r = r * a + 255 * (1 - a);
        g = g * a + 255 * (1 - a);
        b = b * a + 255 * (1 - a);
      }
      const y = 0.299 * r + 0.587 * g + 0.114 * b;
      luma[i] = y;
      if (cb && cr) {
        cb[i] = b - y;
        cr[i] = r - y;
      }
    }
  }
  const longest = Math.max(width, height);
  if (longest <= maxSide) {
    return { width, height, luma, alpha, cb, cr, scaleX: 1, scaleY: 1 };
  }
  const nw = Math.max(1, Math.round((width * maxSide) / longest));
  const nh = Math.max(1, Math.round((height * maxSide) / longest));
  const down = (plane: Float32Array | null) => (plane ? resampleArea(plane, width, height, nw, nh) : null);
  return {
    width: nw,
    height: nh,
    luma: down(luma)!,
    alpha: down(alpha),
    cb: down(cb),
    cr: down(cr),
    scaleX: width / nw,
    scaleY: height / nh,
  };
}

/** For each output sample along an axis of `from` samples shrunk to `to`: the source range and weights. */
function axisWeights(
  from: number,
  to: number,
): { start: Int32Array; count: Int32Array; weights: Float32Array } {
  const ratio = from / to;
  const start = new Int32Array(to);
  const count = new Int32Array(to);
  const spans = Math.ceil(ratio) + 2;
  const weights = new Float32Array(to * spans);
  for (let o = 0; o < to; o++) {
    const lo = o * ratio;
    const hi = Math.min(from, (o + 1) * ratio);
    const first = Math.floor(lo);
    const last = Math.min(from, Math.ceil(hi));
    start[o] = first;
    count[o] = last - first;
    for (let i = first; i < last; i++) {
      weights[o * spans + (i - first)] = (Math.min(hi, i + 1) - Math.max(lo, i)) / ratio;
    }
  }
  return { start, count, weights };
}

/** Area-average (box) resampling of one plane to a smaller size: each output pixel is the mean it covers. */
export function resampleArea(src: Float32Array, w: number, h: number, nw: number, nh: number): Float32Array {
  const xs = axisWeights(w, nw);
  const ys = axisWeights(h, nh);
  const xSpan = xs.weights.length / nw;
  const ySpan = ys.weights.length / nh;
  const tmp = new Float32Array(nw * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let o = 0; o < nw; o++) {
      const s = xs.start[o]!;
      const c = xs.count[o]!;
      let acc = 0;
      for (let k = 0; k < c; k++) acc += src[row + s + k]! * xs.weights[o * xSpan + k]!;
      tmp[y * nw + o] = acc;
    }
  }
  const out = new Float32Array(nw * nh);
  for (let o = 0; o < nh; o++) {
    const s = ys.start[o]!;
    const c = ys.count[o]!;
    for (let k = 0; k < c; k++) {
      const wgt = ys.weights[o * ySpan + k]!;
      const row = (s + k) * nw;
      for (let x = 0; x < nw; x++) out[o * nw + x]! += tmp[row + x]! * wgt;
    }
  }
  return out;
}
