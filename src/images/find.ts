/**
 * `findLogo`: does a picture show one of the school's logos, and where?
 *
 * 1. Search (scan.ts): windows of every size from `minWidth` of the picture's width up to all of it, for the
 *    logo turned by −12°, 0° and 12°, scored by the correlation of the logo's shape with a coarse grid of the
 *    window; the best few, after non-maximum suppression, are candidates.
 * 2. Alignment (align.ts): each candidate's pose is refined by ECC, first affine on a coarse grid of the logo,
 *    then, for the most promising, as a full homography on a finer grid: turned up to ±15° and more, tilted,
 *    seen in perspective, shaded across.
 * 3. Verdict (verify.ts): the best aligned finalist's fit, as a whole and window by window, weighed by a small
 *    logistic model: a copy of the logo leaves noise spread evenly, a look-alike a difference in one place.
 *
 * Everything compares the logo's own shape and content, never its background (the print keeps only the shape,
 * print.ts): a logo flattened onto black is the same logo. Pure TypeScript on plain arrays, no DOM.
 */
import { align, type Fit, Pyramid } from './align';
import { footprint, plausible, similarity } from './geometry';
import { Integral } from './integral';
import { type Model, modelOf } from './model';
import { toPlanes } from './planes';
import { scan, suppress } from './scan';
import type { FindOptions, LogoMatch, LogoPrint, PixelImage } from './types';
import { type Verdict, verify } from './verify';

/** Longest side of the working picture: larger inputs are area-averaged down to this first. */
export const WORK_SIZE = 512;
/** Default decision threshold on the score (set on the tune part of the wild set, test/images/set/wild.ts). */
export const DEFAULT_THRESHOLD = 0.75;
/** Smallest logo width looked for, as a fraction of the picture's width. */
export const MIN_WIDTH = 0.11;

/**
 * How much work the search does: windows aligned coarsely (affine), how many of those are aligned finely (a
 * homography) before the best aligned is judged, and the ECC steps of each.
 */
export const SEARCH = { candidates: 12, finalists: 3, coarseSteps: 15, fineSteps: 10 };
/** Pictures smaller than this (pixels, either side) are not searched. */
const MIN_PICTURE = 16;

/** The best pose found for one logo, with its verdict. */
export interface Found {
  logo: number;
  fit: Fit;
  verdict: Verdict;
}

/** The verdict looks at the logo on a grid up to this many cells per pixel of the logo's width. */
const VERIFY_DETAIL = 1.6;

/**
 * The template level and the pyramid level for a logo `width` pixels wide: the finest grid with at most
 * `detail` cells per pixel (`coarser` levels coarser), on the pyramid level where a cell is one to two pixels.
 */
function levelsFor(
  model: Model,
  pyramid: Pyramid,
  width: number,
  coarser: number,
  detail = 1,
  finest = 0,
): { t: number; k: number } {
  let t = model.levels.findIndex((l) => l.cols <= width * detail);
  if (t < 0) t = model.levels.length - 1;
  t = Math.min(model.levels.length - 1, Math.max(finest, t + coarser));
  const k = Math.max(0, Math.min(pyramid.depth - 1, Math.floor(Math.log2(width / model.levels[t]!.cols))));
  return { t, k };
}

function logoWidth(model: Model, fit: Fit): number {
  const { corners } = footprint(fit.pose, model.hu, model.hv);
  const top = Math.hypot(corners[1]![0] - corners[0]![0], corners[1]![1] - corners[0]![1]);
  const bottom = Math.hypot(corners[2]![0] - corners[3]![0], corners[2]![1] - corners[3]![1]);
  return (top + bottom) / 2;
}

