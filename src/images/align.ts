/**
 * The alignment: from where the search found a window, the logo's pose in the picture (a homography: turned,
 * tilted, in perspective) is fitted by maximising the enhanced correlation coefficient (ECC, Evangelidis and
 * Psarakis 2008) between the logo's cells and the picture sampled under the pose — Gauss–Newton steps, each
 * solving 6 (affine) or 8 (homography) normal equations. The correlation is weighted by how surely each cell is
 * the logo's own, and taken after removing from both sides their mean and a linear ramp (uneven light across the
 * logo drops out, as brightness and contrast do).
 *
 * The picture is sampled at the level of its pyramid where one logo cell is one to two pixels, each level
 * smoothed as the logo's own levels are (model.ts), so both sides see the same detail.
 */
import { type Pose, solveSymmetric } from './geometry';
import { smooth, type TemplateLevel } from './model';

interface Level {
  width: number;
  height: number;
  data: Float32Array;
  gx: Float32Array;
  gy: Float32Array;
}

/** The working picture's pyramid: level k is 2^k times smaller, smoothed, with its gradients; built lazily. */
export class Pyramid {
  private readonly raw: Array<{ width: number; height: number; data: Float32Array }>;
  private readonly built: Array<Level | undefined> = [];

  constructor(luma: Float32Array, width: number, height: number) {
    this.raw = [{ width, height, data: luma }];
    while (true) {
      const last = this.raw[this.raw.length - 1]!;
      if (Math.min(last.width, last.height) < 32) break;
      this.raw.push(halve(last));
    }
  }

  get depth(): number {
    return this.raw.length;
  }

  level(k: number): Level {
    const index = Math.max(0, Math.min(this.raw.length - 1, k));
    let level = this.built[index];
    if (!level) {
      const { width, height, data } = this.raw[index]!;
      const smoothed = smooth(data, width, height);
      const gx = new Float32Array(smoothed.length);
      const gy = new Float32Array(smoothed.length);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = y * width + x;
          const l = x > 0 ? smoothed[i - 1]! : smoothed[i]!;
          const r = x < width - 1 ? smoothed[i + 1]! : smoothed[i]!;
          const u = y > 0 ? smoothed[i - width]! : smoothed[i]!;
          const d = y < height - 1 ? smoothed[i + width]! : smoothed[i]!;
          gx[i] = (r - l) / 2;
          gy[i] = (d - u) / 2;
        }
      }
      level = { width, height, data: smoothed, gx, gy };
      this.built[index] = level;
    }
    return level;
  }
}

function halve(p: { width: number; height: number; data: Float32Array }) {
  const width = Math.floor(p.width / 2);
  const height = Math.floor(p.height / 2);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const a = 2 * y * p.width;
    const b = a + p.width;
    for (let x = 0; x < width; x++) {
      data[y * width + x] =
        (p.data[a + 2 * x]! + p.data[a + 2 * x + 1]! + p.data[b + 2 * x]! + p.data[b + 2 * x + 1]!) / 4;
    }
  }
  return { width, height, data };
}

export interface Fit {
  pose: Pose;
  /** The weighted correlation at the pose (mean and ramp removed), −1 to 1. */
  corr: number;
  /** Fraction of the logo's weight that fell inside the picture. */
  seen: number;
}

/** Photometric terms removed from both sides: a constant and a linear ramp in u and v. */
const TERMS = 3;

/**
 * Refines `start` (in the working picture's pixels) by at most `iterations` ECC steps on level `k` of the
 * pyramid against template level `t`; `homography` frees the two perspective parameters (else affine).
 * Returns null when the pose leaves the picture or the correlation cannot be computed.
 */
