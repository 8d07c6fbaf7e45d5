/**
 * Pixel-level helpers for the wild test set (wild.ts): a logo drawn flat is placed into a picture through a
 * homography (turned, tilted, seen in perspective), with bilinear sampling, and on its way it can be made
 * translucent (a watermark), shaded, printed on cloth (wavy, with a weave) or partly hidden. Plain canvas 2D has
 * no perspective transform, hence the per-pixel warp. Independent of src/images on purpose: the set must not
 * share code with the matcher it scores.
 */
import type { Random } from './random';

export type Point = readonly [number, number];
/** Corners in order: top left, top right, bottom right, bottom left. */
export type Quad = readonly [Point, Point, Point, Point];
/** Row-major 3 × 3 matrix. */
export type Matrix = number[];

/** The homography taking `from[i]` to `to[i]` (four point pairs, no three collinear). */
export function homography(from: Quad, to: Quad): Matrix {
  // Eight equations in h0…h7 (h8 = 1), solved by Gaussian elimination with partial pivoting.
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const p = a[c]![c]!;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / p;
      for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const h = a.map((row, i) => row[8]! / row[i]!);
  return [...h, 1];
}

export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f, g, h, i] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

export function apply(m: Matrix, x: number, y: number): Point {
  const w = m[6]! * x + m[7]! * y + m[8]!;
  return [(m[0]! * x + m[1]! * y + m[2]!) / w, (m[3]! * x + m[4]! * y + m[5]!) / w];
}

export function bounds(points: readonly Point[]): { x: number; y: number; width: number; height: number } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * Where a w × h rectangle centred at (cx, cy) lands when turned by `turn` degrees and tilted: `tilt` is how much
 * shorter the far side is than the near one (0.1 = 10 %), along `axis` (x: the left or right side is further
 * away; y: the top or bottom), the foreshortened direction shrunk to match.
 */
export function placeQuad(
  cx: number,
  cy: number,
  w: number,
  h: number,
  turn: number,
  tilt = 0,
  axis: 'x' | 'y' = 'x',
  farSide: 1 | -1 = 1,
): Quad {
  const near = 1 + tilt / 2;
  const far = 1 - tilt / 2;
  const squash = 1 - tilt * 0.6;
  let corners: Point[];
  if (axis === 'x') {
    const hw = (w * squash) / 2;
    const left = (farSide === 1 ? near : far) * (h / 2);
    const right = (farSide === 1 ? far : near) * (h / 2);
    corners = [
      [-hw, -left],
      [hw, -right],
      [hw, right],
      [-hw, left],
    ];
  } else {
    const hh = (h * squash) / 2;
    const top = (farSide === 1 ? far : near) * (w / 2);
    const bottom = (farSide === 1 ? near : far) * (w / 2);
    corners = [
      [-top, -hh],
      [top, -hh],
      [bottom, hh],
      [-bottom, hh],
    ];
  }
  const r = (turn * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return corners.map(
    ([x, y]) => [cx + x * cos - y * sin, cy + x * sin + y * cos] as Point,
  ) as unknown as Quad;
}

export interface Effects {
  /** Overall opacity of the placed picture (0.75 for a watermark). */
  opacity?: number;
  /** Brightness factor at a picture pixel (shading, folds). */
  shade?: (x: number, y: number) => number;
  /** Where a picture pixel really shows the source from (cloth waves): an offset in picture pixels. */
  displace?: (x: number, y: number) => Point;
}

/**
 * Draws `source` (RGBA, straight alpha) into `target` through `m` (source pixels → target pixels): each target
 * pixel inside the placed quad takes the bilinear sample of the source there, composited over what is there.
 */
export function composite(target: ImageData, source: ImageData, m: Matrix, effects: Effects = {}): void {
  const inv = invert(m);
  const sw = source.width;
  const sh = source.height;
  const corners: Quad = [apply(m, 0, 0), apply(m, sw, 0), apply(m, sw, sh), apply(m, 0, sh)];
  const box = bounds(corners);
  const pad = 4;
  const x0 = Math.max(0, Math.floor(box.x) - pad);
  const y0 = Math.max(0, Math.floor(box.y) - pad);
  const x1 = Math.min(target.width, Math.ceil(box.x + box.width) + pad);
  const y1 = Math.min(target.height, Math.ceil(box.y + box.height) + pad);
  const src = source.data;
  const dst = target.data;
  const opacity = effects.opacity ?? 1;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      let px = x + 0.5;
      let py = y + 0.5;
      if (effects.displace) {
        const [dx, dy] = effects.displace(px, py);
        px += dx;
        py += dy;
      }
      const w = inv[6]! * px + inv[7]! * py + inv[8]!;
      const u = (inv[0]! * px + inv[1]! * py + inv[2]!) / w - 0.5;
      const v = (inv[3]! * px + inv[4]! * py + inv[5]!) / w - 0.5;
      if (u < -1 || v < -1 || u > sw || v > sh) continue;
      const iu = Math.floor(u);
      const iv = Math.floor(v);
      const fu = u - iu;
      const fv = v - iv;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let k = 0; k < 4; k++) {
        const xx = iu + (k & 1);
        const yy = iv + (k >> 1);
        if (xx < 0 || yy < 0 || xx >= sw || yy >= sh) continue;
        const weight = (k & 1 ? fu : 1 - fu) * (k >> 1 ? fv : 1 - fv);
        const i = (yy * sw + xx) * 4;
        const wa = weight * src[i + 3]!;
        r += wa * src[i]!;
        g += wa * src[i + 1]!;
        b += wa * src[i + 2]!;
        a += wa;
      }
      if (a <= 0) continue;
      const alpha = (a / 255) * opacity;
      const light = effects.shade ? effects.shade(x + 0.5, y + 0.5) : 1;
      const j = (y * target.width + x) * 4;
      dst[j] = dst[j]! * (1 - alpha) + (r / a) * light * alpha;
      dst[j + 1] = dst[j + 1]! * (1 - alpha) + (g / a) * light * alpha;
      dst[j + 2] = dst[j + 2]! * (1 - alpha) + (b / a) * light * alpha;
    }
  }
}

