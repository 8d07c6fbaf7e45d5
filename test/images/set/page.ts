/**
 * The in-page side of the logo test set (bundled into test-results/logo-set/page.js): starts the worker
 * (worker.ts), which decodes each picture to the working size and runs the matcher as the extension would; the
 * wild set (wild.ts) is generated and evaluated in wild-page.ts. Also makes the 12-megapixel photo for the
 * benchmark, matched against the print of the default school's logo file.
 */

import { decodeForMatch } from '../../../src/images/decode';
import { logoPrint } from '../../../src/images/print';
import { schoolLogoFile } from './cases';
import { ask, startWorker } from './channel';
import { drawCrest, SCHOOL_CREST } from './crest';
import { random } from './random';
import { drawBackground, drawObjects, finishPhoto } from './scene';
import { evaluateWild, initWild, wildPicture } from './wild-page';

export interface WorkerTiming {
  decodeMs: number;
  findMs: number;
  roundTripMs: number;
  via: string;
  match: boolean;
  score: number;
  width: number;
  height: number;
}

/**
 * Starts the worker from its bundled source and gives it the print of the school's logo, made as the options
 * page would: the uploaded PNG decoded, then fingerprinted.
 */
async function init(workerSource: string): Promise<void> {
  startWorker(workerSource);
  const { image } = await decodeForMatch(await schoolLogoFile());
  const print = logoPrint(image);
  await ask({ type: 'prints', school: 'default', prints: [print] });
}

let bigPhoto: Blob | null = null;

/** A 4000 × 3000 photo-like JPEG (quality 0.9) with the crest at 20 % of the width. */
async function makeBigPhoto(seed: number): Promise<{ bytes: number; ms: number }> {
  const t0 = performance.now();
  const rng = random(seed);
  const w = 4000;
  const h = 3000;
  const c = new OffscreenCanvas(w, h);
  const ctx = c.getContext('2d')!;
  drawBackground(ctx, rng, w, h);
  drawObjects(ctx, rng, w, h, 14);
  drawCrest(ctx, SCHOOL_CREST, 2300, 900, 800);
  finishPhoto(ctx, rng, w, h);
  bigPhoto = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return { bytes: bigPhoto.size, ms: performance.now() - t0 };
}

/** Decode + find for the big photo in the worker, timed from the page (round trip) and inside the worker. */
async function timeBigPhoto(useImageDecoder: boolean): Promise<WorkerTiming> {
  if (!bigPhoto) throw new Error('makeBigPhoto first');
  const t0 = performance.now();
  const a = await ask({ type: 'find', blob: bigPhoto, useImageDecoder });
  const roundTripMs = performance.now() - t0;
  if (a.error) throw new Error(a.error);
  const { decodeMs, findMs, via, match, score, width, height } = a;
  return { decodeMs, findMs, roundTripMs, via, match, score, width, height };
}

const api = { init, makeBigPhoto, timeBigPhoto, initWild, evaluateWild, wildPicture };
export type LogoSetApi = typeof api;
(globalThis as unknown as { logoSet: LogoSetApi }).logoSet = api;