export function align(
  pyramid: Pyramid,
  k: number,
  t: TemplateLevel,
  start: Pose,
  homography: boolean,
  iterations: number,
): Fit | null {
  const level = pyramid.level(k);
  const scale = 2 ** -Math.max(0, Math.min(pyramid.depth - 1, k));
  const np = homography ? 8 : 6;
  const p = Float64Array.from(start);
  const sums = new Sums();
  const hessian = new Float64Array(64);
  const step = new Float64Array(8);
  const rhs = new Float64Array(8);
  const hi = new Float64Array(8);
  let last: Fit | null = null;
  for (let it = 0; it <= iterations; it++) {
    if (!accumulate(level, scale, t, p, np, sums)) return last;
    const fit = sums.finish(np);
    if (!fit) return last;
    last = { pose: Float64Array.from(p), corr: fit.corr, seen: sums.seen };
    if (it === iterations) break;
    // ECC: with G the Jacobian, i and t the picture and logo (terms removed),
    //   λ = (|i|² − iᵀG(GᵀG)⁻¹Gᵀi) / (iᵀt − tᵀG(GᵀG)⁻¹Gᵀi),  Δp = (GᵀG)⁻¹ Gᵀ(λt − i).
    hessian.set(fit.gg);
    if (!solveSymmetric(hessian, fit.gi, np, hi)) return last;
    let num = fit.ii;
    let den = fit.it;
    for (let a = 0; a < np; a++) {
      num -= fit.gi[a]! * hi[a]!;
      den -= fit.gt[a]! * hi[a]!;
    }
    // Far from the optimum the ECC step is undefined: then a plain least-squares step at the norms' ratio.
    const lambda = den > 1e-9 ? num / den : Math.sqrt(fit.ii / Math.max(1e-9, fit.tt));
    for (let a = 0; a < np; a++) rhs[a] = lambda * fit.gt[a]! - fit.gi[a]!;
    hessian.set(fit.gg);
    // A little damping keeps steps from poorly constrained directions small.
    for (let a = 0; a < np; a++) hessian[a * np + a]! *= 1.02;
    if (!solveSymmetric(hessian, rhs, np, step)) return last;
    let move = 0;
    for (let a = 0; a < np; a++) p[a]! += step[a]!;
    // Convergence: how far the logo's corners moved, in this level's pixels.
    move = cornerShift(step, np) * scale;
    if (move < 0.02) {
      it = iterations - 1;
    }
  }
  return last;
}

/** The largest displacement of the logo's corners (u, v = ±1) that a parameter step causes, to first order. */
function cornerShift(step: Float64Array, np: number): number {
  let worst = 0;
  for (const u of [-1, 1]) {
    for (const v of [-1, 1]) {
      const dx = step[0]! * u + step[1]! * v + step[2]!;
      const dy = step[3]! * u + step[4]! * v + step[5]!;
      const dd = np > 6 ? Math.abs(step[6]! * u + step[7]! * v) * 200 : 0;
      worst = Math.max(worst, Math.hypot(dx, dy) + dd);
    }
  }
  return worst;
}

/** The sums one pass over the logo's cells gathers, and the normal equations built from them. */
class Sums {
  /** GᵀWG (8 × 8), GᵀWB (8 × TERMS), GᵀWi, GᵀWt, BᵀWB, BᵀWi, BᵀWt, iᵀWi, iᵀWt, tᵀWt. */
  readonly gg = new Float64Array(64);
  readonly gb = new Float64Array(8 * TERMS);
  readonly gi = new Float64Array(8);
  readonly gt = new Float64Array(8);
  readonly bb = new Float64Array(TERMS * TERMS);
  readonly bi = new Float64Array(TERMS);
  readonly bt = new Float64Array(TERMS);
  ii = 0;
  it = 0;
  tt = 0;
  weight = 0;
  total = 0;
  seen = 0;
  private readonly ci = new Float64Array(TERMS);
  private readonly ct = new Float64Array(TERMS);
  private readonly m = new Float64Array(TERMS * TERMS);
  private readonly mg = new Float64Array(8 * TERMS);
  private readonly out = {
    gg: new Float64Array(64),
    gi: new Float64Array(8),
    gt: new Float64Array(8),
    ii: 0,
    it: 0,
    tt: 0,
    corr: 0,
  };

  clear(): void {
    this.gg.fill(0);
    this.gb.fill(0);
    this.gi.fill(0);
    this.gt.fill(0);
    this.bb.fill(0);
    this.bi.fill(0);
    this.bt.fill(0);
    this.ii = 0;
    this.it = 0;
    this.tt = 0;
    this.weight = 0;
    this.total = 0;
    this.seen = 0;
  }

  /**
   * Projects the photometric terms out: the picture's and the logo's residuals after their best fit of the
   * terms, and the Jacobian's. Null when too little of the logo was seen or either side is flat.
   */
  finish(np: number): typeof this.out | null {
    if (this.weight <= 0 || this.weight < 0.6 * this.total) return null;
    this.seen = this.weight / this.total;
    const o = this.out;
    // ci = (BᵀWB)⁻¹ BᵀWi, ct likewise.
    this.m.set(this.bb);
    if (!solveSymmetric(this.m, this.bi, TERMS, this.ci)) return null;
    this.m.set(this.bb);
    if (!solveSymmetric(this.m, this.bt, TERMS, this.ct)) return null;
    o.ii = this.ii;
    o.it = this.it;
    o.tt = this.tt;
    for (let a = 0; a < TERMS; a++) {
      o.ii -= this.bi[a]! * this.ci[a]!;
      o.it -= this.bi[a]! * this.ct[a]!;
      o.tt -= this.bt[a]! * this.ct[a]!;
    }
    if (!(o.ii > 1e-6 * this.weight) || !(o.tt > 1e-6 * this.weight)) return null;
    o.corr = o.it / Math.sqrt(o.ii * o.tt);
    // mg = (BᵀWB)⁻¹ (GᵀWB)ᵀ, column by column.
    const column = new Float64Array(TERMS);
    const solved = new Float64Array(TERMS);
    for (let a = 0; a < np; a++) {
      for (let b = 0; b < TERMS; b++) column[b] = this.gb[a * TERMS + b]!;
      this.m.set(this.bb);
      if (!solveSymmetric(this.m, column, TERMS, solved)) return null;
      for (let b = 0; b < TERMS; b++) this.mg[a * TERMS + b] = solved[b]!;
    }
    for (let a = 0; a < np; a++) {
      let gi = this.gi[a]!;
      let gt = this.gt[a]!;
      for (let b = 0; b < TERMS; b++) {
        gi -= this.gb[a * TERMS + b]! * this.ci[b]!;
        gt -= this.gb[a * TERMS + b]! * this.ct[b]!;
      }
      o.gi[a] = gi;
      o.gt[a] = gt;
      for (let c = 0; c <= a; c++) {
        let g = this.gg[a * 8 + c]!;
        for (let b = 0; b < TERMS; b++) g -= this.gb[a * TERMS + b]! * this.mg[c * TERMS + b]!;
        o.gg[a * np + c] = g;
        o.gg[c * np + a] = g;
      }
    }
    return o;
  }
}

