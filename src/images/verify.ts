/**
 * The verdict on a fitted pose: is it the logo, or something like it?
 *
 * The picture under the pose is explained by the logo with one photometric fit for the whole (gain, offset and a
 * ramp of light). A copy of the logo leaves only noise, spread evenly: JPEG blocks, blur, grain, cloth, what
 * shows through a watermark. Another school's crest with the same shield, colours and layout fits the whole just
 * as well but leaves its difference in one place, where its emblem or initials are. So the logo's box is cut
 * into overlapping windows and the windows' unexplained energy is measured: the worst against the logo's
 * contrast, the worst beyond the typical (median) window against the window's own contrast, and the worst
 * when each window may shift a pixel or two on its own (a print that is not flat gains from that, a
 * different emblem hardly). With the whole logo's correlation, how much of its detail is seen and its size,
 * these features are weighed by a logistic model fitted on the tune part of the wild set (WEIGHTS).
 *
 * Something in front of the logo (a hand, a post, a head) leaves a large flat region, reaching the logo's
 * outline, where the logo has detail or another colour: such regions are taken as hidden and left out (and
 * lower what is seen). A different emblem is inside the logo, next to the field it should be on, so it is not.
 */
import type { Pyramid } from './align';
import type { Pose } from './geometry';
import type { TemplateLevel } from './model';

export interface Verdict {
  /** How sure it is the logo, 0 to 1: `features` weighed by `WEIGHTS`. */
  score: number;
  /**
   * The whole logo's correlation; how much less the worst window leaves unexplained when windows may shift on
   * their own; the worst window beyond the typical (median) one, against its own contrast; the detail seen;
   * log2 of the logo's width over 64 pixels; the worst window's unexplained energy when windows may shift, against
   * the logo's contrast.
   */
  features: number[];
  /** The whole logo's correlation with the picture over the cells seen (mean and ramp of light removed). */
  whole: number;
  /** The worst window's unexplained energy, against the logo's contrast. */
  worst: number;
  /** Fraction of the logo's detail seen (inside the picture and not hidden). */
  seen: number;
}

export interface VerifyOptions {
  /** Windows per side of the logo's box (they overlap by half). */
  windows: number;
  /** A window's own contrast counts at least this fraction of the logo's, when its energy is compared. */
  floor: number;
  /** A cell is flat when the picture's spread around it is under this fraction of the logo's contrast. */
  flat: number;
  /** A flat region counts as hidden from this fraction of the logo's cells, if it touches the logo's edge. */
  region: number;
}

export const VERIFY: VerifyOptions = { windows: 6, floor: 0.5, flat: 0.35, region: 0.04 };

/**
 * The weights of the verdict's logistic model over `features` (the last is the bias), fitted on the tune part of
 * the wild set by test/images/set/fit-verdict.ts, never on its test part.
 */
export const WEIGHTS = [0, 1.328, -1.851, 3.039, 0.033, -1.349, -1.377];

/** Below these the verdict is no without asking the model: nothing like them is the logo in the tune part. */
const MIN_WHOLE = 0.6;
const MIN_SEEN = 0.5;

