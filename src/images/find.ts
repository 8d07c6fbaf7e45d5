/**
 * `findLogo`: does a picture show one of the school's logos, and where?
 *
 * 0. A plain frame (a border someone added, letterboxing, a logo file's blank margin) is trimmed off: cells
 *    beyond it count as outside the picture, so a crest cropped and then framed still lines up.
 * 1. Search: for window widths from 13 % of the picture's width up to the whole picture (and a little past its
 *    edges, for logos cropped by up to 12 % a side), in steps of 12 %, a window with the logo's aspect ratio
 *    slides one coarse cell at a time. Each window's coarse grid of cell means (about 12 × 12) comes from a
 *    lattice of cell means computed once per scale from the summed-area table, so a window costs O(cells).
 *    Windows are scored by normalised cross-correlation (zero mean, unit variance: brightness and contrast
 *    drop out; colour shifts too, as only luminance is compared) against the logo's coarse grid.
 * 2. Refine: the best 8 windows (after non-maximum suppression) climb by pattern search over the box's edges
 *    on the fine grid (about 28 × 28 cells), within ±10 % of the logo's aspect ratio; the best 2 climb further
 *    with finer steps and turns of up to ±6°.
 * 3. Verdict: the refined window's fine grid is cut into blocks of about 7 × 7 cells, and each block with
 *    detail of its own is correlated on its own. The score is the weakest block (never above the whole
 *    window's correlation), less a cost for windows too small to hold much detail. A different crest with the
 *    same shield, border and band but another emblem or other initials matches the whole window well (0.9+)
 *    but not in the emblem's or the initials' blocks.
 *
 * The correlations are over the logo's shape only when it has one (the cells its shape covers, weighted by
 * coverage): in a photo the crest sits on a blazer or a wall, not on the logo file's white. A logo that fills
 * its box (no background of its own) is compared over the whole box.
 */
import { GridScratch, INSIDE, Integral, sampleGrid, sampleTurned } from './integral';
import { toPlanes } from './planes';
import type { FindOptions, LogoMatch, LogoPrint, PixelImage, PrintGrid } from './types';

/** Longest side of the working picture: larger inputs are area-averaged down to this first. */
export const WORK_SIZE = 512;
/** Default decision threshold on the score (tuned on the generated test set, see test/images/set/). */
export const DEFAULT_THRESHOLD = 0.7;

/** Search parameters (for evaluation scripts; the defaults are the tuned ones). */
export interface SearchParams {
  /** Smallest window width, as a fraction of the picture's width. */
  minWidth: number;
  /** How far (fraction of the window) a window may reach past each edge of the picture. */
  crop: number;
  /** Ratio between successive window widths. */
  scaleStep: number;
  /** Windows kept for refinement after non-maximum suppression. */
  candidates: number;
  /** Of those, how many get the final refinement (turns, finer steps) and the block verdict. */
  finalists: number;
  /** Aspect ratio slack allowed in refinement (0.1 = ±10 %). */
  aspectSlack: number;
  /** Smallest fraction of the template's weight that must fall inside the picture. */
  minInside: number;
}

export const DEFAULT_PARAMS: SearchParams = {
  minWidth: 0.13,
  crop: 0.12,
  scaleStep: 1.12,
  candidates: 8,
  finalists: 2,
  aspectSlack: 0.1,
  minInside: 0.7,
};

/** Windows smaller than this (pixels, either side) are not searched. */
const MIN_WINDOW = 12;
/** A window whose luminance varies less than this (standard deviation, 0–255) is flat: score 0. */
const MIN_STD = 2;

/** One grid of a print, ready to correlate. */
interface Template {
  cols: number;
  rows: number;
  n: number;
  /** Whole box: zero-mean, unit-norm template. */
  full: Float32Array;
  /** Shape: per-cell weights, weighted zero-mean unit-norm deviations, and their product; null if none. */
  weights: Float32Array | null;
  dev: Float32Array | null;
  shape: Float32Array | null;
  weightSum: number;
  /** Parts of the grid (about 7 × 7 cells) with enough detail of their own to be compared on their own. */
  blocks: Block[];
}

