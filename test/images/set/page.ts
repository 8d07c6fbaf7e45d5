/**
 * The in-page side of the logo test sets (bundled into test-results/logo-set/page.js): generates a set on the
 * page's main thread and hands each encoded picture to the worker (worker.ts), which decodes it to the working
 * size and runs the matcher, as the extension would; the next picture is drawn meanwhile. The earlier generated
 * set (cases.ts) is evaluated here, the wild set (wild.ts) in wild-page.ts. Also makes the 12-megapixel photo
 * for the benchmark.
 */

import { decodeForMatch } from '../../../src/images/decode';
import { DEFAULT_THRESHOLD } from '../../../src/images/find';
import { logoPrint } from '../../../src/images/print';
import { imageInfo } from '../../../src/images/size';
import type { LogoPrint } from '../../../src/images/types';
import { buildCases, type Category, SHOWS_LOGO, schoolLogoFile } from './cases';
import { ask, base64, startWorker } from './channel';
import { drawCrest, SCHOOL_CREST } from './crest';
import { random } from './random';
import { drawBackground, drawObjects, finishPhoto } from './scene';
import { evaluateWild, initWild, wildPicture } from './wild-page';

export interface CaseResult {
  id: string;
  category: Category;
  expected: boolean;
  note: string;
  match: boolean;
  score: number;
  box?: { x: number; y: number; width: number; height: number };
  /** The crest's true box, in the decoded picture's pixels. */
  truth?: { x: number; y: number; width: number; height: number };
  width: number;
  height: number;
  bytes: number;
  via: string;
  makeMs: number;
  decodeMs: number;
  findMs: number;
  /** The decoded picture's luminance (composited onto white), base64, when asked to dump. */
  gray?: string;
}

export interface SetResult {
  print: LogoPrint;
  /** The decoded logo file (RGBA, base64), when asked to dump. */
  logo?: { width: number; height: number; rgba: string };
  printJson: number;
  printMs: number;
  threshold: number;
  results: CaseResult[];
  totalMs: number;
}

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

let school: { print: LogoPrint; ms: number; image: ImageData } | null = null;

/**
 * Starts the worker from its bundled source and gives it the print of the school's logo, made as the options
 * page would: the uploaded PNG decoded, then fingerprinted.
 */
async function init(workerSource: string): Promise<void> {
  startWorker(workerSource);
  const { image } = await decodeForMatch(await schoolLogoFile());
  const t0 = performance.now();
  const print = logoPrint(image);
  school = { print, ms: performance.now() - t0, image };
  await ask({ type: 'prints', school: 'default', prints: [print] });
}

/** Generates every case of the set for `seed`, and matches each in the worker. At most 3 pictures in flight. */
async function evaluate(options: {
  seed: number;
  threshold?: number;
  dump?: boolean;
  only?: Category[];
}): Promise<SetResult> {
  if (!school) throw new Error('init first');
  const started = performance.now();
  const results: Array<Promise<CaseResult>> = [];
  const inFlight = new Set<Promise<unknown>>();
  for (const c of buildCases(options.seed)) {
    if (options.only && !options.only.includes(c.category)) continue;
    while (inFlight.size >= 3) await Promise.race(inFlight);
    const t0 = performance.now();
    const blob = await c.make();
    const makeMs = performance.now() - t0;
    const answer = ask({ type: 'find', blob, threshold: options.threshold, dump: options.dump });
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    const truth = c.truth;
    const header = imageInfo(new Uint8Array(await blob.slice(0, 65536).arrayBuffer()));
    results.push(
      answer.then((a) => {
        if (a.error) throw new Error(`${c.id}: ${a.error}`);
        const k = header ? a.width / (header.orientation >= 5 ? header.height : header.width) : 1;
        return {
          id: c.id,
          category: c.category,
          expected: SHOWS_LOGO[c.category],
          note: c.note,
          match: a.match,
          score: a.score,
          box: a.box,
          truth: truth && {
            x: truth.x * k,
            y: truth.y * k,
            width: truth.width * k,
            height: truth.height * k,
          },
          width: a.width,
          height: a.height,
          bytes: blob.size,
          via: a.via,
          makeMs,
          decodeMs: a.decodeMs,
          findMs: a.findMs,
          gray: a.gray ? base64(a.gray) : undefined,
        };
      }),
    );
  }
  const done = await Promise.all(results);
  const { print, ms, image } = school;
  return {
    print,
    logo: options.dump
      ? { width: image.width, height: image.height, rgba: base64(new Uint8Array(image.data.buffer)) }
      : undefined,
    printJson: JSON.stringify(print).length,
    printMs: ms,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    results: done,
    totalMs: performance.now() - started,
  };
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

const api = { init, evaluate, makeBigPhoto, timeBigPhoto, initWild, evaluateWild, wildPicture };
export type LogoSetApi = typeof api;
(globalThis as unknown as { logoSet: LogoSetApi }).logoSet = api;
