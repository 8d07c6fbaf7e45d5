/**
 * The face detector (src/faces/detector.ts) in Node: face-api's sample photos have faces, and exactly the ones
 * face-api itself finds (face-api-reference.json: @vladmandic/face-api 1.7.15 with tfjs-core's CPU backend,
 * inputSize 416, on the same 416-px pictures, scores ≥ 0.3); generated crests, logos, scenes and text have
 * none; malformed pictures never throw synchronously and reject with a clear Error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { detectFaces, findFaces, loadModel, MIN_FACE, SCORE_THRESHOLD } from '../../src/faces/detector';
import { type ManifestWeight, parseWeights } from '../../src/faces/net';
import type { FaceBox, RgbImage } from '../../src/faces/types';
import { crestFile, iou, scene } from '../images/synthetic';
import reference from './face-api-reference.json';
import { FACE_API_DIR, readJpeg, SAMPLES, shrink } from './images';

const ROOT = resolve(import.meta.dirname, '../..');

/** vite's `?url` gives the model's root-relative path; serve it from the checkout, as the extension would. */
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    if (!url.startsWith('/')) return new Response(null, { status: 404 });
    return new Response(readFileSync(resolve(ROOT, `.${url}`)));
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const samples = SAMPLES.map((path) => ({ name: path.split('/').pop()!, full: readJpeg(path) }));

/** `image` on a black square, as face-api pads it (its input is then identical to face-api's). */
function padToSquare(image: RgbImage): RgbImage {
  const side = Math.max(image.width, image.height);
  const rgb = new Uint8Array(side * side * 3);
  for (let y = 0; y < image.height; y++) {
    rgb.set(image.rgb.subarray(y * image.width * 3, (y + 1) * image.width * 3), y * side * 3);
  }
  return { width: side, height: side, rgb };
}

function gray(image: { width: number; height: number; data: Uint8Array | Uint8ClampedArray }): RgbImage {
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let i = 0; i < image.data.length; i++) rgb[i * 3] = rgb[i * 3 + 1] = rgb[i * 3 + 2] = image.data[i]!;
  return { width: image.width, height: image.height, rgb };
}

function fill(
  width: number,
  height: number,
  at: (x: number, y: number) => [number, number, number],
): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rgb.set(at(x, y), (y * width + x) * 3);
  }
  return { width, height, rgb };
}

/** A pseudo-random generator for the generated pictures. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A text screenshot: dark "words" (short bars) in lines on white, with a coloured header band. */
function textScreenshot(width: number, height: number, seed: number): RgbImage {
  const r = rng(seed);
  const image = fill(width, height, (_, y) => (y < height * 0.12 ? [24, 119, 242] : [255, 255, 255]));
  const line = Math.max(8, Math.round(height / 28));
  for (let y = Math.round(height * 0.18); y + line < height * 0.95; y += line * 1.6) {
    let x = Math.round(width * 0.05);
    while (x < width * 0.9) {
      const word = Math.round(line * (1 + r() * 4));
      for (let yy = y; yy < y + line * 0.7; yy++) {
        for (let xx = x; xx < Math.min(width, x + word); xx++)
          image.rgb.fill(30, (yy * width + xx) * 3, (yy * width + xx) * 3 + 3);
      }
      x += word + line * 0.6;
    }
  }
  return image;
}

/** A school crest (synthetic.ts) on a coloured blazer-like background. */
function crestOnColour(seed: number): RgbImage {
  const crest = crestFile(seed % 2 ? 'school' : 'other', 220);
  const r = rng(seed);
  const bg: [number, number, number] = [
    Math.round(r() * 80),
    Math.round(r() * 80),
    60 + Math.round(r() * 100),
  ];
  const width = 400;
  const height = 400;
  const image = fill(width, height, () => bg);
  for (let y = 0; y < crest.height; y++) {
    for (let x = 0; x < crest.width; x++) {
      const v = crest.data[y * crest.width + x]!;
      const o = ((y + 60) * width + x + 90) * 3;
      image.rgb[o] = Math.round(v * 0.9);
      image.rgb[o + 1] = Math.round(v * 0.75);
      image.rgb[o + 2] = Math.round(v * 0.3);
    }
  }
  return image;
}