interface Block {
  /** Cell indices in the grid. */
  cells: Int32Array;
  /** The part's own contrast (standard deviation of its cells, 0–255). */
  contrast: number;
}

interface Prepared {
  aspect: number;
  coarse: Template;
  fine: Template;
}

/** The two correlations of a window. */
export interface Scores {
  full: number;
  shape: number;
}

export interface Candidate extends Scores {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value windows are ranked and decided on. */
  score: number;
  /** Correlations of the logo's blocks (fine grid), after refinement. */
  blocks?: number[];
  /** How far the window is turned (radians, clockwise on screen), after refinement. */
  turn?: number;
}

const prepared = new WeakMap<LogoPrint, Prepared | null>();

function prepareGrid(grid: PrintGrid | undefined): Template | null {
  if (!grid || typeof grid !== 'object') return null;
  const { cols, rows, luma, cover } = grid;
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 2 || rows < 2 || cols > 64 || rows > 64) {
    return null;
  }
  const n = cols * rows;
  if (!Array.isArray(luma) || luma.length !== n || !luma.every((v) => Number.isFinite(v))) return null;
  let mean = 0;
  for (const v of luma) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of luma) ss += (v - mean) ** 2;
  if (Math.sqrt(ss / n) < MIN_STD) return null;
  const norm = Math.sqrt(ss);
  const full = Float32Array.from(luma, (v) => (v - mean) / norm);
  let weights: Float32Array | null = null;
  let dev: Float32Array | null = null;
  let shape: Float32Array | null = null;
  let weightSum = 0;
  if (Array.isArray(cover) && cover.length === n && cover.every((v) => Number.isFinite(v))) {
    const w = Float32Array.from(cover, (c) => Math.max(0, Math.min(1, (c / 255 - 0.4) / 0.5)));
    let sw = 0;
    let swt = 0;
    for (let i = 0; i < n; i++) {
      sw += w[i]!;
      swt += w[i]! * luma[i]!;
    }
    if (sw >= 0.15 * n) {
      const wm = swt / sw;
      let swdd = 0;
      for (let i = 0; i < n; i++) swdd += w[i]! * (luma[i]! - wm) ** 2;
      if (Math.sqrt(swdd / sw) >= MIN_STD) {
        const wn = Math.sqrt(swdd);
        weights = w;
        dev = Float32Array.from(luma, (v) => (v - wm) / wn);
        shape = Float32Array.from(dev, (d, i) => d * w[i]!);
        weightSum = sw;
      }
    }
  }
  const t: Template = { cols, rows, n, full, weights, dev, shape, weightSum, blocks: [] };
  t.blocks = blocksOf(t, luma);
  return t;
}

/** Block size in cells, and the least contrast (as a fraction of the whole logo's) a block needs to count. */
const BLOCK_CELLS = 7;
const BLOCK_CONTRAST = 0.35;

/**
 * The logo's blocks: its fine grid cut into parts of about 7 × 7 cells, keeping those the shape covers enough
 * of and that have detail of their own (a part that is all field colour says nothing by itself).
 */
