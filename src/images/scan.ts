/**
 * The search: where might the logo be? For each of a few turns of the logo (model.ts) and window widths from
 * `minWidth` of the picture's width up to the whole picture (and a little past its edges, for logos cropped by
 * the frame), in steps of `SCALE_STEP`, a window with the turned logo's bounding box slides two coarse cells at a
 * time. Each window's grid of cell means comes from a lattice of cell means computed once per scale from the
 * summed-area table, so a window costs O(cells). Windows are scored by the correlation of the logo's shape with
 * them (weighted by how much of each cell the shape covers: the logo's background is not compared), zero mean
 * and unit variance, so brightness and contrast drop out. The best windows, after non-maximum suppression, are
 * where the alignment (align.ts) starts.
 */
import { INSIDE, type Integral } from './integral';
import type { Model, ScanTemplate } from './model';

export interface Window {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Which scan template (turn) it is a window of. */
  template: ScanTemplate;
  score: number;
}

/** Ratio between successive window widths. */
const SCALE_STEP = 1.13;
/** Windows start every STRIDE coarse cells: the alignment finds its way from a cell or two off. */
const STRIDE = 2;
/** How far (fraction of the window) a window may reach past each edge of the picture. */
const CROP = 0.12;
/** Smallest fraction of the template's weight that must fall inside the picture. */
const MIN_INSIDE = 0.7;
/** Windows smaller than this (pixels, either side) are not searched. */
const MIN_WINDOW = 12;
/** A window whose luminance varies less than this (standard deviation, 0–255) is flat. */
const MIN_STD = 2;

/** Every window of every turn and scale with a correlation above `floor`. */
export function scan(integral: Integral, model: Model, minWidth: number, floor = 0.2): Window[] {
  const found: Window[] = [];
  for (const t of model.scans) scanOne(integral, model, t, minWidth, floor, found);
  return found;
}

function scanOne(
  integral: Integral,
  model: Model,
  t: ScanTemplate,
  minLogoWidth: number,
  floor: number,
  found: Window[],
): void {
  const { left, top } = integral;
  const W = integral.right - left;
  const H = integral.bottom - top;
  const { cols, rows, n, weights, shape, weightSum } = t;
  const aspect = t.width / t.height;
  const values = new Float32Array(n);
  const fit = 1 - 2 * CROP;
  const maxWidth = Math.min(W, H * aspect) / fit;
  // The window is the turned logo's box: wider than the logo itself.
  const minWidth = Math.max(minLogoWidth * integral.width * (t.width / (2 * model.hu)), MIN_WINDOW);
  const variance = MIN_STD * MIN_STD * weightSum;
  for (let ww = Math.min(minWidth, maxWidth); ww <= maxWidth * 1.0001; ww *= SCALE_STEP) {
    const wh = ww / aspect;
    if (wh < MIN_WINDOW || ww < MIN_WINDOW) continue;
    const cw = ww / cols;
    const ch = wh / rows;
    const spanX = W - fit * ww;
    const spanY = H - fit * wh;
    if (spanX < -1e-6 || spanY < -1e-6) break;
    const nx = Math.floor(Math.max(0, spanX) / cw) + 1;
    const ny = Math.floor(Math.max(0, spanY) / ch) + 1;
    const x0 = left - CROP * ww + (spanX - (nx - 1) * cw) / 2;
    const y0 = top - CROP * wh + (spanY - (ny - 1) * ch) / 2;
    const mc = nx + cols - 1;
    const mr = ny + rows - 1;
    // Corner integrals of the lattice, then the lattice's cell means (NaN for cells mostly outside).
    const corners = new Float64Array((mc + 1) * (mr + 1));
    const xs = new Float64Array(mc + 1);
    const ys = new Float64Array(mr + 1);
    for (let k = 0; k <= mc; k++) xs[k] = Math.max(left, Math.min(integral.right, x0 + k * cw));
    for (let m = 0; m <= mr; m++) ys[m] = Math.max(top, Math.min(integral.bottom, y0 + m * ch));
    for (let m = 0, i = 0; m <= mr; m++) {
      for (let k = 0; k <= mc; k++, i++) corners[i] = integral.at(xs[k]!, ys[m]!);
    }
    const map = new Float32Array(mc * mr);
    const least = INSIDE * cw * ch;
    for (let m = 0; m < mr; m++) {
      const hh = ys[m + 1]! - ys[m]!;
      for (let k = 0; k < mc; k++) {
        const area = (xs[k + 1]! - xs[k]!) * hh;
        const i = m * (mc + 1) + k;
        map[m * mc + k] =
          area < least
            ? Number.NaN
            : (corners[i + mc + 2]! - corners[i + mc + 1]! - corners[i + 1]! + corners[i]!) / area;
      }
    }
    for (let j = 0; j < ny; j += STRIDE) {
      for (let i = 0; i < nx; i += STRIDE) {
        // Fast path: every cell inside (one pass); else the cells are copied out for the partial correlation.
        let w1 = 0;
        let w2 = 0;
        let dot = 0;
        let inside = true;
        for (let r = 0, q = 0; r < rows && inside; r++) {
          const base = (j + r) * mc + i;
          for (let c = 0; c < cols; c++, q++) {
            const x = map[base + c]!;
            if (Number.isNaN(x)) {
              inside = false;
              break;
            }
            const wx = weights[q]! * x;
            w1 += wx;
            w2 += wx * x;
            dot += shape[q]! * x;
          }
        }
        let score: number;
        if (inside) {
          const v = w2 - (w1 * w1) / weightSum;
          score = v > variance ? dot / Math.sqrt(v) : 0;
        } else {
          for (let r = 0, q = 0; r < rows; r++) {
            const base = (j + r) * mc + i;
            for (let c = 0; c < cols; c++, q++) values[q] = map[base + c]!;
          }
          score = partial(t, values);
        }
        if (score > floor)
          found.push({ x: x0 + i * cw, y: y0 + j * ch, width: ww, height: wh, template: t, score });
      }
    }
  }
}

/** The weighted correlation over the cells inside the picture only (NaN cells left out). */
function partial(t: ScanTemplate, v: Float32Array): number {
  let sw = 0;
  let swd = 0;
  let swdd = 0;
  let swv = 0;
  let swvv = 0;
  let swdv = 0;
  for (let i = 0; i < t.n; i++) {
    const x = v[i]!;
    const wi = t.weights[i]!;
    if (Number.isNaN(x) || wi === 0) continue;
    const di = t.shape[i]! / wi;
    sw += wi;
    swd += wi * di;
    swdd += wi * di * di;
    swv += wi * x;
    swvv += wi * x * x;
    swdv += wi * di * x;
  }
  if (sw <= 0 || sw < MIN_INSIDE * t.weightSum) return 0;
  const vd = swdd - (swd * swd) / sw;
  const vv = swvv - (swv * swv) / sw;
  if (vv <= MIN_STD * MIN_STD * sw || vd <= 1e-12) return 0;
  return (swdv - (swd * swv) / sw) / Math.sqrt(vd * vv);
}

function overlap(a: Window, b: Window): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = x * y;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** The best windows, none overlapping a better one by more than `iou` (intersection over union). */
export function suppress(found: Window[], keep: number, iou = 0.4): Window[] {
  found.sort((a, b) => b.score - a.score);
  const kept: Window[] = [];
  for (const c of found) {
    if (kept.length >= keep) break;
    if (kept.every((k) => overlap(k, c) <= iou)) kept.push(c);
  }
  return kept;
}