/** One pass: samples the picture (and its gradient) under the pose at every cell and gathers the sums. */
function accumulate(
  level: Level,
  scale: number,
  t: TemplateLevel,
  p: Float64Array,
  np: number,
  s: Sums,
): boolean {
  s.clear();
  const { width, height, data, gx, gy } = level;
  const [p0, p1, p2, p3, p4, p5, p6, p7] = p as unknown as number[];
  const g = new Float64Array(8);
  const b = new Float64Array(TERMS);
  const { gg, gb, gi, gt, bb, bi, bt } = s;
  for (let k = 0; k < t.count; k++) {
    const w = t.weight[k]!;
    s.total += w;
    const u = t.u[k]!;
    const v = t.v[k]!;
    const d = p6! * u + p7! * v + 1;
    if (!(d > 1e-3)) continue;
    const X = (p0! * u + p1! * v + p2!) / d;
    const Y = (p3! * u + p4! * v + p5!) / d;
    // Bilinear sample at the level's coordinates (pixel centres at +0.5).
    const fx = X * scale - 0.5;
    const fy = Y * scale - 0.5;
    if (!(fx >= 0 && fy >= 0 && fx < width - 1 && fy < height - 1)) continue;
    const ix = fx | 0;
    const iy = fy | 0;
    const ax = fx - ix;
    const ay = fy - iy;
    const i00 = iy * width + ix;
    const w00 = (1 - ax) * (1 - ay);
    const w01 = ax * (1 - ay);
    const w10 = (1 - ax) * ay;
    const w11 = ax * ay;
    const I =
      data[i00]! * w00 + data[i00 + 1]! * w01 + data[i00 + width]! * w10 + data[i00 + width + 1]! * w11;
    // The gradient per working-picture pixel.
    const Ix =
      (gx[i00]! * w00 + gx[i00 + 1]! * w01 + gx[i00 + width]! * w10 + gx[i00 + width + 1]! * w11) * scale;
    const Iy =
      (gy[i00]! * w00 + gy[i00 + 1]! * w01 + gy[i00 + width]! * w10 + gy[i00 + width + 1]! * w11) * scale;
    const T = t.luma[k]!;
    const id = 1 / d;
    g[0] = Ix * u * id;
    g[1] = Ix * v * id;
    g[2] = Ix * id;
    g[3] = Iy * u * id;
    g[4] = Iy * v * id;
    g[5] = Iy * id;
    if (np > 6) {
      const r = -(Ix * X + Iy * Y) * id;
      g[6] = r * u;
      g[7] = r * v;
    }
    b[0] = 1;
    b[1] = u;
    b[2] = v;
    s.weight += w;
    for (let a = 0; a < np; a++) {
      const wa = w * g[a]!;
      for (let c = 0; c <= a; c++) gg[a * 8 + c]! += wa * g[c]!;
      for (let c = 0; c < TERMS; c++) gb[a * TERMS + c]! += wa * b[c]!;
      gi[a]! += wa * I;
      gt[a]! += wa * T;
    }
    for (let a = 0; a < TERMS; a++) {
      const wa = w * b[a]!;
      for (let c = 0; c < TERMS; c++) bb[a * TERMS + c]! += wa * b[c]!;
      bi[a]! += wa * I;
      bt[a]! += wa * T;
    }
    s.ii += w * I * I;
    s.it += w * I * T;
    s.tt += w * T * T;
  }
  // Only the lower triangle of GᵀWG was gathered.
  for (let a = 0; a < np; a++) for (let c = a + 1; c < np; c++) gg[a * 8 + c] = gg[c * 8 + a]!;
  return s.total > 0;
}