function blocksOf(t: Template, luma: number[]): Block[] {
  const bx = Math.max(1, Math.round(t.cols / BLOCK_CELLS));
  const by = Math.max(1, Math.round(t.rows / BLOCK_CELLS));
  const stats = (cells: number[]) => {
    let sw = 0;
    let s1 = 0;
    let s2 = 0;
    for (const i of cells) {
      const w = t.weights ? t.weights[i]! : 1;
      sw += w;
      s1 += w * luma[i]!;
      s2 += w * luma[i]! * luma[i]!;
    }
    return { sw, std: sw > 0 ? Math.sqrt(Math.max(0, s2 / sw - (s1 / sw) ** 2)) : 0 };
  };
  const all = stats(Array.from({ length: t.n }, (_, i) => i));
  const blocks: Block[] = [];
  for (let j = 0; j < by; j++) {
    for (let i = 0; i < bx; i++) {
      const cells: number[] = [];
      const c0 = Math.round((i * t.cols) / bx);
      const c1 = Math.round(((i + 1) * t.cols) / bx);
      const r0 = Math.round((j * t.rows) / by);
      const r1 = Math.round(((j + 1) * t.rows) / by);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) cells.push(r * t.cols + c);
      const { sw, std } = stats(cells);
      if (sw >= 0.3 * cells.length && std >= BLOCK_CONTRAST * all.std) {
        blocks.push({ cells: Int32Array.from(cells), contrast: std });
      }
    }
  }
  return blocks;
}

function prepare(print: LogoPrint): Prepared | null {
  if (!print || typeof print !== 'object') return null;
  if (prepared.has(print)) return prepared.get(print)!;
  let result: Prepared | null = null;
  if (print.v === 1) {
    const coarse = prepareGrid(print.coarse);
    const fine = prepareGrid(print.fine);
    const aspect = print.width / print.height;
    if (coarse && fine && Number.isFinite(aspect) && aspect > 0) {
      // Both grids must agree on whether there is a shape.
      if (!coarse.shape || !fine.shape) {
        coarse.shape = fine.shape = null;
        coarse.weights = fine.weights = null;
        coarse.dev = fine.dev = null;
      }
      result = { aspect, coarse, fine };
    }
  }
  prepared.set(print, result);
  return result;
}

/** The decision value from the two correlations: the shape's when the logo has one. */
function decide(t: Template, s: Scores): number {
  return t.shape ? s.shape : s.full;
}

/**
 * Correlations of a grid of cell values (NaN where outside the picture) with a template. The fast path is for
 * a grid with every cell inside.
 */
function correlate(t: Template, v: Float32Array, minInside: number, out: Scores, decisionOnly = false): void {
  out.full = 0;
  out.shape = 0;
  const n = t.n;
  let nanFree = true;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(v[i]!)) {
      nanFree = false;
      break;
    }
  }
  if (nanFree) {
    if (!(decisionOnly && t.shape)) {
      let s1 = 0;
      let s2 = 0;
      let df = 0;
      for (let i = 0; i < n; i++) {
        const x = v[i]!;
        s1 += x;
        s2 += x * x;
        df += t.full[i]! * x;
      }
      const vv = s2 - (s1 * s1) / n;
      if (vv > MIN_STD * MIN_STD * n) out.full = df / Math.sqrt(vv);
    }
    if (t.shape) {
      const w = t.weights!;
      const a = t.shape;
      let w1 = 0;
      let w2 = 0;
      let ds = 0;
      for (let i = 0; i < n; i++) {
        const x = v[i]!;
        const wi = w[i]!;
        w1 += wi * x;
        w2 += wi * x * x;
        ds += a[i]! * x;
      }
      const wv = w2 - (w1 * w1) / t.weightSum;
      if (wv > MIN_STD * MIN_STD * t.weightSum) out.shape = ds / Math.sqrt(wv);
    }
    return;
  }
  if (!(decisionOnly && t.shape)) out.full = partial(null, t.full, v, n, minInside * n);
  if (t.shape) out.shape = partial(t.weights, t.dev!, v, n, minInside * t.weightSum);
}