export function logistic(features: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let z = weights[features.length] ?? 0;
  for (let i = 0; i < features.length; i++) z += weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

export function verify(
  pyramid: Pyramid,
  k: number,
  t: TemplateLevel,
  pose: Pose,
  o: VerifyOptions = VERIFY,
): Verdict | null {
  /** The logo's width in the working picture's pixels. */
  const hu = Math.max(...t.u.map(Math.abs)) + 1 / t.cols;
  const logoPixels = Math.hypot(pose[0]!, pose[3]!) * 2 * hu;
  const level = pyramid.level(k);
  const scale = 2 ** -Math.max(0, Math.min(pyramid.depth - 1, k));
  const { width, height, data } = level;
  const [p0, p1, p2, p3, p4, p5, p6, p7] = pose as unknown as number[];
  const n = t.count;
  // Where each cell falls in the picture (this level's sample grid), and the picture there (NaN outside).
  const px = new Float32Array(n);
  const py = new Float32Array(n);
  const sample = (x: number, y: number): number => {
    if (!(x >= 0 && y >= 0 && x < width - 1 && y < height - 1)) return Number.NaN;
    const ix = x | 0;
    const iy = y | 0;
    const ax = x - ix;
    const ay = y - iy;
    const i = iy * width + ix;
    return (
      data[i]! * (1 - ax) * (1 - ay) +
      data[i + 1]! * ax * (1 - ay) +
      data[i + width]! * (1 - ax) * ay +
      data[i + width + 1]! * ax * ay
    );
  };
  const I = new Float32Array(n);
  for (let c = 0; c < n; c++) {
    const u = t.u[c]!;
    const v = t.v[c]!;
    const d = p6! * u + p7! * v + 1;
    px[c] = d > 1e-3 ? ((p0! * u + p1! * v + p2!) / d) * scale - 0.5 : Number.NaN;
    py[c] = d > 1e-3 ? ((p3! * u + p4! * v + p5!) / d) * scale - 0.5 : Number.NaN;
    I[c] = sample(px[c]!, py[c]!);
  }
  const visible = Uint8Array.from(I, (x) => (Number.isNaN(x) ? 0 : 1));
  let fit = photometric(t, I, visible);
  if (!fit) return null;
  // Hidden regions: flat in the picture and not what the logo predicts, large, and reaching the logo's edge.
  const hidden = hiddenCells(t, I, visible, fit, o);
  if (hidden) {
    for (let c = 0; c < n; c++) if (hidden[c]) visible[c] = 0;
    fit = photometric(t, I, visible) ?? fit;
  }
  const { lambda, logoVar } = fit;
  // The residual of every seen cell, the ramp of light and the logo's part taken off.
  const residual = new Float32Array(n);
  for (let c = 0; c < n; c++) {
    residual[c] = visible[c]
      ? I[c]! - fit.a - fit.b * t.u[c]! - fit.c * t.v[c]! - lambda * t.luma[c]!
      : Number.NaN;
  }
  // Windows: a grid of 2·W − 1 per side, each spanning 2 × 2 of the 2W × 2W half-cells over the box.
  const halves = 2 * o.windows;
  const perSide = halves - 1;
  const count = perSide * perSide;
  const sw = new Float64Array(count);
  const all = new Float64Array(count);
  const sr = new Float64Array(count);
  const srr = new Float64Array(count);
  const st = new Float64Array(count);
  const stt = new Float64Array(count);
  for (let c = 0; c < n; c++) {
    const col = t.cell[c]! % t.cols;
    const row = (t.cell[c]! - col) / t.cols;
    const gx = Math.min(halves - 1, Math.floor(((col + 0.5) / t.cols) * halves));
    const gy = Math.min(halves - 1, Math.floor(((row + 0.5) / t.rows) * halves));
    const w = t.weight[c]!;
    const r = residual[c]!;
    const T = t.luma[c]!;
    for (let wy = Math.max(0, gy - 1); wy <= Math.min(perSide - 1, gy); wy++) {
      for (let wx = Math.max(0, gx - 1); wx <= Math.min(perSide - 1, gx); wx++) {
        const b = wy * perSide + wx;
        all[b]! += w;
        st[b]! += w * T;
        stt[b]! += w * T * T;
        if (Number.isNaN(r)) continue;
        sw[b]! += w;
        sr[b]! += w * r;
        srr[b]! += w * r * r;
      }
    }
  }
  const energy: number[] = [];
  const windowEnergy = new Float64Array(count).fill(Number.NaN);
  for (let b = 0; b < count; b++) {
    if (sw[b]! < 0.5 * all[b]! || sw[b]! <= 0) continue;
    // Unexplained energy: the residual's spread within the window (its mean is light, not logo).
    const e = Math.max(0, srr[b]! / sw[b]! - (sr[b]! / sw[b]!) ** 2);
    windowEnergy[b] = e;
    energy.push(e);
  }
  if (energy.length === 0) return null;
  energy.sort((x, y) => x - y);
  const typical = energy[energy.length >> 1]!;
  const global = lambda * lambda * logoVar;
  const shifted = shiftedWorst(
    t,
    px,
    py,
    sample,
    visible,
    fit,
    halves,
    perSide,
    Math.max(1, Math.round(0.02 * logoPixels * scale)),
  );
  let worst = 0;
  let excess = 0;
  for (let b = 0; b < count; b++) {
    const e = windowEnergy[b]!;
    if (Number.isNaN(e)) continue;
    const own = Math.max(0, stt[b]! / all[b]! - (st[b]! / all[b]!) ** 2);
    worst = Math.max(worst, e / global);
    excess = Math.max(excess, (e - typical) / (lambda * lambda * Math.max(own, o.floor * logoVar)));
  }
  const seen = detailSeen(t, visible);
  const size = Math.log2(Math.max(16, logoPixels) / 64);
  const features = [
    fit.whole,
    // How much the windows gain by shifting on their own: a print that is bent gains much.
    Math.max(0, Math.min(3, worst) - Math.min(3, shifted / global)),
    Math.max(-1, Math.min(5, excess)),
    seen,
    size,
    Math.min(3, shifted / global),
  ];
  // Poses the model was never shown: a logo mostly unseen, or fitting worse than a photo of it ever does.
  const plausible = fit.whole >= MIN_WHOLE && seen >= MIN_SEEN;
  return { score: plausible ? logistic(features) : 0, features, whole: fit.whole, worst, seen };
}

/**
 * The worst window's unexplained energy when each window may shift on its own by up to `reach` pixels (cloth,
 * a print not quite flat): a copy of the logo that is bent gains much from it, a different emblem little.
 */
function shiftedWorst(
  t: TemplateLevel,
  px: Float32Array,
  py: Float32Array,
  sample: (x: number, y: number) => number,
  visible: Uint8Array,
  fit: Photometric,
  halves: number,
  perSide: number,
  reach: number,
): number {
  const n = t.count;
  const count = perSide * perSide;
  const windowOf = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const col = t.cell[c]! % t.cols;
    const row = (t.cell[c]! - col) / t.cols;
    const gx = Math.min(halves - 1, Math.floor(((col + 0.5) / t.cols) * halves));
    const gy = Math.min(halves - 1, Math.floor(((row + 0.5) / t.rows) * halves));
    windowOf[c] = gy * halves + gx;
  }
  const best = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const all = new Float64Array(count);
  const sw = new Float64Array(count);
  const sr = new Float64Array(count);
  const srr = new Float64Array(count);
  for (let c = 0; c < n; c++) {
    const h = windowOf[c]!;
    const gx = h % halves;
    const gy = (h - gx) / halves;
    for (let wy = Math.max(0, gy - 1); wy <= Math.min(perSide - 1, gy); wy++)
      for (let wx = Math.max(0, gx - 1); wx <= Math.min(perSide - 1, gx); wx++)
        all[wy * perSide + wx]! += t.weight[c]!;
  }
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) {
      sw.fill(0);
      sr.fill(0);
      srr.fill(0);
      for (let c = 0; c < n; c++) {
        if (!visible[c]) continue;
        const value = sample(px[c]! + dx, py[c]! + dy);
        if (Number.isNaN(value)) continue;
        const r = value - fit.a - fit.b * t.u[c]! - fit.c * t.v[c]! - fit.lambda * t.luma[c]!;
        const w = t.weight[c]!;
        const h = windowOf[c]!;
        const gx = h % halves;
        const gy = (h - gx) / halves;
        for (let wy = Math.max(0, gy - 1); wy <= Math.min(perSide - 1, gy); wy++) {
          for (let wx = Math.max(0, gx - 1); wx <= Math.min(perSide - 1, gx); wx++) {
            const b = wy * perSide + wx;
            sw[b]! += w;
            sr[b]! += w * r;
            srr[b]! += w * r * r;
          }
        }
      }
      for (let b = 0; b < count; b++) {
        if (sw[b]! < 0.5 * all[b]! || sw[b]! <= 0) continue;
        const e = Math.max(0, srr[b]! / sw[b]! - (sr[b]! / sw[b]!) ** 2);
        if (e < best[b]!) best[b] = e;
      }
    }
  }
  let worst = 0;
  for (let b = 0; b < count; b++) if (Number.isFinite(best[b]!)) worst = Math.max(worst, best[b]!);
  return worst;
}