/** The search with every detail, for the evaluation scripts: the best verdict over all the prints. */
export function searchLogo(
  image: PixelImage,
  prints: readonly LogoPrint[],
  minWidth = MIN_WIDTH,
): { best: Found | null; scaleX: number; scaleY: number; width: number } {
  const none = { best: null, scaleX: 1, scaleY: 1, width: 0 };
  if (!Array.isArray(prints) || prints.length === 0) return none;
  const planes = toPlanes(image, WORK_SIZE);
  if (!planes || planes.width < MIN_PICTURE || planes.height < MIN_PICTURE) return none;
  const integral = new Integral(planes.luma, planes.width, planes.height);
  Object.assign(integral, contentBox(planes.luma, planes.width, planes.height));
  const pyramid = new Pyramid(planes.luma, planes.width, planes.height);
  let best: Found | null = null;
  for (let logo = 0; logo < prints.length; logo++) {
    const model = modelOf(prints[logo]!);
    if (!model) continue;
    const windows = suppress(scan(integral, model, minWidth), SEARCH.candidates);
    const rough: Fit[] = [];
    for (const w of windows) {
      const perUnit = w.width / w.template.width;
      const start = similarity(w.x + w.width / 2, w.y + w.height / 2, perUnit, w.template.angle);
      const { t, k } = levelsFor(model, pyramid, 2 * model.hu * perUnit, 1);
      const fit = align(pyramid, k, model.levels[t]!, start, false, SEARCH.coarseSteps);
      if (fit && plausible(fit.pose, model.hu, model.hv)) rough.push(fit);
    }
    rough.sort((a, b) => b.corr - a.corr);
    // The finalists are aligned finely; the best aligned is judged.
    let chosen: { fit: Fit; t: number; k: number } | null = null;
    for (const r of rough.slice(0, SEARCH.finalists)) {
      const { t, k } = levelsFor(model, pyramid, logoWidth(model, r), 0);
      const fine = align(pyramid, k, model.levels[t]!, r.pose, true, SEARCH.fineSteps);
      const fit = fine && plausible(fine.pose, model.hu, model.hv) ? fine : r;
      if (!chosen || fit.corr > chosen.fit.corr) chosen = { fit, t, k };
    }
    if (!chosen) continue;
    const judged = levelsFor(model, pyramid, logoWidth(model, chosen.fit), 0, VERIFY_DETAIL);
    const verdict = verify(pyramid, judged.k, model.levels[judged.t]!, chosen.fit.pose);
    if (verdict && (!best || verdict.score > best.verdict.score)) best = { logo, fit: chosen.fit, verdict };
  }
  return { best, scaleX: planes.scaleX, scaleY: planes.scaleY, width: planes.width };
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
  let found: ReturnType<typeof searchLogo>;
  try {
    found = searchLogo(image, prints, options.minWidth ?? MIN_WIDTH);
  } catch {
    return { match: false, score: 0, threshold };
  }
  const { best, scaleX, scaleY, width } = found;
  if (!best || !Number.isFinite(best.verdict.score)) return { match: false, score: 0, threshold };
  const model = modelOf(prints[best.logo]!)!;
  // Rounded down, so that `match` is exactly `score >= threshold` as the caller sees them.
  const score = Math.max(0, Math.floor(best.verdict.score * 1000) / 1000);
  const box = footprint(best.fit.pose, model.hu, model.hv);
  return {
    match: score >= threshold,
    score,
    threshold,
    box: {
      x: Math.round(box.x * scaleX),
      y: Math.round(box.y * scaleY),
      width: Math.round(box.width * scaleX),
      height: Math.round(box.height * scaleY),
    },
    corners: box.corners.map(
      ([x, y]) => [Math.round(x * scaleX), Math.round(y * scaleY)] as [number, number],
    ),
    scale: Math.round((logoWidth(model, best.fit) / width) * 1000) / 1000,
    logo: best.logo,
  };
}

/** Pixels within this (0–255) of a frame's colour count as the frame. */
const FRAME_TOLERANCE = 6;

/**
 * The picture without a plain frame: rows and columns at the edges that are (98 % of their pixels) one flat
 * colour, the same all round each side: a border someone added, letterboxing, or the blank margin of a logo
 * file. Never trims a side by more than 45 %. The search compares windows only inside it.
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