/** Weighted correlation over the cells inside the picture only. */
function partial(
  w: Float32Array | null,
  d: Float32Array,
  v: Float32Array,
  n: number,
  minWeight: number,
): number {
  let sw = 0;
  let swd = 0;
  let swdd = 0;
  let swv = 0;
  let swvv = 0;
  let swdv = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    if (Number.isNaN(x)) continue;
    const wi = w ? w[i]! : 1;
    if (wi === 0) continue;
    const di = d[i]!;
    sw += wi;
    swd += wi * di;
    swdd += wi * di * di;
    swv += wi * x;
    swvv += wi * x * x;
    swdv += wi * di * x;
  }
  if (sw <= 0 || sw < minWeight) return 0;
  const vd = swdd - (swd * swd) / sw;
  const vv = swvv - (swv * swv) / sw;
  if (vv <= MIN_STD * MIN_STD * sw || vd <= 1e-9) return 0;
  return (swdv - (swd * swv) / sw) / Math.sqrt(vd * vv);
}

/** The correlation of each block of the template with the same cells of the window (NaN cells skipped). */
function blockScores(t: Template, v: Float32Array): number[] {
  const w = t.weights;
  const d = t.dev ?? t.full;
  return t.blocks.map((b) => {
    let sw = 0;
    let swd = 0;
    let swdd = 0;
    let swv = 0;
    let swvv = 0;
    let swdv = 0;
    let total = 0;
    for (const i of b.cells) {
      const wi = w ? w[i]! : 1;
      total += wi;
      const x = v[i]!;
      if (wi === 0 || Number.isNaN(x)) continue;
      const di = d[i]!;
      sw += wi;
      swd += wi * di;
      swdd += wi * di * di;
      swv += wi * x;
      swvv += wi * x * x;
      swdv += wi * di * x;
    }
    if (sw < 0.5 * total || sw <= 0) return Number.NaN;
    const vd = swdd - (swd * swd) / sw;
    const vv = swvv - (swv * swv) / sw;
    if (vd <= 1e-12) return Number.NaN;
    if (vv <= 1e-9) return 0;
    return (swdv - (swd * swv) / sw) / Math.sqrt(vd * vv);
  });
}

/**
 * The final score of a refined window: its weakest informative block (every part of the logo must be there),
 * and never more than the whole window's correlation.
 */
function verdict(global: number, blocks: number[]): number {
  let score = global;
  for (const b of blocks) if (b < score) score = b;
  return score;
}

const onesCache = new Map<number, Float32Array>();
function ones(n: number): Float32Array {
  let a = onesCache.get(n);
  if (!a) {
    a = new Float32Array(n).fill(1);
    onesCache.set(n, a);
  }
  return a;
}

/**
 * Small windows hold little detail (a crest 80 pixels wide in the working picture has letters a few pixels
 * high), so a look-alike can match them as well as the logo: they must match better. The cost rises from 0 at
 * a size (geometric mean of width and height) of 130 pixels to 0.15 at 90 pixels and below.
 */
function smallCost(width: number, height: number): number {
  const size = Math.sqrt(width * height);
  return 0.15 * Math.max(0, Math.min(1, (130 - size) / 40));
}

