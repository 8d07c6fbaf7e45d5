/**
 * Synthetic pictures for the logo matcher's unit tests, drawn in plain arrays (no canvas in Node): a crest
 * rendered from its geometry at any size (4 × 4 supersampled, so a scaled copy is a fresh, smooth rendering),
 * a different crest with the same shield outline, and busy photo-like backgrounds.
 */
import type { PixelImage } from '../../src/images/types';
import { invert } from './set/warp';

export type CrestKind = 'school' | 'other';

const FIELD = 50;
const METAL = 200;
const PAPER = 255;

/** Half-width of the shield at height v (v from 0 at the top to 1.2 at the point), or -1 outside. */
function halfWidth(v: number): number {
  if (v < 0 || v > 1.2) return -1;
  if (v < 0.55) return 0.5;
  const t = (v - 0.55) / 0.65;
  return 0.5 * Math.sqrt(Math.max(0, 1 - t * t));
}

function inside(u: number, v: number): boolean {
  const hw = halfWidth(v);
  return hw >= 0 && Math.abs(u - 0.5) <= hw;
}

function box(u: number, v: number, u0: number, v0: number, u1: number, v1: number): boolean {
  return u >= u0 && u <= u1 && v >= v0 && v <= v1;
}

/** Grey level of the crest at (u, v) in units of its width (height 1.2), or -1 outside the shield. */
function crestAt(kind: CrestKind, u: number, v: number): number {
  if (!inside(u, v)) return -1;
  // The border: near the outline.
  const d = 0.05;
  if (!inside(u - d, v) || !inside(u + d, v) || v < d || !inside(u, v + d)) return METAL;
  if (kind === 'school') {
    if (box(u, v, 0, 0.45, 1, 0.55)) return METAL;
    if (Math.abs(u - 0.5) + Math.abs(v - 0.25) < 0.12) return METAL;
    const c =
      box(u, v, 0.25, 0.7, 0.29, 0.86) ||
      box(u, v, 0.25, 0.7, 0.38, 0.73) ||
      box(u, v, 0.25, 0.83, 0.38, 0.86);
    const h =
      box(u, v, 0.44, 0.7, 0.48, 0.86) ||
      box(u, v, 0.52, 0.7, 0.56, 0.86) ||
      box(u, v, 0.44, 0.77, 0.56, 0.79);
    const s =
      box(u, v, 0.62, 0.7, 0.75, 0.73) ||
      box(u, v, 0.62, 0.765, 0.75, 0.795) ||
      box(u, v, 0.62, 0.83, 0.75, 0.86) ||
      box(u, v, 0.62, 0.7, 0.65, 0.78) ||
      box(u, v, 0.72, 0.78, 0.75, 0.86);
    return c || h || s ? METAL : FIELD;
  }
  if (box(u, v, 0, 0.6, 1, 0.7)) return METAL;
  const r = Math.hypot(u - 0.5, v - 0.27);
  if (r < 0.12 && r > 0.06) return METAL;
  const t = box(u, v, 0.25, 0.8, 0.38, 0.83) || box(u, v, 0.3, 0.8, 0.33, 0.98);
  const l = box(u, v, 0.44, 0.8, 0.47, 0.98) || box(u, v, 0.44, 0.95, 0.56, 0.98);
  const x = Math.abs(u - 0.68 - (v - 0.89) * 0.6) < 0.02 || Math.abs(u - 0.68 + (v - 0.89) * 0.6) < 0.02;
  return t || l || (x && box(u, v, 0.61, 0.8, 0.75, 0.98)) ? METAL : FIELD;
}

/**
 * Draws a crest of width `w` at (x, y) into a grey picture (`alpha` 0–1 for the shield's coverage: drawn over
 * whatever is there, like a badge), or with its paper background when `paper` is set.
 */
export function drawCrest(
  target: { width: number; height: number; data: Uint8Array },
  kind: CrestKind,
  x: number,
  y: number,
  w: number,
  options: { paper?: boolean; gain?: number; offset?: number } = {},
): void {
  const h = w * 1.2;
  const { gain = 1, offset = 0 } = options;
  const n = 4;
  for (let py = Math.max(0, Math.floor(y)); py < Math.min(target.height, Math.ceil(y + h)); py++) {
    for (let px = Math.max(0, Math.floor(x)); px < Math.min(target.width, Math.ceil(x + w)); px++) {
      let sum = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = (px + (sx + 0.5) / n - x) / w;
          const v = (py + (sy + 0.5) / n - y) / w;
          const g = u >= 0 && u <= 1 ? crestAt(kind, u, v) : -1;
          if (g >= 0) {
            sum += g * gain + offset;
            covered++;
          } else if (options.paper && u >= 0 && u <= 1 && v >= 0 && v <= 1.2) {
            sum += PAPER;
            covered++;
          }
        }
      }
      if (covered === 0) continue;
      const i = py * target.width + px;
      const a = covered / (n * n);
      target.data[i] = Math.round(
        Math.max(0, Math.min(255, (sum / covered) * a + target.data[i]! * (1 - a))),
      );
    }
  }
}

