import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, findLogo, grayscale, logoPrint } from '../../src/images';
import type { LogoPrint, PixelImage } from '../../src/images/types';
import {
  crestFile,
  drawCrest,
  drawCrestInQuad,
  iou,
  prng,
  scene,
  toRgba,
  transparentCrest,
} from './synthetic';

const logo = crestFile('school', 200);
const print = logoPrint(logo);

/** The corners of a crest `w` wide centred at (cx, cy), turned by `degrees`, its right side `tilt` shorter. */
function quad(cx: number, cy: number, w: number, degrees: number, tilt = 0): Array<[number, number]> {
  const h = w * 1.2;
  const corners: Array<[number, number]> = [
    [-w / 2, -h / 2],
    [w / 2, (-h / 2) * (1 - tilt)],
    [w / 2, (h / 2) * (1 - tilt)],
    [-w / 2, h / 2],
  ];
  const r = (degrees * Math.PI) / 180;
  return corners.map(([x, y]) => [
    cx + x * Math.cos(r) - y * Math.sin(r),
    cy + x * Math.sin(r) + y * Math.cos(r),
  ]);
}

describe('findLogo', () => {
  it('matches the logo file itself, with the crest’s box', () => {
    const m = findLogo(logo, [print]);
    expect(m.match).toBe(true);
    expect(m.score).toBeGreaterThan(0.8);
    expect(m.logo).toBe(0);
    // The print is of the crest without the file's white margin (10 px a side).
    expect(iou(m.box!, { x: 10, y: 10, width: 180, height: 216 })).toBeGreaterThan(0.9);
    expect(m.corners).toHaveLength(4);
  });

  it('matches RGBA as it matches grey', () => {
    const grey = findLogo(logo, [print]);
    const rgba = findLogo(toRgba(logo), [print]);
    expect(rgba.match).toBe(true);
    expect(Math.abs(rgba.score - grey.score)).toBeLessThan(0.01);
    expect(grayscale(toRgba(logo))).toEqual(logo);
    expect(grayscale({ width: 2, height: 2, data: new Uint8Array(3) })).toBeNull();
  });

  it('finds a smaller copy inside a busy scene, where it is', () => {
    for (const [seed, x, y, w] of [
      [1, 40, 60, 120],
      [2, 300, 30, 90],
      [3, 200, 150, 160],
    ] as const) {
      const picture = scene(512, 384, seed);
      drawCrest(picture, 'school', x, y, w, { paper: seed === 3 });
      const m = findLogo(picture, [print]);
      expect(m.match, `seed ${seed}`).toBe(true);
      expect(iou(m.box!, { x, y, width: w, height: w * 1.2 }), `seed ${seed}`).toBeGreaterThan(0.8);
      expect(m.scale).toBeCloseTo(w / 512, 1);
    }
  });

  it('finds it turned by up to 15°, and in perspective', () => {
    for (const [seed, degrees, tilt] of [
      [31, 15, 0],
      [32, -15, 0],
      [33, 8, 0.12],
      [34, -5, 0.1],
    ] as const) {
      const picture = scene(512, 384, seed);
      const corners = quad(260, 190, 150, degrees, tilt);
      drawCrestInQuad(picture, 'school', corners);
      const m = findLogo(picture, [print]);
      expect(m.match, `${degrees}°, tilt ${tilt}`).toBe(true);
      // The corners it found are where the crest's are, to a few pixels.
      for (let i = 0; i < 4; i++) {
        const [x, y] = m.corners![i]!;
        expect(Math.hypot(x - corners[i]![0], y - corners[i]![1]), `corner ${i}`).toBeLessThan(6);
      }
    }
  });

  it('finds a transparent logo flattened onto black, or onto a colour', () => {
    const transparent = transparentCrest('school', 180);
    const own = logoPrint(transparent);
    for (const background of [0, 30, 128]) {
      const picture = { width: 220, height: 256, data: new Uint8Array(220 * 256).fill(background) };
      drawCrest(picture, 'school', 20, 20, 180);
      expect(findLogo(picture, [own]).match, `on ${background}`).toBe(true);
    }
  });

  it('finds a copy with its light and contrast changed', () => {
    const picture = scene(480, 360, 4);
    drawCrest(picture, 'school', 150, 60, 150, { gain: 0.6, offset: 60 });
    expect(findLogo(picture, [print]).match).toBe(true);
  });

  it('finds a small copy, 12 % of the picture’s width', () => {
    const picture = scene(512, 384, 8);
    drawCrest(picture, 'school', 300, 200, 64);
    const m = findLogo(picture, [print]);
    expect(m.match).toBe(true);
    expect(iou(m.box!, { x: 300, y: 200, width: 64, height: 76.8 })).toBeGreaterThan(0.7);
  });

  it('finds a copy cropped by 10 % at the top and a side, or with a border added', () => {
    for (const left of [true, false]) {
      const cropped = { width: 180, height: 218, data: new Uint8Array(180 * 218) };
      for (let y = 0; y < 218; y++) {
        for (let x = 0; x < 180; x++)
          cropped.data[y * 180 + x] = logo.data[(y + 22) * 200 + x + (left ? 20 : 0)]!;
      }
      expect(findLogo(cropped, [print]).match, left ? 'left' : 'right').toBe(true);
    }
    const framed = { width: 240, height: 276, data: new Uint8Array(240 * 276).fill(20) };
    for (let y = 0; y < logo.height; y++) {
      for (let x = 0; x < 200; x++) framed.data[(y + 20) * 240 + x + 20] = logo.data[y * 200 + x]!;
    }
    expect(findLogo(framed, [print]).match).toBe(true);
  });

  it('does not match a different crest with the same shield, nor scenes without the logo', () => {
    expect(findLogo(crestFile('other', 200), [print]).match).toBe(false);
    const picture = scene(512, 384, 5);
    drawCrest(picture, 'other', 100, 50, 150, { paper: true });
    expect(findLogo(picture, [print]).match).toBe(false);
    const turned = scene(512, 384, 9);
    drawCrestInQuad(turned, 'other', quad(250, 190, 160, 10, 0.08));
    expect(findLogo(turned, [print]).match).toBe(false);
    for (let seed = 10; seed < 16; seed++) {
      const m = findLogo(scene(512, 384, seed), [print]);
      expect(m.match, `seed ${seed}`).toBe(false);
      expect(m.score).toBeLessThan(DEFAULT_THRESHOLD);
    }
  });

  it('checks every print and says which matched', () => {
    const other = logoPrint(crestFile('other', 200));
    const m = findLogo(logo, [other, print]);
    expect(m.match).toBe(true);
    expect(m.logo).toBe(1);
  });

  it('reports the box in the input’s pixels when it had to shrink the picture', () => {
    const big = scene(1600, 1200, 6);
    drawCrest(big, 'school', 600, 300, 400, { paper: true });
    const m = findLogo(big, [print]);
    expect(m.match).toBe(true);
    expect(iou(m.box!, { x: 600, y: 300, width: 400, height: 480 })).toBeGreaterThan(0.8);
  });

  it('works with a print that went through JSON', () => {
    const copy = JSON.parse(JSON.stringify(print)) as LogoPrint;
    expect(copy).toEqual(print);
    const picture = scene(400, 300, 7);
    drawCrest(picture, 'school', 120, 40, 110);
    expect(findLogo(picture, [copy])).toEqual(findLogo(picture, [print]));
  });

  it('never throws and never answers NaN, whatever it is given', () => {
    const rnd = prng(9);
    const inputs: unknown[] = [
      { width: 0, height: 0, data: new Uint8Array(0) },
      { width: 1, height: 1, data: new Uint8Array([7]) },
      { width: 1, height: 1, data: new Uint8Array([1, 2, 3, 4]) },
      { width: 100, height: 100, data: new Uint8Array(100 * 100) },
      { width: 100, height: 100, data: new Uint8Array(100 * 100).fill(255) },
      { width: 5000, height: 1, data: new Uint8Array(5000).map(() => rnd() * 255) },
      { width: 1, height: 5000, data: new Uint8Array(5000).map(() => rnd() * 255) },
      { width: 3000, height: 20, data: new Uint8Array(60000).map(() => rnd() * 255) },
      { width: 10, height: 10, data: new Uint8Array(7) },
      { width: Number.NaN, height: 10, data: new Uint8Array(10) },
      { width: -5, height: 10, data: new Uint8Array(10) },
      { width: 2.5, height: 4, data: new Uint8Array(10) },
      { width: 10, height: 10 },
      null,
      undefined,
      'a picture',
    ];
    const prints: unknown[] = [
      [print],
      [],
      null,
      [null],
      [{ v: 1, width: 10, height: 10, coarse: {}, fine: {} }],
      [{ ...print, luma: 'not base64!' }],
      [{ ...print, cover: print.luma.slice(4) }],
      [{ ...print, cols: 1000 }],
      [logoPrint({ width: 0, height: 0, data: new Uint8Array(0) })],
      [logoPrint({ width: 50, height: 50, data: new Uint8Array(2500) })],
    ];
    for (const input of inputs) {
      for (const p of prints) {
        const m = findLogo(input as PixelImage, p as LogoPrint[]);
        expect(m.match).toBe(false);
        expect(Number.isFinite(m.score)).toBe(true);
        if (m.box) for (const v of Object.values(m.box)) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});
