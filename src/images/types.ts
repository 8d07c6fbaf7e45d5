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

/**
 * The fingerprint of one logo: what gets stored (IndexedDB), never the logo file itself. The logo's own shape
 * and content, without its background: its content box (the shape's bounds) resampled to a grid of at most
 * `PRINT_CELLS` cells on the longer side, each cell with the logo's mean luminance over the part of the cell its
 * shape covers, and how much of the cell that is. A logo flattened onto black, white or a colour is the same
 * logo. JSON-serialisable as is (the grids are base64): `JSON.parse(JSON.stringify(print))` is the same print.
 */
export interface LogoPrint {
  /** Format version: findLogo ignores prints of a version it does not know. */
  v: 2;
  /** The logo's content box in the logo file's pixels. */
  width: number;
  height: number;
  /** The grid: columns and rows, shaped to the content box. */
  cols: number;
  rows: number;
  /** `cols × rows` bytes, row by row, base64: the shape's mean luminance in each cell (0 where it is absent). */
  luma: string;
  /** `cols × rows` bytes, row by row, base64: how much of each cell the shape covers, 0–255. */
  cover: string;
}

export interface LogoMatch {
  /** Whether the picture shows the logo (score at or above the threshold). */
  match: boolean;
  /**
   * How sure, 0 to 1 (0 when nothing could be compared): once the logo's pose (a homography) is fitted, the
   * correlation of the logo's shape with the picture there, as a whole and part by part (its weakest visible
   * part), rounded down to 3 decimals. Typically above 0.8 for copies and photos of the logo, under 0.5 for
   * other logos and look-alikes.
   */
  score: number;
  /** The threshold `match` was decided against. */
  threshold: number;
  /**
   * Where the logo is, in the input's pixels: the box around its four corners. Set whenever something was
   * compared, also when `match` is false (then it is only the closest place).
   */
  box?: { x: number; y: number; width: number; height: number };
  /** The logo's corners in the input's pixels (top left, top right, bottom right, bottom left). */
  corners?: Array<[number, number]>;
  /** The logo's width in the picture as a fraction of the picture's width (0.15 = 15 %). */
  scale?: number;
  /** Index in `prints` of the logo that matched best. */
  logo?: number;
}

export interface FindOptions {
  /** Score at or above which `match` is true (default `DEFAULT_THRESHOLD`). */
  threshold?: number;
  /** Smallest logo width to look for, as a fraction of the picture's width (default 0.11). */
  minWidth?: number;
}
