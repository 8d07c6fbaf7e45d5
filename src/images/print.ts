/**
 * `logoPrint`: the fingerprint of one logo. Its shape is told apart from its background — by the file's alpha
 * when it has one, else as the flat colour touching the edges, flood-filled inwards — and only the shape is
 * kept: its bounds resampled to a grid of at most `PRINT_CELLS` cells on the longer side, each cell with the
 * shape's own mean luminance (not composited onto anything) and how much of the cell the shape covers. A few
 * kilobytes of JSON; the logo file itself is not kept.
 */
import { layout, type Planes, resampleArea, toPlanes } from './planes';
import type { LogoPrint, PixelImage } from './types';

/** Longest side the logo is analysed at (larger logos are area-averaged down first). */
export const PRINT_SIZE = 512;
/** Cells on the longer side of the print's grid. */
export const PRINT_CELLS = 80;
/** Colour distance (Y, Cb, Cr) within which a pixel belongs to the background touching the edges. */
const BACKGROUND_TOLERANCE = 32;

/** Columns and rows for at most `cells` cells on the longer side of a box of the given aspect ratio. */
export function gridSize(aspect: number, cells: number): { cols: number; rows: number } {
  const a = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  const clamp = (v: number) => Math.max(2, Math.min(cells, Math.round(v)));
  return a >= 1
    ? { cols: clamp(cells), rows: clamp(cells / a) }
    : { cols: clamp(cells * a), rows: clamp(cells) };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of a base64 grid, or null when it is not valid base64 of exactly `length` bytes. */
export function fromBase64(text: unknown, length: number): Uint8Array | null {
  if (typeof text !== 'string' || text.length > 4 * Math.ceil(length / 3) + 4) return null;
  try {
    const binary = atob(text);
    if (binary.length !== length) return null;
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Whether a stored print is of the format findLogo matches (earlier versions' prints are not). */
export function isCurrentPrint(print: unknown): print is LogoPrint {
  return typeof print === 'object' && print !== null && (print as { v?: unknown }).v === 2;
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
  const n = print.cols * print.rows;
  const luma = fromBase64(print.luma, n);
  const cover = fromBase64(print.cover, n);
  let lo = 255;
  let hi = 0;
  for (let i = 0; luma && cover && i < n; i++) {
    if (cover[i]! < 200) continue;
    lo = Math.min(lo, luma[i]!);
    hi = Math.max(hi, luma[i]!);
  }
  if (hi - lo < 8) return 'the picture is a single flat colour: there is nothing to recognise';
  return null;
}

/** The fingerprint of one logo (never throws: a degenerate picture gives a flat print that matches nothing). */
export function logoPrint(image: PixelImage): LogoPrint {
  const planes = toPlanes(image, PRINT_SIZE, true);
  const flat = (): LogoPrint => ({
    v: 2,
    width: 0,
    height: 0,
    cols: 2,
    rows: 2,
    luma: toBase64(new Uint8Array(4)),
    cover: toBase64(new Uint8Array(4)),
  });
  if (!planes) return flat();
  const { width, height, luma, alpha } = planes;
  const shape = foreground(planes);
  if (!alpha) erode(shape, width, height);
  // The shape's own luminance, times its coverage: the file's pixels undo their compositing onto white.
  const n = width * height;
  const covered = new Float32Array(n);
  const cover = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = alpha ? alpha[i]! : 1;
    const m = shape[i]!;
    cover[i] = a * m;
    covered[i] = m * Math.max(0, luma[i]! - 255 * (1 - a));
  }
  const box = bounds(cover, width, height);
  if (!box) return flat();
  const { cols, rows } = gridSize(
    box.width / box.height,
    Math.min(PRINT_CELLS, Math.max(box.width, box.height)),
  );
  const crop = (plane: Float32Array) => {
    const out = new Float32Array(box.width * box.height);
    for (let y = 0; y < box.height; y++) {
      const row = (box.y + y) * width + box.x;
      out.set(plane.subarray(row, row + box.width), y * box.width);
    }
    return resampleArea(out, box.width, box.height, cols, rows);
  };
  const cellCover = crop(cover);
  const cellCovered = crop(covered);
  const lumaBytes = new Uint8Array(cols * rows);
  const coverBytes = new Uint8Array(cols * rows);
  for (let i = 0; i < cols * rows; i++) {
    const c = cellCover[i]!;
    coverBytes[i] = clampByte(c * 255);
    lumaBytes[i] = c > 0.01 ? clampByte(cellCovered[i]! / c) : 0;
  }
  return {
    v: 2,
    width: Math.round(box.width * planes.scaleX),
    height: Math.round(box.height * planes.scaleY),
    cols,
    rows,
    luma: toBase64(lumaBytes),
    cover: toBase64(coverBytes),
  };
}

function clampByte(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(255, Math.round(v))) : 0;
}

/**
 * 1 where the logo is, 0 where its background is: everything when the file has transparency (its alpha then
 * says where the shape is), else the flat colour that touches the edges, flood-filled inwards (so white inside
 * the crest stays part of it). A logo with no such background (a photo, a busy edge) is all foreground.
 */
export function foreground(planes: Planes): Float32Array {
  const { width, height, luma, alpha, cb, cr } = planes;
  const n = width * height;
  const fg = new Float32Array(n).fill(1);
  if (alpha) {
    let clear = 0;
    for (let i = 0; i < n; i++) if (alpha[i]! < 0.5) clear++;
    if (clear >= 0.01 * n && clear <= 0.995 * n) return fg;
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

/**
 * Takes one pixel off the shape's outline, in place: without alpha, the outline's pixels are the logo blended
 * with the file's background, which a picture with another background does not have.
 */
function erode(shape: Float32Array, width: number, height: number): void {
  const edge: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!shape[i]) continue;
      if (
        (x > 0 && !shape[i - 1]) ||
        (x < width - 1 && !shape[i + 1]) ||
        (y > 0 && !shape[i - width]) ||
        (y < height - 1 && !shape[i + width])
      )
        edge.push(i);
    }
  }
  // A shape that fills the whole file (no background found) keeps its pixels.
  if (edge.length === 0) return;
  for (const i of edge) shape[i] = 0;
}

/** The bounding box of where the shape covers at least a quarter of a pixel, or null when nowhere. */
function bounds(
  cover: Float32Array,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (cover[y * width + x]! >= 0.25) {
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