/** Coarse search: every window on every scale, scored on the coarse grid. */
function scan(integral: Integral, p: Prepared, params: SearchParams): Candidate[] {
  const { left, top } = integral;
  const W = integral.right - left;
  const H = integral.bottom - top;
  const t = p.coarse;
  const { cols, rows, n } = t;
  const crop = params.crop;
  const found: Candidate[] = [];
  const values = new Float32Array(n);
  const scores: Scores = { full: 0, shape: 0 };
  const fit = 1 - 2 * crop;
  const maxWidth = Math.min(W, H * p.aspect) / fit;
  const minWidth = Math.max(params.minWidth * integral.width, MIN_WINDOW);
  for (let ww = Math.min(minWidth, maxWidth); ww <= maxWidth * 1.0001; ww *= params.scaleStep) {
    const wh = ww / p.aspect;
    if (wh < MIN_WINDOW || ww < MIN_WINDOW) continue;
    const cw = ww / cols;
    const ch = wh / rows;
    const spanX = W - fit * ww;
    const spanY = H - fit * wh;
    if (spanX < -1e-6 || spanY < -1e-6) break;
    const nx = Math.floor(Math.max(0, spanX) / cw) + 1;
    const ny = Math.floor(Math.max(0, spanY) / ch) + 1;
    const x0 = left - crop * ww + (spanX - (nx - 1) * cw) / 2;
    const y0 = top - crop * wh + (spanY - (ny - 1) * ch) / 2;
    const mc = nx + cols - 1;
    const mr = ny + rows - 1;
    // Corner integrals of the lattice, then the lattice's cell means.
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
    // The decision mode's weights and weighted template (all ones and the plain template without a shape).
    const weights = t.weights ?? ones(n);
    const template = t.shape ?? t.full;
    const weightSum = t.shape ? t.weightSum : n;
    const floor = MIN_STD * MIN_STD * weightSum;
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
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
            dot += template[q]! * x;
          }
        }
        let score: number;
        if (inside) {
          const variance = w2 - (w1 * w1) / weightSum;
          score = variance > floor ? dot / Math.sqrt(variance) : 0;
          scores.full = t.shape ? 0 : score;
          scores.shape = t.shape ? score : 0;
        } else {
          for (let r = 0, q = 0; r < rows; r++) {
            const base = (j + r) * mc + i;
            for (let c = 0; c < cols; c++, q++) values[q] = map[base + c]!;
          }
          correlate(t, values, params.minInside, scores, true);
          score = decide(t, scores);
        }
        if (score > 0.2) {
          found.push({ x: x0 + i * cw, y: y0 + j * ch, width: ww, height: wh, score, ...scores });
        }
      }
    }
  }
  return found;
}

function overlap(a: Candidate, b: Candidate): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = x * y;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** The best windows, none overlapping a better one by more than 40 % (intersection over union). */
function suppress(found: Candidate[], keep: number): Candidate[] {
  found.sort((a, b) => b.score - a.score);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.length >= keep) break;
    if (kept.every((k) => overlap(k, c) <= 0.4)) kept.push(c);
  }
  return kept;
}

/** Largest turn tried in refinement, and the first step (radians). */
const MAX_TURN = (6 * Math.PI) / 180;
const TURN_STEP = (2 * Math.PI) / 180;
/** What stretching the window (per unit of aspect-ratio change) and turning it (per radian) cost in the climb. */
const STRETCH_COST = 0.25;
const TURN_COST = 0.5;

/**
 * Refines a window on the fine grid: a pattern search over the box's edges (one edge, two opposite ones
 * together for a shift, all four for a scale) and a small turn, within the aspect-ratio slack. Then scores the
 * refined window's blocks for the verdict.
 */