/** A round badge logo: concentric rings and a star, in two colours. */
function roundel(size: number, seed: number): RgbImage {
  const r = rng(seed);
  const c1: [number, number, number] = [Math.round(r() * 255), Math.round(r() * 255), Math.round(r() * 255)];
  const c2: [number, number, number] = [255 - c1[0], 255 - c1[1], 255 - c1[2]];
  return fill(size, size, (x, y) => {
    const dx = x - size / 2;
    const dy = y - size / 2;
    const d = Math.hypot(dx, dy) / (size / 2);
    if (d > 0.95) return [255, 255, 255];
    const star = d < 0.45 * (0.6 + 0.4 * Math.cos(5 * Math.atan2(dy, dx)));
    return star || (d > 0.7 && d < 0.8) ? c2 : c1;
  });
}

const negatives: Array<{ name: string; image: () => RgbImage }> = [
  { name: 'white', image: () => fill(416, 312, () => [255, 255, 255]) },
  { name: 'black', image: () => fill(416, 312, () => [0, 0, 0]) },
  { name: 'skin-coloured flat', image: () => fill(416, 312, () => [224, 172, 105]) },
  { name: 'gradient', image: () => fill(416, 312, (x, y) => [x % 256, y % 256, 128]) },
  { name: 'noise', image: () => fill(320, 320, ((r) => () => [r() * 255, r() * 255, r() * 255])(rng(3))) },
  {
    name: 'checkerboard',
    image: () => fill(416, 416, (x, y) => (((x >> 4) + (y >> 4)) % 2 ? [0, 0, 0] : [255, 255, 255])),
  },
  ...[1, 2, 3].map((seed) => ({
    name: `text screenshot ${seed}`,
    image: () => textScreenshot(416, 520, seed),
  })),
  ...[1, 2, 3, 4].map((seed) => ({ name: `crest ${seed}`, image: () => crestOnColour(seed) })),
  ...[1, 2].map((kind) => ({
    name: `crest file ${kind}`,
    image: () => gray(crestFile(kind === 1 ? 'school' : 'other', 300)),
  })),
  ...[1, 2, 3].map((seed) => ({ name: `roundel logo ${seed}`, image: () => roundel(300, seed) })),
  ...[1, 2, 3, 4].map((seed) => ({ name: `busy scene ${seed}`, image: () => gray(scene(416, 312, seed)) })),
];

describe('face-api sample photos', () => {
  it.each(samples)('$name has faces at the working size and at full size', async ({ full }) => {
    expect((await detectFaces(shrink(full, 416))).faces.length).toBeGreaterThan(0);
    expect((await detectFaces(shrink(full, 512))).faces.length).toBeGreaterThan(0);
    expect((await detectFaces(full)).faces.length).toBeGreaterThan(0);
  });

  it.each(samples)('$name: the same faces and scores as face-api', async ({ name, full }) => {
    const net = await loadModel();
    const expected = reference.find((r) => r.sample === name)!;
    const image = shrink(full, 416);
    expect([image.width, image.height]).toEqual([expected.width, expected.height]);
    const found = findFaces(net, padToSquare(image), { minScore: 0.3, minFace: 0 });
    expect(found.length).toBe(expected.faces.length);
    for (const want of expected.faces) {
      const best = found.reduce<FaceBox | null>((a, b) => (a && iou(a, want) >= iou(b, want) ? a : b), null)!;
      expect(iou(best, want)).toBeGreaterThan(0.95);
      expect(Math.abs(best.score - want.score)).toBeLessThan(0.005);
    }
  });

  it('faces come back in the input picture’s pixels', async () => {
    const full = samples[1]!.full;
    const small = (await detectFaces(shrink(full, 416))).faces[0]!;
    const big = (await detectFaces(full)).faces[0]!;
    const k = full.width / 416;
    expect(
      iou({ x: small.x * k, y: small.y * k, width: small.width * k, height: small.height * k }, big),
    ).toBeGreaterThan(0.8);
    expect(big.x + big.width).toBeLessThanOrEqual(full.width);
    expect(big.score).toBeGreaterThanOrEqual(SCORE_THRESHOLD);
  });

  it('faces narrower than minFace are dropped', async () => {
    // Sample 2 (one face, about 14 % of its width) at 300 px in a corner of a 416-px grey picture: a face of
    // about 42 px, 10 % of the picture's width.
    const net = await loadModel();
    const face = shrink(samples[1]!.full, 300);
    const picture = fill(416, 312, () => [128, 128, 128]);
    for (let y = 0; y < face.height; y++) {
      picture.rgb.set(face.rgb.subarray(y * face.width * 3, (y + 1) * face.width * 3), y * picture.width * 3);
    }
    expect(MIN_FACE).toBeLessThan(0.1);
    expect(findFaces(net, picture, { minFace: 0 })).toHaveLength(1);
    expect(findFaces(net, picture, { minFace: 0.15 })).toEqual([]);
  });
});

