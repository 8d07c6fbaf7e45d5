/**
 * `logoPrint`: the fingerprint of one logo. The logo's plain background (transparent, or a flat colour touching
 * the edges) is told apart from its shape, margins are trimmed, and the content box is summarised as two grids
 * of cell means (luminance, and how much of each cell the shape covers): a coarse one for the search and a fine
 * one to verify. A few kilobytes of JSON; the logo itself is not kept.
 */
import { GridScratch, Integral, sampleGrid } from './integral';
import { layout, type Planes, toPlanes } from './planes';
import type { LogoPrint, PixelImage, PrintGrid } from './types';

/** Longest side the logo is analysed at (larger logos are area-averaged down first). */
export const PRINT_SIZE = 512;
/** Cells in the coarse (search) and fine (verification) grids, shaped to the logo's aspect ratio. */
export const COARSE_CELLS = 144;
export const FINE_CELLS = 784;
/** Colour distance (Y, Cb, Cr) within which a pixel belongs to the background touching the edges. */
const BACKGROUND_TOLERANCE = 32;
/** The shape counts as covering the whole box (no separate shape grid) at this coverage or more. */
const FULL_COVER = 0.97;

/** Columns and rows for about `cells` cells on a box of the given aspect ratio (width ÷ height). */
export function gridSize(aspect: number, cells: number): { cols: number; rows: number } {
  const a = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  const clamp = (v: number) => Math.max(2, Math.min(64, Math.round(v)));
  return { cols: clamp(Math.sqrt(cells * a)), rows: clamp(Math.sqrt(cells / a)) };
}

/** Why a picture cannot serve as a logo (for the options page), or null when it can. */
export function logoProblem(image: PixelImage): string | null {
  const kind = layout(image);
  if (kind === null) {
    const w = image?.width;
    const h = image?.height;
    return Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0
      ? `the pixel data does not fit a ${w}×${h} picture`
      : 'the picture is empty';
  }
  if (image.width < 16 || image.height < 16)
    return `the picture is too small (${image.width}×${image.height})`;
  const print = logoPrint(image);
  const spread = (g: PrintGrid) => Math.max(...g.luma) - Math.min(...g.luma);
  if (spread(print.fine) < 8) return 'the picture is a single flat colour: there is nothing to recognise';
  return null;
}

/** The fingerprint of one logo (never throws: a degenerate picture gives a flat print that matches nothing). */
export function logoPrint(image: PixelImage): LogoPrint {
  const planes = toPlanes(image, PRINT_SIZE, true);
  if (!planes) {
    const flat = (cols: number, rows: number): PrintGrid => ({
      cols,
      rows,
      luma: new Array(cols * rows).fill(0),
    });
    return { v: 1, width: 0, height: 0, coarse: flat(12, 12), fine: flat(28, 28) };
  }
  const { width, height } = planes;
  const fg = foreground(planes);
  const box = bounds(fg, width, height) ?? { x: 0, y: 0, width, height };
  const luma = new Integral(planes.luma, width, height);
  const cover = new Integral(fg, width, height);
  let covered = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) covered += fg[y * width + x]!;
  }
  const full = covered >= FULL_COVER * box.width * box.height;
  const aspect = box.width / box.height;
  const grid = (cells: number): PrintGrid => {
    const { cols, rows } = gridSize(aspect, cells);
    const scratch = new GridScratch(cols, rows);
    const out = new Float32Array(cols * rows);
    sampleGrid(luma, box.x, box.y, box.width, box.height, scratch, out);
    const lumaCells = Array.from(out, (v) => clampByte(v));
    if (full) return { cols, rows, luma: lumaCells };
    sampleGrid(cover, box.x, box.y, box.width, box.height, scratch, out);
    return { cols, rows, luma: lumaCells, cover: Array.from(out, (v) => clampByte(v * 255)) };
  };
  return {
    v: 1,
    width: Math.round(box.width * planes.scaleX),
    height: Math.round(box.height * planes.scaleY),
    coarse: grid(COARSE_CELLS),
    fine: grid(FINE_CELLS),
  };
}

function clampByte(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(255, Math.round(v))) : 0;
}

/**
 * 1 where the logo is, 0 where its background is: transparency when the logo has any, else the flat colour
 * that touches the edges, flood-filled inwards (so white inside the crest stays part of it). A logo with no
 * such background (a photo, a busy edge) is all foreground.
 */
export function foreground(planes: Planes): Float32Array {
  const { width, height, luma, alpha, cb, cr } = planes;
  const n = width * height;
  const fg = new Float32Array(n).fill(1);
  if (alpha) {
    let clear = 0;
    for (let i = 0; i < n; i++) if (alpha[i]! < 0.5) clear++;
    if (clear >= 0.01 * n) {
      let opaque = 0;
      for (let i = 0; i < n; i++) {
        fg[i] = alpha[i]! >= 0.5 ? 1 : 0;
        opaque += fg[i]!;
      }
      if (opaque >= 0.005 * n) return fg;
      fg.fill(1);
      return fg;
    }
  }
  // The background colour: the per-channel median of the edge pixels.
  const edge: number[] = [];
  for (let x = 0; x < width; x++) edge.push(x, (height - 1) * width + x);
  for (let y = 1; y < height - 1; y++) edge.push(y * width, y * width + width - 1);
  const median = (plane: Float32Array | null) => {
    if (!plane) return 0;
    const values = edge.map((i) => plane[i]!).sort((a, b) => a - b);
    return values[values.length >> 1] ?? 0;
  };
  const by = median(luma);
  const bb = median(cb);
  const br = median(cr);
  const near = (i: number) => {
    const dy = luma[i]! - by;
    const db = cb ? cb[i]! - bb : 0;
    const dr = cr ? cr[i]! - br : 0;
    return dy * dy + db * db + dr * dr <= BACKGROUND_TOLERANCE * BACKGROUND_TOLERANCE;
  };
  let nearEdge = 0;
  for (const i of edge) if (near(i)) nearEdge++;
  if (nearEdge < 0.5 * edge.length) return fg;
  // Flood fill from the edge pixels of the background colour, through 4-neighbours of that colour.
  const stack = new Int32Array(n);
  let top = 0;
  for (const i of edge) {
    if (fg[i] === 1 && near(i)) {
      fg[i] = 0;
      stack[top++] = i;
    }
  }
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % width;
    if (x > 0 && fg[i - 1] === 1 && near(i - 1)) {
      fg[i - 1] = 0;
      stack[top++] = i - 1;
    }
    if (x < width - 1 && fg[i + 1] === 1 && near(i + 1)) {
      fg[i + 1] = 0;
      stack[top++] = i + 1;
    }
    if (i >= width && fg[i - width] === 1 && near(i - width)) {
      fg[i - width] = 0;
      stack[top++] = i - width;
    }
    if (i < n - width && fg[i + width] === 1 && near(i + width)) {
      fg[i + width] = 0;
      stack[top++] = i + width;
    }
  }
  let kept = 0;
  for (let i = 0; i < n; i++) kept += fg[i]!;
  if (kept < 0.005 * n) fg.fill(1);
  return fg;
}

/** The bounding box of the foreground, or null when there is none. */
function bounds(
  fg: Float32Array,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (fg[y * width + x]! > 0) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}
