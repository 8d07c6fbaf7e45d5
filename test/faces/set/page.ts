/**
 * The in-page side of the face test set (bundled into test-results/face-set/page.js). Pictures with people are
 * face-api's six sample photos (group photos) remade as staff might post them: resized and recompressed,
 * cropped around a face, printed inside a generated room or outdoor scene, inside a screenshot of a post, or
 * edited (mirrored, grey, relit, turned). Pictures without people are the logo matcher's generated set
 * (test/images/set: school and other crests, look-alikes, other logos, scenes, letters). Each picture is
 * encoded by Chromium and decoded to the working size in the worker (worker.ts), as the extension would.
 */
import type { FaceBox } from '../../../src/faces/types';
import { buildCases, type Category } from '../../images/set/cases';
import { type Random, random } from '../../images/set/random';
import { drawBackground, drawObjects, finishPhoto } from '../../images/set/scene';
import type { FaceWorkerAnswer } from './worker';

export type Positive = 'whole' | 'crop' | 'in-scene' | 'in-post' | 'edited';
export const POSITIVES: Positive[] = ['whole', 'crop', 'in-scene', 'in-post', 'edited'];

export interface FaceCaseResult {
  id: string;
  category: Positive | Category;
  people: boolean;
  note: string;
  faces: FaceBox[];
  width: number;
  height: number;
  bytes: number;
  decodeMs: number;
  detectMs: number;
}

export interface WorkerTiming {
  decodeMs: number;
  detectMs: number;
  roundTripMs: number;
  via: string;
  faces: number;
  width: number;
  height: number;
}

interface Sample {
  name: string;
  bitmap: ImageBitmap;
  /** Faces found by face-api on the 416-px version, in the photo's pixels. */
  faces: Array<{ x: number; y: number; width: number; height: number }>;
}

interface SampleInput {
  name: string;
  jpeg: string;
  reference: { width: number; faces: Array<{ x: number; y: number; width: number; height: number }> };
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (answer: FaceWorkerAnswer) => void>();
let samples: Sample[] = [];

function ask(blob: Blob, useImageDecoder?: boolean): Promise<FaceWorkerAnswer> {
  const w = worker;
  if (!w) return Promise.reject(new Error('init first'));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, blob, useImageDecoder });
  });
}

async function init(workerSource: string, inputs: SampleInput[]): Promise<void> {
  worker?.terminate();
  worker = new Worker(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));
  worker.onmessage = (e: MessageEvent<FaceWorkerAnswer>) => {
    pending.get(e.data.id)?.(e.data);
    pending.delete(e.data.id);
  };
  samples = await Promise.all(
    inputs.map(async (s) => {
      const bytes = Uint8Array.from(atob(s.jpeg), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const k = bitmap.width / s.reference.width;
      const faces = s.reference.faces.map((f) => ({
        x: f.x * k,
        y: f.y * k,
        width: f.width * k,
        height: f.height * k,
      }));
      return { name: s.name, bitmap, faces };
    }),
  );
}

function canvas(
  width: number,
  height: number,
): { c: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D } {
  const c = new OffscreenCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
  const ctx = c.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  return { c, ctx };
}

function jpeg(c: OffscreenCanvas, quality: number): Promise<Blob> {
  return c.convertToBlob({ type: 'image/jpeg', quality });
}

