/**
 * Summed-area table (integral image): the sum over any axis-aligned box in O(1). Boxes may have fractional
 * corners: the table is interpolated bilinearly, which is exactly the integral of the picture taken as
 * constant over each pixel. So a window's grid of cell means costs O(cells), whatever the window's size.
 */

export class Integral {
  readonly width: number;
  readonly height: number;
  /** (width + 1) × (height + 1) sums: sums[y * (width + 1) + x] = Σ plane[0..y) × [0..x). */
  readonly sums: Float64Array;
  /**
   * The part of the picture that is content (a plain frame or border trimmed off): windows are compared only
   * on cells inside it, as if the rest were outside the picture.
   */
  left = 0;
  top = 0;
  right: number;
  bottom: number;

  constructor(plane: Float32Array, width: number, height: number) {
    this.width = width;
    this.height = height;
    const stride = width + 1;
    const sums = new Float64Array(stride * (height + 1));
    for (let y = 0; y < height; y++) {
      let row = 0;
      const src = y * width;
      const dst = (y + 1) * stride;
      const above = y * stride;
      for (let x = 0; x < width; x++) {
        row += plane[src + x]!;
        sums[dst + x + 1] = sums[above + x + 1]! + row;
      }
    }
    this.sums = sums;
    this.right = width;
    this.bottom = height;
  }

  /** The integral over [0, x] × [0, y], coordinates clamped to the picture. */
  at(x: number, y: number): number {
    const w = this.width;
    const h = this.height;
    const cx = x <= 0 ? 0 : Math.min(x, w);
    const cy = y <= 0 ? 0 : Math.min(y, h);
    let ix = Math.floor(cx);
    let iy = Math.floor(cy);
    if (ix >= w) ix = w - 1;
    if (iy >= h) iy = h - 1;
    if (ix < 0 || iy < 0) return 0;
    const fx = cx - ix;
    const fy = cy - iy;
    const stride = w + 1;
    const s = this.sums;
    const i = iy * stride + ix;
    const a = s[i]!;
    const b = s[i + 1]!;
    const c = s[i + stride]!;
    const d = s[i + stride + 1]!;
    return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
  }
}

/** The least fraction of a cell's area inside the content box for the cell to be compared. */
export const INSIDE = 0.9;

/** Scratch buffers for `sampleGrid`, reused between windows of the same grid size. */
export class GridScratch {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly corners: Float64Array;
  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.xs = new Float64Array(cols + 1);
    this.ys = new Float64Array(rows + 1);
    this.corners = new Float64Array((cols + 1) * (rows + 1));
  }
}

/**
 * The mean of each of `cols × rows` cells of the window at (x, y) sized `width × height` (fractional allowed).
 * Cells not (almost) wholly inside the picture's content box are set to NaN: a clipped cell's mean would
 * not be comparable with the logo's. Returns how many cells are valid.
 */
export function sampleGrid(
  integral: Integral,
  x: number,
  y: number,
  width: number,
  height: number,
  scratch: GridScratch,
  out: Float32Array,
): number {
  const { cols, rows, xs, ys, corners } = scratch;
  const { left, top, right, bottom } = integral;
  const cw = width / cols;
  const ch = height / rows;
  for (let c = 0; c <= cols; c++) {
    const v = x + c * cw;
    xs[c] = v < left ? left : Math.min(v, right);
  }
  for (let r = 0; r <= rows; r++) {
    const v = y + r * ch;
    ys[r] = v < top ? top : Math.min(v, bottom);
  }
  for (let r = 0, k = 0; r <= rows; r++) {
    const yy = ys[r]!;
    for (let c = 0; c <= cols; c++, k++) corners[k] = integral.at(xs[c]!, yy);
  }
  const least = INSIDE * cw * ch;
  let valid = 0;
  const stride = cols + 1;
  for (let r = 0, k = 0; r < rows; r++) {
    const hh = ys[r + 1]! - ys[r]!;
    for (let c = 0; c < cols; c++, k++) {
      const area = (xs[c + 1]! - xs[c]!) * hh;
      if (area < least) {
        out[k] = Number.NaN;
        continue;
      }
      const i = r * stride + c;
      out[k] = (corners[i + stride + 1]! - corners[i + stride]! - corners[i + 1]! + corners[i]!) / area;
      valid++;
    }
  }
  return valid;
}

/**
 * `sampleGrid` for a window turned by `angle` radians about its centre: each cell's mean is taken over an
 * axis-aligned box of the cell's size at the turned cell's centre (exact at 0, close for the few degrees a photo
 * is turned by). Costs four table lookups per cell instead of one.
 */
export function sampleTurned(
  integral: Integral,
  x: number,
  y: number,
  width: number,
  height: number,
  angle: number,
  cols: number,
  rows: number,
  out: Float32Array,
): number {
  const { left, top, right, bottom } = integral;
  const cw = width / cols;
  const ch = height / rows;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const least = INSIDE * cw * ch;
  let valid = 0;
  for (let r = 0, k = 0; r < rows; r++) {
    const oy = (r + 0.5) * ch - height / 2;
    for (let c = 0; c < cols; c++, k++) {
      const ox = (c + 0.5) * cw - width / 2;
      const mx = cx + ox * cos - oy * sin;
      const my = cy + ox * sin + oy * cos;
      const x0 = Math.max(left, mx - cw / 2);
      const x1 = Math.min(right, mx + cw / 2);
      const y0 = Math.max(top, my - ch / 2);
      const y1 = Math.min(bottom, my + ch / 2);
      const area = (x1 - x0) * (y1 - y0);
      if (x1 <= x0 || y1 <= y0 || area < least) {
        out[k] = Number.NaN;
        continue;
      }
      out[k] = (integral.at(x1, y1) - integral.at(x0, y1) - integral.at(x1, y0) + integral.at(x0, y0)) / area;
      valid++;
    }
  }
  return valid;
}