/** A crest as a logo file: on white, with a margin of `margin` pixels. */
export function crestFile(kind: CrestKind, width: number, margin = Math.round(width * 0.05)): PixelImage {
  const w = width - 2 * margin;
  const height = Math.round(w * 1.2 + 2 * margin);
  const image = { width, height, data: new Uint8Array(width * height).fill(PAPER) };
  drawCrest(image, kind, margin, margin, w);
  return image;
}

/** A seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A busy grey scene: a lit gradient, rectangles and discs of every shade, and noise. */
export function scene(
  width: number,
  height: number,
  seed: number,
): { width: number; height: number; data: Uint8Array } {
  const rnd = prng(seed);
  const data = new Uint8Array(width * height);
  const a = 60 + rnd() * 120;
  const b = 60 + rnd() * 120;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = a + ((b - a) * (x + y)) / (width + height);
  }
  for (let k = 0; k < 25; k++) {
    const g = rnd() * 255;
    const cx = rnd() * width;
    const cy = rnd() * height;
    const r = (0.03 + rnd() * 0.15) * Math.min(width, height);
    const disc = rnd() < 0.5;
    for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(height, cy + r); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(width, cx + r); x++) {
        if (!disc || Math.hypot(x - cx, y - cy) < r) data[y * width + x] = g;
      }
    }
  }
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, data[i]! + (rnd() - 0.5) * 16));
  return { width, height, data };
}

/** The grey picture as RGBA (opaque), as getImageData gives it. */
export function toRgba(image: PixelImage): PixelImage {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.width * image.height; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = image.data[i]!;
    data[i * 4 + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

/** Intersection over union of two boxes. */
export function iou(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (x * y) / (a.width * a.height + b.width * b.height - x * y);
}

/** The homography taking the crest's own coordinates (u across 0–1, v down 0–1.2) to `corners` (tl, tr, br, bl). */
function crestHomography(corners: ReadonlyArray<readonly [number, number]>): number[] {
  const from = [
    [0, 0],
    [1, 0],
    [1, 1.2],
    [0, 1.2],
  ];
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = corners[i]!;
    a.push([x!, y!, 1, 0, 0, 0, -u * x!, -u * y!, u]);
    a.push([0, 0, 0, x!, y!, 1, -v * x!, -v * y!, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return [...a.map((row, i) => row[8]! / row[i]!), 1];
}

/**
 * Draws the crest into the quad `corners` (top left, top right, bottom right, bottom left): turned, tilted or in
 * perspective, 4 × 4 supersampled, over whatever is there.
 */
export function drawCrestInQuad(
  target: { width: number; height: number; data: Uint8Array },
  kind: CrestKind,
  corners: ReadonlyArray<readonly [number, number]>,
): void {
  const m = crestHomography(corners);
  // The inverse, for each picture pixel's crest coordinates.
  const inv = invert(m);
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const n = 4;
  for (
    let py = Math.max(0, Math.floor(Math.min(...ys)));
    py < Math.min(target.height, Math.ceil(Math.max(...ys)));
    py++
  ) {
    for (
      let px = Math.max(0, Math.floor(Math.min(...xs)));
      px < Math.min(target.width, Math.ceil(Math.max(...xs)));
      px++
    ) {
      let sum = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = px + (sx + 0.5) / n;
          const y = py + (sy + 0.5) / n;
          const w = inv[6]! * x + inv[7]! * y + inv[8]!;
          const u = (inv[0]! * x + inv[1]! * y + inv[2]!) / w;
          const v = (inv[3]! * x + inv[4]! * y + inv[5]!) / w;
          const value = u >= 0 && u <= 1 ? crestAt(kind, u, v) : -1;
          if (value >= 0) {
            sum += value;
            covered++;
          }
        }
      }
      if (covered === 0) continue;
      const k = py * target.width + px;
      const alpha = covered / (n * n);
      target.data[k] = Math.round((sum / covered) * alpha + target.data[k]! * (1 - alpha));
    }
  }
}

/** The crest as a transparent logo file (RGBA): its shape in the alpha channel, nothing around it. */
export function transparentCrest(kind: CrestKind, width: number): PixelImage {
  const h = Math.round(width * 1.2);
  const grey = { width, height: h, data: new Uint8Array(width * h) };
  const mask = { width, height: h, data: new Uint8Array(width * h) };
  drawCrest(grey, kind, 0, 0, width);
  drawCrest(mask, kind, 0, 0, width, { gain: 0, offset: 255 });
  const rgba = new Uint8ClampedArray(width * h * 4);
  for (let i = 0; i < width * h; i++) {
    const a = mask.data[i]!;
    // Edges drawn over black come out premultiplied: undone, so the colour is the crest's, the alpha its coverage.
    const g = a > 0 ? Math.min(255, Math.round((grey.data[i]! * 255) / a)) : 0;
    rgba.set([g, g, g, a], i * 4);
  }
  return { width, height: h, data: rgba };
}