function refine(
  integral: Integral,
  p: Prepared,
  start: Candidate,
  params: SearchParams,
  stage: 'rough' | 'final',
): Candidate {
  const t = p.fine;
  const scratch = new GridScratch(t.cols, t.rows);
  const values = new Float32Array(t.n);
  const scores: Scores = { full: 0, shape: 0 };
  const W = integral.right - integral.left;
  const H = integral.bottom - integral.top;
  type Box = { x0: number; y0: number; x1: number; y1: number; turn: number };
  const sample = (b: Box) => {
    const w = b.x1 - b.x0;
    const h = b.y1 - b.y0;
    if (b.turn === 0) sampleGrid(integral, b.x0, b.y0, w, h, scratch, values);
    else sampleTurned(integral, b.x0, b.y0, w, h, b.turn, t.cols, t.rows, values);
  };
  const score = (b: Box): Candidate | null => {
    const w = b.x1 - b.x0;
    const h = b.y1 - b.y0;
    if (w < MIN_WINDOW || h < MIN_WINDOW || Math.abs(b.turn) > MAX_TURN + 1e-9) return null;
    if (Math.abs(w / h / p.aspect - 1) > params.aspectSlack + 1e-9) return null;
    if (w * (1 - 2 * params.crop) > W * 1.0001 || h * (1 - 2 * params.crop) > H * 1.0001) return null;
    sample(b);
    correlate(t, values, params.minInside, scores, true);
    // The climb is on the whole window's correlation, a little against stretching and turning: the window
    // keeps the logo's shape unless the picture clearly says otherwise.
    const aspect = Math.abs(w / h / p.aspect - 1);
    const score = decide(t, scores) - STRETCH_COST * aspect - TURN_COST * Math.abs(b.turn);
    return { x: b.x0, y: b.y0, width: w, height: h, turn: b.turn, score, ...scores };
  };
  const turning = stage === 'final';
  let box: Box = {
    x0: start.x,
    y0: start.y,
    x1: start.x + start.width,
    y1: start.y + start.height,
    turn: start.turn ?? 0,
  };
  let best = score(box) ?? { ...start, score: 0, full: 0, shape: 0 };
  let step = stage === 'rough' ? start.width / p.coarse.cols / 2 : start.width / t.cols;
  let turnStep = TURN_STEP;
  const minStep = start.width / t.cols / (stage === 'rough' ? 1 : 4);
  for (let round = 0; round < 60 && step >= minStep; round++) {
    const s = step;
    const ys = step / p.aspect;
    const { x0, y0, x1, y1, turn } = box;
    const moves: Box[] = [
      { x0: x0 - s, y0, x1: x1 - s, y1, turn },
      { x0: x0 + s, y0, x1: x1 + s, y1, turn },
      { x0, y0: y0 - ys, x1, y1: y1 - ys, turn },
      { x0, y0: y0 + ys, x1, y1: y1 + ys, turn },
      { x0: x0 - s, y0: y0 - ys, x1: x1 + s, y1: y1 + ys, turn },
      { x0: x0 + s, y0: y0 + ys, x1: x1 - s, y1: y1 - ys, turn },
      { x0: x0 - s, y0, x1, y1, turn },
      { x0: x0 + s, y0, x1, y1, turn },
      { x0, y0, x1: x1 - s, y1, turn },
      { x0, y0, x1: x1 + s, y1, turn },
      { x0, y0: y0 - ys, x1, y1, turn },
      { x0, y0: y0 + ys, x1, y1, turn },
      { x0, y0, x1, y1: y1 - ys, turn },
      { x0, y0, x1, y1: y1 + ys, turn },
    ];
    if (turning)
      moves.push({ x0, y0, x1, y1, turn: turn - turnStep }, { x0, y0, x1, y1, turn: turn + turnStep });
    let improved = false;
    for (const m of moves) {
      const c = score(m);
      if (c && c.score > best.score + 1e-4) {
        best = c;
        box = m;
        improved = true;
      }
    }
    if (!improved) {
      step /= 2;
      turnStep /= 2;
    }
  }
  if (stage === 'final') {
    // The verdict: the weakest informative block, at the refined window.
    sample(box);
    best.blocks = blockScores(t, values);
    best.score = verdict(decide(t, best), best.blocks) - smallCost(best.width, best.height);
  }
  return best;
}

/** Pixels within this (0–255) of a frame's colour count as the frame. */
const FRAME_TOLERANCE = 6;

/**
 * The picture without a plain frame: rows and columns at the edges that are (98 % of their pixels) one flat
 * colour, the same all round each side: a border someone added, letterboxing, or the blank margin of a logo
 * file. Never trims a side by more than 45 %.
 */