describe('pictures without people', () => {
  it.each(negatives)('$name has no faces', async ({ image }) => {
    expect((await detectFaces(image())).faces).toEqual([]);
  });
});

describe('malformed pictures', () => {
  const cases: Array<{ name: string; image: unknown; faces?: FaceBox[]; error?: RegExp }> = [
    { name: '0 × 0', image: { width: 0, height: 0, rgb: new Uint8Array(0) }, faces: [] },
    { name: '0 × 100', image: { width: 0, height: 100, rgb: new Uint8Array(0) }, faces: [] },
    { name: '1 × 1', image: { width: 1, height: 1, rgb: new Uint8Array(3) }, faces: [] },
    {
      name: '23 × 400 (too narrow)',
      image: { width: 23, height: 400, rgb: new Uint8Array(23 * 400 * 3) },
      faces: [],
    },
    {
      name: '3000 × 24 strip',
      image: { width: 3000, height: 24, rgb: new Uint8Array(3000 * 24 * 3) },
      faces: [],
    },
    { name: 'bytes short', image: { width: 10, height: 10, rgb: new Uint8Array(299) }, error: /300 bytes/ },
    { name: 'RGBA bytes', image: { width: 10, height: 10, rgb: new Uint8Array(400) }, error: /RGB/ },
    { name: 'plain array', image: { width: 1, height: 1, rgb: [1, 2, 3] }, error: /RGB/ },
    { name: 'no pixels', image: { width: 4, height: 4 }, error: /RGB/ },
    { name: 'NaN size', image: { width: Number.NaN, height: 4, rgb: new Uint8Array(0) }, error: /size/ },
    { name: 'negative size', image: { width: -4, height: -4, rgb: new Uint8Array(48) }, error: /size/ },
    { name: 'fractional size', image: { width: 2.5, height: 4, rgb: new Uint8Array(30) }, error: /size/ },
    {
      name: 'huge size, few bytes',
      image: { width: 100_000, height: 100_000, rgb: new Uint8Array(3) },
      error: /too large/,
    },
    { name: 'null', image: null, error: /not a picture/ },
    { name: 'a string', image: 'picture.jpg', error: /not a picture/ },
  ];

  it.each(cases)('$name', async ({ image, faces, error }) => {
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = detectFaces(image as RgbImage);
    }).not.toThrow();
    if (error) await expect(promise).rejects.toThrow(error);
    else await expect(promise).resolves.toEqual({ faces });
  });
});

describe('the weights', () => {
  const dir = resolve(FACE_API_DIR, 'model');
  const manifest = JSON.parse(
    readFileSync(resolve(dir, 'tiny_face_detector_model-weights_manifest.json'), 'utf8'),
  )[0].weights as ManifestWeight[];
  const bytes = new Uint8Array(readFileSync(resolve(dir, 'tiny_face_detector_model.bin')));

  it('parse as the Tiny Face Detector', () => {
    const weights = parseWeights(manifest, bytes);
    expect(weights.layers.map((l) => l.cout)).toEqual([32, 64, 128, 256, 512]);
  });

  it.each([
    { name: 'a truncated file', m: manifest, b: bytes.subarray(0, bytes.length - 1), error: /too short/ },
    { name: 'extra bytes', m: manifest, b: new Uint8Array(bytes.length + 1), error: /extra bytes/ },
    { name: 'another model', m: manifest.slice(1), b: bytes, error: /unexpected manifest/ },
    {
      name: 'a renamed layer',
      m: manifest.map((w, i) => (i === 3 ? { ...w, name: 'conv9/bias' } : w)),
      b: bytes,
      error: /unexpected weight/,
    },
  ])('reject $name', ({ m, b, error }) => {
    expect(() => parseWeights(m, b)).toThrow(error);
  });
});
