/**
 * A print made ready to match (once per print, kept in a WeakMap): the logo's grid at three resolutions for
 * the alignment and the verdict, each cell with its normalised coordinates, luminance, weight (how surely it is
 * the logo's own: cells half outside the shape count for little) and the block it belongs to; and coarse grids
 * of the logo turned by a few angles, for the search.
 */
import { fromBase64 } from './print';
import type { LogoPrint } from './types';

/** The logo's cells at one resolution, only those with weight. */
export interface TemplateLevel {
  cols: number;
  rows: number;
  count: number;
  /** Normalised coordinates of each cell's centre (see geometry.ts). */
  u: Float32Array;
  v: Float32Array;
  luma: Float32Array;
  weight: Float32Array;
  /** Each cell's index in the cols × rows grid, and the grid's cells' indices here (−1 for cells left out). */
  cell: Int32Array;
  at: Int32Array;
  /** Each cell's distance (4-neighbour steps, at most 255) to the nearest cell outside the shape or the grid. */
  edge: Uint8Array;
}

/** The coarse grid of the logo turned by `angle`, over the turned logo's bounding box, for the search. */
export interface ScanTemplate {
  angle: number;
  cols: number;
  rows: number;
  n: number;
  /** Bounding box of the turned logo, in normalised units. */
  width: number;
  height: number;
  /** Per-cell weights, and the weighted zero-mean unit-norm template times the weights. */
  weights: Float32Array;
  shape: Float32Array;
  weightSum: number;
}

export interface Model {
  /** Normalised half-width and half-height (the longer is 1). */
  hu: number;
  hv: number;
  /** Finest first, each half the resolution of the one before. */
  levels: TemplateLevel[];
  scans: ScanTemplate[];
}

/** Angles the search tries (radians): the alignment turns the rest of the way. */
export const SCAN_ANGLES = [-12, 0, 12].map((d) => (d * Math.PI) / 180);
/** Cells in a scan template (about 12 × 12 for a square box). */
const SCAN_CELLS = 144;
/** Smallest spread of the logo's luminance (0–255) for it to be matched at all. */
const MIN_CONTRAST = 3;

const models = new WeakMap<LogoPrint, Model | null>();

/** The model of a print, or null for a print that is malformed, of another version, or flat. */
export function modelOf(print: LogoPrint): Model | null {
  if (!print || typeof print !== 'object') return null;
  if (models.has(print)) return models.get(print)!;
  let model: Model | null = null;
  try {
    model = build(print);
  } catch {
    model = null;
  }
  models.set(print, model);
  return model;
}

function build(print: LogoPrint): Model | null {
  if (print.v !== 2) return null;
  const { cols, rows } = print;
  if (
    !Number.isInteger(cols) ||
    !Number.isInteger(rows) ||
    cols < 2 ||
    rows < 2 ||
    cols > 256 ||
    rows > 256
  ) {
    return null;
  }
  const luma = fromBase64(print.luma, cols * rows);
  const cover = fromBase64(print.cover, cols * rows);
  if (!luma || !cover) return null;
  // The grid as coverage-weighted luminance and coverage: what resamples linearly.
  let grid: Grid = {
    cols,
    rows,
    covered: Float32Array.from(luma, (l, i) => (l * cover[i]!) / 255),
    cover: Float32Array.from(cover, (c) => c / 255),
  };
  const long = Math.max(cols, rows);
  const hu = cols / long;
  const hv = rows / long;
  const levels: TemplateLevel[] = [];
  for (let k = 0; k < 3; k++) {
    if (k > 0) grid = half(grid);
    if (grid.cols < 4 || grid.rows < 4) break;
    levels.push(level(grid, hu, hv));
  }
  if (levels.length === 0 || !hasContrast(levels[0]!)) return null;
  const scans = SCAN_ANGLES.map((angle) => scanTemplate(levels[0]!, hu, hv, angle)).filter(
    (t): t is ScanTemplate => t !== null,
  );
  if (scans.length === 0) return null;
  return { hu, hv, levels, scans };
}

function hasContrast(t: TemplateLevel): boolean {
  let sw = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < t.count; i++) {
    const w = t.weight[i]!;
    sw += w;
    s1 += w * t.luma[i]!;
    s2 += w * t.luma[i]! ** 2;
  }
  return sw > 0 && Math.sqrt(Math.max(0, s2 / sw - (s1 / sw) ** 2)) >= MIN_CONTRAST;
}

type Grid = { cols: number; rows: number; covered: Float32Array; cover: Float32Array };

/** Half the resolution: each cell the mean of the 2 × 2 it covers (a last odd row or column alone). */
function half(g: Grid): Grid {
  const cols = Math.ceil(g.cols / 2);
  const rows = Math.ceil(g.rows / 2);
  const covered = new Float32Array(cols * rows);
  const cover = new Float32Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let n = 0;
      let a = 0;
      let b = 0;
      for (let y = 2 * r; y < Math.min(g.rows, 2 * r + 2); y++) {
        for (let x = 2 * c; x < Math.min(g.cols, 2 * c + 2); x++) {
          a += g.covered[y * g.cols + x]!;
          b += g.cover[y * g.cols + x]!;
          n++;
        }
      }
      covered[r * cols + c] = a / n;
      cover[r * cols + c] = b / n;
    }
  }
  return { cols, rows, covered, cover };
}

/** A [1 2 1] / 4 smoothing along both axes, zero outside: the picture's levels get the same. */
export function smooth(plane: Float32Array, width: number, height: number): Float32Array {
  const tmp = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const left = x > 0 ? plane[row + x - 1]! : 0;
      const right = x < width - 1 ? plane[row + x + 1]! : 0;
      tmp[row + x] = (left + 2 * plane[row + x]! + right) / 4;
    }
  }
  const out = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const up = y > 0 ? tmp[row - width + x]! : 0;
      const down = y < height - 1 ? tmp[row + width + x]! : 0;
      out[row + x] = (up + 2 * tmp[row + x]! + down) / 4;
    }
  }
  return out;
}