/** A light gradient across a box: full brightness on one side, `darkest` on the other, in a random direction. */
export function gradientShade(
  rng: Random,
  box: { x: number; y: number; width: number; height: number },
  darkest: number,
): (x: number, y: number) => number {
  const angle = rng.range(0, Math.PI * 2);
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const half = (Math.abs(dx) * box.width + Math.abs(dy) * box.height) / 2 || 1;
  return (x, y) => {
    const t = Math.max(-1, Math.min(1, ((x - cx) * dx + (y - cy) * dy) / half));
    return 1 - ((t + 1) / 2) * (1 - darkest);
  };
}

/** Cloth: gentle waves (displacement up to `amplitude` pixels), folds that darken, and a fine weave. */
export function cloth(
  rng: Random,
  size: number,
  amplitude: number,
): { displace: (x: number, y: number) => Point; shade: (x: number, y: number) => number } {
  const wave = size * rng.range(0.35, 0.8);
  const phase = rng.range(0, Math.PI * 2);
  const fold = size * rng.range(0.3, 0.6);
  const slant = rng.range(-0.6, 0.6);
  const weave = rng.int(2, 3);
  const depth = rng.range(0.1, 0.22);
  return {
    displace: (x, y) => [
      amplitude * Math.sin((2 * Math.PI * y) / wave + phase),
      amplitude * 0.5 * Math.sin((2 * Math.PI * x) / wave + phase * 1.7),
    ],
    shade: (x, y) => {
      const f = Math.sin((2 * Math.PI * (x + slant * y)) / fold + phase);
      const threads = (Math.floor(x / weave) + Math.floor(y / weave)) % 2 === 0 ? 1 : 0.93;
      return (1 - depth * (0.5 + 0.5 * f)) * threads;
    },
  };
}

/** Multiplies every pixel by `gain` (with a gamma), adds sensor noise of about `sigma` levels, per channel. */
export function darken(image: ImageData, rng: Random, gain: number, gamma: number, sigma: number): void {
  const d = image.data;
  let state = Math.floor(rng() * 2 ** 31);
  const lut = new Float32Array(256);
  for (let v = 0; v < 256; v++) lut[v] = 255 * gain * (v / 255) ** gamma;
  for (let i = 0; i < d.length; i += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) | 0;
    const n = (((state >>> 24) + ((state >>> 16) & 255) - 255) / 255) * sigma * 2.45;
    const c = ((((state >>> 8) & 255) - 128) / 128) * sigma * 0.6;
    d[i] = lut[d[i]!]! + n + c;
    d[i + 1] = lut[d[i + 1]!]! + n;
    d[i + 2] = lut[d[i + 2]!]! + n - c;
  }
}

/** How much of `quad` the shape drawn by `path` covers, from a 24 × 24 grid of points in it. */
export function coverage(quad: Quad, inside: (x: number, y: number) => boolean): number {
  const m = homography(
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ],
    quad,
  );
  let hit = 0;
  const n = 24;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const [x, y] = apply(m, (i + 0.5) / n, (j + 0.5) / n);
      if (inside(x, y)) hit++;
    }
  }
  return hit / (n * n);
}
