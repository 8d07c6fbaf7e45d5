/**
 * Types shared by the logo matcher. Everything here is plain data: no DOM, no extension APIs, so the matcher
 * runs the same in Node (unit tests), a dedicated worker, an offscreen document or the service worker.
 */

/**
 * A decoded picture, already downscaled by the caller to a working size (longest side about 512 pixels).
 * `data` is either one byte per pixel (grayscale, `width × height` bytes) or four (RGBA, as `ImageData.data`
 * gives it). Transparent pixels are composited onto white.
 */
export interface PixelImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** One level of a logo's fingerprint: the logo's content box divided into `cols × rows` cells. */
export interface PrintGrid {
  cols: number;
  rows: number;
  /** Mean luminance of each cell (row by row), 0–255 rounded, the logo composited onto white. */
  luma: number[];
  /**
   * How much of each cell the logo's shape covers, 0–255 (row by row). Absent when the logo fills its whole
   * box (no background to tell apart), e.g. a rectangular photo-like logo.
   */
  cover?: number[];
}

/**
 * The fingerprint of one logo: what gets stored (IndexedDB), never the logo itself. JSON-serialisable as is:
 * `JSON.parse(JSON.stringify(print))` is an equivalent print.
 */
export interface LogoPrint {
  /** Format version: findLogo ignores prints of a version it does not know. */
  v: 1;
  /** The logo's content box (margins of plain background trimmed) in the logo file's pixels. */
  width: number;
  height: number;
  /** Coarse grid (about 12 × 12) for the search, fine grid (about 28 × 28) to verify and to score. */
  coarse: PrintGrid;
  fine: PrintGrid;
}

export interface LogoMatch {
  /** Whether the picture shows the logo (score at or above the threshold). */
  match: boolean;
  /**
   * How well the best place in the picture matches the logo, -1 to 1 (0 when nothing could be compared): the
   * normalised cross-correlation of the weakest part of the logo (blocks of about a quarter of its width) with
   * the picture there, rounded down to 3 decimals, less up to 0.15 when the logo would be under about 130
   * pixels in the working picture. Typically 0.95–1 for copies of the logo file, 0.75–0.99 for photos of it,
   * under 0.6 for other crests (even with the same shield outline) and around 0 for everything else.
   */
  score: number;
  /** The threshold `match` was decided against. */
  threshold: number;
  /**
   * Where the logo is, in the input's pixels (may reach a little past the edges when the logo is cropped). Set
   * whenever something was compared, also when `match` is false (then it is only the closest place).
   */
  box?: { x: number; y: number; width: number; height: number };
  /** The logo's width in the picture as a fraction of the picture's width (0.15 = 15 %). */
  scale?: number;
  /** Index in `prints` of the logo that matched best. */
  logo?: number;
}

export interface FindOptions {
  /** Score at or above which `match` is true (default `DEFAULT_THRESHOLD`). */
  threshold?: number;
  /** Smallest logo width to look for, as a fraction of the picture's width (default 0.13). */
  minWidth?: number;
}