interface Photometric {
  lambda: number;
  a: number;
  b: number;
  c: number;
  whole: number;
  logoVar: number;
}

/**
 * The whole logo's fit over the cells seen: picture ≈ a + b·u + c·v + λ·logo by weighted least squares, and
 * the correlation of picture and logo with the mean and ramp removed from both.
 */
function photometric(t: TemplateLevel, I: Float32Array, visible: Uint8Array): Photometric | null {
  const A = new Float64Array(16);
  const r = new Float64Array(4);
  let ii = 0;
  let W = 0;
  const x = [1, 0, 0, 0];
  for (let k = 0; k < t.count; k++) {
    if (!visible[k]) continue;
    const value = I[k]!;
    const w = t.weight[k]!;
    x[1] = t.u[k]!;
    x[2] = t.v[k]!;
    x[3] = t.luma[k]!;
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 4; b++) A[a * 4 + b]! += w * x[a]! * x[b]!;
      r[a]! += w * x[a]! * value;
    }
    ii += w * value * value;
    W += w;
  }
  if (W <= 0) return null;
  // Eliminate [1, u, v]: the logo's and the picture's residuals after their own mean and ramp.
  const inv = invert3([
    [A[0]!, A[1]!, A[2]!],
    [A[4]!, A[5]!, A[6]!],
    [A[8]!, A[9]!, A[10]!],
  ]);
  if (!inv) return null;
  const bt = [A[3]!, A[7]!, A[11]!];
  const bi = [r[0]!, r[1]!, r[2]!];
  const ct = mul3(inv, bt);
  const ci = mul3(inv, bi);
  const tt = A[15]! - dot3(bt, ct);
  const it = r[3]! - dot3(bi, ct);
  const iiR = ii - dot3(bi, ci);
  if (!(tt > 1e-6 * W) || !(iiR > 1e-6 * W)) return null;
  const lambda = it / tt;
  return {
    lambda,
    a: ci[0]! - lambda * ct[0]!,
    b: ci[1]! - lambda * ct[1]!,
    c: ci[2]! - lambda * ct[2]!,
    whole: it / Math.sqrt(tt * iiR),
    logoVar: tt / W,
  };
}

