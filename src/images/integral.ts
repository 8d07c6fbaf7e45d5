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
