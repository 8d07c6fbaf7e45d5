/**
 * The face detector's thresholds and sizes (detector.ts), in a module of their own so that Node code (the
 * benchmark) can print them without loading the model's `?url` import.
 */

/** The network's input: the picture's longest side is scaled to this (a multiple of 32). */
export const INPUT_SIZE = 416;
/**
 * A face counts from this score. face-api's default is 0.5; a little higher keeps doubtful boxes out. On the
 * benchmark's set (test/bench/faces.ts) none of 200 pictures without people reaches it, while faces in the
 * sample photos mostly score 0.65–0.9.
 */
export const SCORE_THRESHOLD = 0.6;
/** Faces narrower than this fraction of the picture's longest side are ignored (too small to be sure). */
export const MIN_FACE = 0.04;
/** Pictures whose shorter side is under this many pixels have no faces worth finding. */
export const MIN_SIDE = 24;
/** Larger pictures are refused: callers send a working size, not the original. */
export const MAX_PIXELS = 40_000_000;