/** One picture with people, from `sample`, made as `mode` says. */
async function positive(rng: Random, sample: Sample, mode: Positive): Promise<{ blob: Blob; note: string }> {
  const src = sample.bitmap;
  if (mode === 'whole') {
    const scale = rng.logRange(0.25, 1);
    const q = rng.range(0.3, 0.95);
    const { c, ctx } = canvas(src.width * scale, src.height * scale);
    ctx.drawImage(src, 0, 0, c.width, c.height);
    return { blob: await jpeg(c, q), note: `${Math.round(scale * 100)} %, JPEG q${Math.round(q * 100)}` };
  }
  if (mode === 'crop') {
    // Around one of the faces face-api found: 2.5–6 face widths wide, the face anywhere inside.
    const face = rng.pick(sample.faces);
    const w = Math.min(src.width, face.width * rng.range(2.5, 6));
    const h = Math.min(src.height, w * rng.range(0.6, 1.5));
    const x = Math.min(Math.max(0, face.x - rng.range(0, w - face.width)), src.width - w);
    const y = Math.min(Math.max(0, face.y - rng.range(0, h - face.height)), src.height - h);
    const out = rng.range(320, 1600) / Math.max(w, h);
    const { c, ctx } = canvas(w * out, h * out);
    ctx.drawImage(src, x, y, w, h, 0, 0, c.width, c.height);
    return {
      blob: await jpeg(c, rng.range(0.5, 0.92)),
      note: `crop ${Math.round(w)}×${Math.round(h)} → ${c.width}×${c.height}`,
    };
  }
  if (mode === 'in-scene') {
    // A printed photo on a wall or noticeboard, photographed: 45–85 % of the scene's width.
    const W = rng.int(1200, 2400);
    const H = W * rng.range(0.6, 0.8);
    const { c, ctx } = canvas(W, H);
    drawBackground(ctx, rng, W, H);
    drawObjects(ctx, rng, W, H, 8);
    const fraction = rng.range(0.45, 0.85);
    const pw = W * fraction;
    const ph = (pw * src.height) / src.width;
    const px = rng.range(0, W - pw);
    const py = rng.range(0, Math.max(0, H - ph));
    const border = pw * 0.03;
    ctx.fillStyle = '#f4f1ea';
    ctx.fillRect(px - border, py - border, pw + 2 * border, ph + 2 * border);
    ctx.drawImage(src, px, py, pw, ph);
    finishPhoto(ctx, rng, c.width, c.height);
    return {
      blob: await jpeg(c, rng.range(0.6, 0.92)),
      note: `photo at ${Math.round(fraction * 100)} % of a scene`,
    };
  }
  if (mode === 'in-post') {
    // A screenshot of a social media post: a header with an avatar and a name, a line of text, the photo.
    const W = rng.pick([720, 1080, 1170]);
    const pw = W * rng.range(0.85, 1);
    const ph = (pw * src.height) / src.width;
    const H = W * 0.28 + ph + W * 0.15;
    const { c, ctx } = canvas(W, H);
    ctx.fillStyle = rng.pick(['#ffffff', '#f0f2f5', '#15202b']);
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = '#1877f2';
    ctx.beginPath();
    ctx.arc(W * 0.08, W * 0.08, W * 0.04, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#65676b';
    ctx.font = `bold ${Math.round(W * 0.03)}px sans-serif`;
    ctx.fillText('Ms J. Smith', W * 0.15, W * 0.07);
    ctx.font = `${Math.round(W * 0.028)}px sans-serif`;
    ctx.fillText(
      rng.pick(['Great day out with Year 6!', 'Sports day 2024', 'Our choir at the festival']),
      W * 0.05,
      W * 0.2,
    );
    ctx.drawImage(src, (W - pw) / 2, W * 0.26, pw, ph);
    const png = rng.chance(0.5);
    return {
      blob: png ? await c.convertToBlob({ type: 'image/png' }) : await jpeg(c, 0.85),
      note: `post screenshot ${W} px, ${png ? 'PNG' : 'JPEG'}`,
    };
  }
  const scale = rng.range(0.3, 0.8);
  const edit = rng.pick(['mirror', 'grey', 'dark', 'bright', 'turned', 'q25'] as const);
  const { c, ctx } = canvas(src.width * scale, src.height * scale);
  ctx.save();
  if (edit === 'mirror') {
    ctx.translate(c.width, 0);
    ctx.scale(-1, 1);
  }
  if (edit === 'grey') ctx.filter = 'grayscale(1)';
  if (edit === 'dark') ctx.filter = 'brightness(0.55) contrast(1.2)';
  if (edit === 'bright') ctx.filter = 'brightness(1.35) saturate(1.4)';
  if (edit === 'turned') {
    ctx.translate(c.width / 2, c.height / 2);
    ctx.rotate((rng.range(-10, 10) * Math.PI) / 180);
    ctx.translate(-c.width / 2, -c.height / 2);
  }
  ctx.drawImage(src, 0, 0, c.width, c.height);
  ctx.restore();
  return { blob: await jpeg(c, edit === 'q25' ? 0.25 : 0.85), note: `${edit}, ${Math.round(scale * 100)} %` };
}

interface FaceCase {
  id: string;
  category: Positive | Category;
  people: boolean;
  note: string;
  make(): Promise<Blob>;
}

/** Counts of the logo set's categories used as pictures without people (all of them have none). */
const NEGATIVE_COUNTS: Record<Category, number> = {
  file: 25,
  photo: 30,
  'other-crest': 30,
  lookalike: 15,
  'other-logo': 30,
  scene: 40,
  'photo-other': 30,
};

function buildFaceCases(seed: number, perSample: number): FaceCase[] {
  const root = random(seed);
  const cases: FaceCase[] = [];
  samples.forEach((sample, s) => {
    for (let i = 0; i < perSample; i++) {
      const rng = root.fork(1000 * (s + 1) + i);
      const mode = POSITIVES[i % POSITIVES.length]!;
      const c: FaceCase = {
        id: `${sample.name.replace('.jpg', '')}-${mode}-${i}`,
        category: mode,
        people: true,
        note: '',
        make: async () => {
          const { blob, note } = await positive(rng, sample, mode);
          c.note = note;
          return blob;
        },
      };
      cases.push(c);
    }
  });
  for (const c of buildCases(seed, NEGATIVE_COUNTS)) {
    cases.push({ id: c.id, category: c.category, people: false, note: c.note, make: () => c.make() });
  }
  return cases;
}

/** Makes every case and detects faces in each in the worker, at most 2 pictures in flight. */
async function evaluate(options: {
  seed: number;
  perSample: number;
}): Promise<{ results: FaceCaseResult[]; totalMs: number }> {
  const started = performance.now();
  const results: Array<Promise<FaceCaseResult>> = [];
  const inFlight = new Set<Promise<unknown>>();
  for (const c of buildFaceCases(options.seed, options.perSample)) {
    while (inFlight.size >= 2) await Promise.race(inFlight);
    const blob = await c.make();
    const answer = ask(blob);
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    results.push(
      answer.then((a) => {
        if (a.error) throw new Error(`${c.id}: ${a.error}`);
        return {
          id: c.id,
          category: c.category,
          people: c.people,
          note: c.note,
          faces: a.faces,
          width: a.width,
          height: a.height,
          bytes: blob.size,
          decodeMs: a.decodeMs,
          detectMs: a.detectMs,
        };
      }),
    );
  }
  return { results: await Promise.all(results), totalMs: performance.now() - started };
}

let bigPhoto: Blob | null = null;

/** A 4000 × 3000 JPEG (quality 0.9) of a group of people: sample 6 scaled up to fill it. */
async function makeBigPhoto(): Promise<{ bytes: number }> {
  const sample = samples[5] ?? samples[0]!;
  const { c, ctx } = canvas(4000, 3000);
  const k = Math.max(4000 / sample.bitmap.width, 3000 / sample.bitmap.height);
  ctx.drawImage(sample.bitmap, 0, 0, sample.bitmap.width * k, sample.bitmap.height * k);
  bigPhoto = await jpeg(c, 0.9);
  return { bytes: bigPhoto.size };
}

async function timeBigPhoto(useImageDecoder: boolean): Promise<WorkerTiming> {
  if (!bigPhoto) throw new Error('makeBigPhoto first');
  const t0 = performance.now();
  const a = await ask(bigPhoto, useImageDecoder);
  const roundTripMs = performance.now() - t0;
  if (a.error) throw new Error(a.error);
  return {
    decodeMs: a.decodeMs,
    detectMs: a.detectMs,
    roundTripMs,
    via: a.via,
    faces: a.faces.length,
    width: a.width,
    height: a.height,
  };
}

const api = { init, evaluate, makeBigPhoto, timeBigPhoto };
export type FaceSetApi = typeof api;
(globalThis as unknown as { faceSet: FaceSetApi }).faceSet = api;
