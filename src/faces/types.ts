/**
 * Types of the face detector (src/faces). Plain data: no DOM, no extension APIs, so the detector runs the same
 * in Node (unit tests), a dedicated worker, an offscreen document or Firefox's background page.
 */

/** A picture as packed RGB bytes, row by row (`width × height × 3` bytes), no alpha. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** One face, in the pixels of the picture that was passed in. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The model's confidence, 0–1 (only faces at or above the detector's threshold are returned). */
  score: number;
}

export interface FaceResult {
  faces: FaceBox[];
}