export function contentBox(
  luma: Float32Array,
  width: number,
  height: number,
): { left: number; top: number; right: number; bottom: number } {
  const flat = (start: number, step: number, count: number, colour: number) => {
    let near = 0;
    for (let k = 0, i = start; k < count; k++, i += step) {
      if (Math.abs(luma[i]! - colour) <= FRAME_TOLERANCE) near++;
    }
    return near >= 0.98 * count;
  };
  const side = (lines: number, line: (k: number) => { start: number; step: number; count: number }) => {
    const first = line(0);
    const values: number[] = [];
    for (let k = 0, i = first.start; k < first.count; k++, i += first.step) values.push(luma[i]!);
    values.sort((a, b) => a - b);
    const colour = values[values.length >> 1] ?? 0;
    let k = 0;
    const limit = Math.floor(lines * 0.45);
    while (k < limit) {
      const l = line(k);
      if (!flat(l.start, l.step, l.count, colour)) break;
      k++;
    }
    return k;
  };
  const top = side(height, (k) => ({ start: k * width, step: 1, count: width }));
  const bottom = side(height, (k) => ({ start: (height - 1 - k) * width, step: 1, count: width }));
  const left = side(width, (k) => ({ start: k, step: width, count: height }));
  const right = side(width, (k) => ({ start: width - 1 - k, step: width, count: height }));
  return { left, top, right: width - right, bottom: height - bottom };
}

/** The search with every detail, for the evaluation scripts: the best refined window of each logo. */
export function searchLogo(
  image: PixelImage,
  prints: readonly LogoPrint[],
  params: SearchParams = DEFAULT_PARAMS,
): {
  best: Candidate | null;
  logo: number;
  scaleX: number;
  scaleY: number;
  width: number;
  refined: Candidate[];
} {
  const refined: Candidate[] = [];
  const none = { best: null, logo: -1, scaleX: 1, scaleY: 1, width: 0, refined };
  if (!Array.isArray(prints) || prints.length === 0) return none;
  const planes = toPlanes(image, WORK_SIZE);
  if (!planes || planes.width < MIN_WINDOW || planes.height < MIN_WINDOW) return none;
  const integral = new Integral(planes.luma, planes.width, planes.height);
  Object.assign(integral, contentBox(planes.luma, planes.width, planes.height));
  let best: Candidate | null = null;
  let logo = -1;
  for (let index = 0; index < prints.length; index++) {
    const p = prepare(prints[index]!);
    if (!p) continue;
    const candidates = suppress(scan(integral, p, params), params.candidates);
    // Rough refinement of every candidate, then the full one (finer steps, turns, blocks) of the best few.
    const rough = candidates.map((c) => refine(integral, p, c, params, 'rough'));
    rough.sort((a, b) => b.score - a.score);
    for (const c of rough.slice(0, params.finalists)) {
      const r = refine(integral, p, c, params, 'final');
      refined.push(r);
      if (!best || r.score > best.score) {
        best = r;
        logo = index;
      }
    }
  }
  return { best, logo, scaleX: planes.scaleX, scaleY: planes.scaleY, width: planes.width, refined };
}

/**
 * Whether `image` shows one of the logos. `image` should already be downscaled to the working size (longest
 * side about `WORK_SIZE`); larger pictures are downscaled here, more slowly. Never throws: unusable input,
 * no prints or flat prints give `{ match: false, score: 0 }`.
 */
export function findLogo(
  image: PixelImage,
  prints: readonly LogoPrint[],
  options: FindOptions = {},
): LogoMatch {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const params = options.minWidth ? { ...DEFAULT_PARAMS, minWidth: options.minWidth } : DEFAULT_PARAMS;
  let found: ReturnType<typeof searchLogo>;
  try {
    found = searchLogo(image, prints, params);
  } catch {
    return { match: false, score: 0, threshold };
  }
  const { best, logo, scaleX, scaleY, width } = found;
  if (!best || !Number.isFinite(best.score)) return { match: false, score: 0, threshold };
  // Rounded down, so that `match` is exactly `score >= threshold` as the caller sees them.
  const score = Math.floor(best.score * 1000) / 1000;
  return {
    match: score >= threshold,
    score,
    threshold,
    box: {
      x: Math.round(best.x * scaleX),
      y: Math.round(best.y * scaleY),
      width: Math.round(best.width * scaleX),
      height: Math.round(best.height * scaleY),
    },
    scale: Math.round((best.width / width) * 1000) / 1000,
    logo,
  };
}