/** Cells at least this covered (after smoothing) count fully; below `COVER_NONE`, not at all. */
const COVER_FULL = 0.9;
const COVER_NONE = 0.5;

function level(g: Grid, hu: number, hv: number): TemplateLevel {
  const covered = smooth(g.covered, g.cols, g.rows);
  const cover = smooth(g.cover, g.cols, g.rows);
  const n = g.cols * g.rows;
  const keep: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = Math.min(1, (cover[i]! - COVER_NONE) / (COVER_FULL - COVER_NONE));
    if (w > 0) {
      keep.push(i);
      weights.push(w);
    }
  }
  const count = keep.length;
  const t: TemplateLevel = {
    cols: g.cols,
    rows: g.rows,
    count,
    u: new Float32Array(count),
    v: new Float32Array(count),
    luma: new Float32Array(count),
    weight: Float32Array.from(weights),
    cell: Int32Array.from(keep),
    at: new Int32Array(n).fill(-1),
    edge: new Uint8Array(count),
  };
  keep.forEach((i, k) => {
    const c = i % g.cols;
    const r = (i - c) / g.cols;
    t.u[k] = ((c + 0.5) / g.cols) * 2 * hu - hu;
    t.v[k] = ((r + 0.5) / g.rows) * 2 * hv - hv;
    t.luma[k] = covered[i]! / cover[i]!;
    t.at[i] = k;
  });
  // Distances to the outline, breadth first from the cells next to it.
  const distance = new Int32Array(count).fill(-1);
  const queue: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = t.cell[k]!;
    const c = i % g.cols;
    const around = [c > 0 ? i - 1 : -1, c < g.cols - 1 ? i + 1 : -1, i - g.cols, i + g.cols];
    if (around.some((j) => j < 0 || j >= n || t.at[j]! < 0)) {
      distance[k] = 0;
      queue.push(k);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const k = queue[q]!;
    const i = t.cell[k]!;
    const c = i % g.cols;
    for (const j of [c > 0 ? i - 1 : -1, c < g.cols - 1 ? i + 1 : -1, i - g.cols, i + g.cols]) {
      if (j < 0 || j >= n) continue;
      const m = t.at[j]!;
      if (m < 0 || distance[m]! >= 0) continue;
      distance[m] = distance[k]! + 1;
      queue.push(m);
    }
  }
  for (let k = 0; k < count; k++) t.edge[k] = Math.min(255, Math.max(0, distance[k]!));
  return t;
}

/**
 * The logo turned by `angle`, as a coarse grid over the turned box: each cell the coverage-weighted mean of
 * 4 × 4 samples of the finest level (nearest cell), with the coverage as its weight.
 */
function scanTemplate(t: TemplateLevel, hu: number, hv: number, angle: number): ScanTemplate | null {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const width = 2 * (hu * Math.abs(cos) + hv * Math.abs(sin));
  const height = 2 * (hu * Math.abs(sin) + hv * Math.abs(cos));
  const aspect = width / height;
  const cols = Math.max(4, Math.round(Math.sqrt(SCAN_CELLS * aspect)));
  const rows = Math.max(4, Math.round(Math.sqrt(SCAN_CELLS / aspect)));
  const n = cols * rows;
  // The finest level as a dense grid (zero where there is no shape).
  const dense = new Float32Array(t.cols * t.rows);
  const denseCover = new Float32Array(t.cols * t.rows);
  for (let k = 0; k < t.count; k++) {
    const c = Math.round(((t.u[k]! + hu) / (2 * hu)) * t.cols - 0.5);
    const r = Math.round(((t.v[k]! + hv) / (2 * hv)) * t.rows - 0.5);
    dense[r * t.cols + c] = t.luma[k]! * t.weight[k]!;
    denseCover[r * t.cols + c] = t.weight[k]!;
  }
  const luma = new Float32Array(n);
  const weights = new Float32Array(n);
  const S = 4;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let a = 0;
      let w = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = ((c + (sx + 0.5) / S) / cols - 0.5) * width;
          const y = ((r + (sy + 0.5) / S) / rows - 0.5) * height;
          // Back into the logo's own frame.
          const u = x * cos + y * sin;
          const v = -x * sin + y * cos;
          const gc = Math.floor(((u + hu) / (2 * hu)) * t.cols);
          const gr = Math.floor(((v + hv) / (2 * hv)) * t.rows);
          if (gc < 0 || gr < 0 || gc >= t.cols || gr >= t.rows) continue;
          a += dense[gr * t.cols + gc]!;
          w += denseCover[gr * t.cols + gc]!;
        }
      }
      const cover = w / (S * S);
      luma[r * cols + c] = w > 0 ? a / w : 0;
      weights[r * cols + c] = Math.max(0, Math.min(1, (cover - 0.4) / 0.5));
    }
  }
  let sw = 0;
  let swl = 0;
  for (let i = 0; i < n; i++) {
    sw += weights[i]!;
    swl += weights[i]! * luma[i]!;
  }
  if (sw < 0.1 * n) return null;
  const mean = swl / sw;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += weights[i]! * (luma[i]! - mean) ** 2;
  if (Math.sqrt(ss / sw) < MIN_CONTRAST) return null;
  const norm = Math.sqrt(ss);
  const shape = Float32Array.from(luma, (l, i) => ((l - mean) / norm) * weights[i]!);
  return { angle, cols, rows, n, width, height, weights, shape, weightSum: sw };
}