/** Cells of the grid next to a cell (4-neighbours), as indices among the logo's cells (−1 where none). */
function neighbours(t: TemplateLevel, c: number): number[] {
  const i = t.cell[c]!;
  const col = i % t.cols;
  const out: number[] = [];
  out.push(col > 0 ? t.at[i - 1]! : -1);
  out.push(col < t.cols - 1 ? t.at[i + 1]! : -1);
  out.push(i >= t.cols ? t.at[i - t.cols]! : -1);
  out.push(i + t.cols < t.cols * t.rows ? t.at[i + t.cols]! : -1);
  return out;
}

/**
 * Cells hidden by something in front of the logo, or null when none: connected regions of cells where the
 * picture is flat while the logo has an edge there, or is not what the logo predicts (a hand over the field is
 * not the field's colour), at least `region` of the logo, reaching the logo's outline or the picture's edge,
 * grown by one cell to take in the hiding thing's own edge. Where another crest differs (its emblem), the
 * field around it is what the logo predicts, so such a region stays inside the logo and small.
 */
function hiddenCells(
  t: TemplateLevel,
  I: Float32Array,
  visible: Uint8Array,
  fit: Photometric,
  o: VerifyOptions,
): Uint8Array | null {
  const n = t.count;
  const contrast = Math.abs(fit.lambda) * Math.sqrt(fit.logoVar);
  const suspect = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    if (!visible[c]) continue;
    const predicted = fit.a + fit.b * t.u[c]! + fit.c * t.v[c]! + fit.lambda * t.luma[c]!;
    const wrong = Math.abs(I[c]! - predicted) >= 0.5 * contrast;
    let s1 = 0;
    let s2 = 0;
    let l1 = 0;
    let l2 = 0;
    let m = 0;
    for (const k of [c, ...neighbours(t, c)]) {
      if (k < 0 || !visible[k]) continue;
      s1 += I[k]!;
      s2 += I[k]! ** 2;
      l1 += t.luma[k]!;
      l2 += t.luma[k]! ** 2;
      m++;
    }
    if (m < 3) continue;
    const flat = Math.sqrt(Math.max(0, s2 / m - (s1 / m) ** 2)) < o.flat * contrast;
    // Detail the logo has here (an edge) that the picture does not show.
    const detail = Math.abs(fit.lambda) * Math.sqrt(Math.max(0, l2 / m - (l1 / m) ** 2)) >= 0.5 * contrast;
    if (flat && (wrong || detail)) suspect[c] = 1;
  }
  // Suspect cells a couple of cells apart belong together (a post crosses the field, which it may match).
  const joined = new Uint8Array(n);
  for (let c = 0; c < n; c++) if (suspect[c]) joined[c] = 1;
  for (let step = 0; step < 2; step++) {
    const grown = Uint8Array.from(joined);
    for (let c = 0; c < n; c++) {
      if (!joined[c]) continue;
      for (const k of neighbours(t, c)) if (k >= 0 && visible[k]) grown[k] = 1;
    }
    joined.set(grown);
  }
  const seen = new Uint8Array(n);
  const hidden = new Uint8Array(n);
  let any = false;
  for (let start = 0; start < n; start++) {
    if (!suspect[start] || seen[start]) continue;
    const members: number[] = [start];
    seen[start] = 1;
    let edge = false;
    let count = 0;
    for (let q = 0; q < members.length; q++) {
      const c = members[q]!;
      if (suspect[c]) count++;
      if (t.edge[c]! <= 2) edge = true;
      for (const k of neighbours(t, c)) {
        if (k < 0 || !visible[k]) {
          edge = true;
          continue;
        }
        if (seen[k] || !joined[k]) continue;
        seen[k] = 1;
        members.push(k);
      }
    }
    if (!edge || count === 0 || members.length < o.region * n) continue;
    any = true;
    for (const c of members) {
      if (!suspect[c]) continue;
      hidden[c] = 1;
      for (const k of neighbours(t, c)) if (k >= 0) hidden[k] = 1;
    }
  }
  return any ? hidden : null;
}

/** The fraction of the logo's detail (each cell's contrast with its neighbours, weighted) in cells seen. */
function detailSeen(t: TemplateLevel, visible: Uint8Array): number {
  let total = 0;
  let seen = 0;
  for (let c = 0; c < t.count; c++) {
    let d = 0;
    for (const k of neighbours(t, c)) if (k >= 0) d += Math.abs(t.luma[k]! - t.luma[c]!);
    const amount = t.weight[c]! * d;
    total += amount;
    if (visible[c]) seen += amount;
  }
  return total > 0 ? seen / total : 0;
}

function dot3(a: number[], b: number[]): number {
  return a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
}

function mul3(m: number[][], v: number[]): number[] {
  return m.map((row) => dot3(row, v));
}

function invert3(m: number[][]): number[][] | null {
  const [[a, b, c], [d, e, f], [g, h, i]] = m as [
    [number, number, number],
    [number, number, number],
    [number, number, number],
  ];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (!(Math.abs(det) > 1e-12)) return null;
  return [
    [A / det, -(b * i - c * h) / det, (b * f - c * e) / det],
    [B / det, (a * i - c * g) / det, -(a * f - c * d) / det],
    [C / det, -(a * h - b * g) / det, (a * e - b * d) / det],
  ];
}
