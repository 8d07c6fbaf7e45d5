import { describe, expect, it } from 'vitest';
import { findLogo, logoPrint, logoProblem } from '../../src/images';
import type { PixelImage } from '../../src/images/types';
import { crestFile, drawCrest, prng, scene } from './synthetic';

describe('logoPrint', () => {
  const logo = crestFile('school', 200);
  const print = logoPrint(logo);

  it('is a small JSON-serialisable set of grids of the crest without its margin', () => {
    expect(print.v).toBe(1);
    // The crest is 180 × 216 inside the 200-pixel file's 10-pixel margin.
    expect(print.width).toBeGreaterThanOrEqual(179);
    expect(print.width).toBeLessThanOrEqual(181);
    expect(print.height).toBeGreaterThanOrEqual(215);
    expect(print.height).toBeLessThanOrEqual(217);
    for (const grid of [print.coarse, print.fine]) {
      expect(grid.luma).toHaveLength(grid.cols * grid.rows);
      expect(grid.cover).toHaveLength(grid.cols * grid.rows);
      for (const v of [...grid.luma, ...grid.cover!]) {
        expect(Number.isInteger(v) && v >= 0 && v <= 255).toBe(true);
      }
      expect(grid.cols / grid.rows).toBeCloseTo(180 / 216, 0);
    }
    expect(print.coarse.cols * print.coarse.rows).toBeLessThan(200);
    expect(print.fine.cols * print.fine.rows).toBeGreaterThan(600);
    expect(JSON.stringify(print).length).toBeLessThan(10_000);
    expect(JSON.parse(JSON.stringify(print))).toEqual(print);
  });

  it('does not depend on the margin or the size of the logo file', () => {
    const roomy = logoPrint(crestFile('school', 300, 60));
    const diff = roomy.fine.luma.map((v, i) => Math.abs(v - print.fine.luma[i]!));
    expect(roomy.fine.cols).toBe(print.fine.cols);
    expect(Math.max(...diff)).toBeLessThan(40);
    expect(diff.reduce((a, b) => a + b, 0) / diff.length).toBeLessThan(4);
  });

  it('takes a transparent logo’s shape from its alpha, and finds it on any background', () => {
    const w = 180;
    const h = 216;
    const grey = { width: w, height: h, data: new Uint8Array(w * h) };
    const mask = { width: w, height: h, data: new Uint8Array(w * h) };
    drawCrest(grey, 'school', 0, 0, w);
    mask.data.fill(0);
    drawCrest(mask, 'school', 0, 0, w, { gain: 0, offset: 255 });
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      const a = mask.data[i]!;
      // Premultiplied edges undone: the colour is the crest's, the alpha its coverage.
      const g = a > 0 ? Math.min(255, Math.round((grey.data[i]! * 255) / a)) : 0;
      rgba.set([g, g, g, a], i * 4);
    }
    const transparent = logoPrint({ width: w, height: h, data: rgba });
    expect(transparent.fine.cover).toBeDefined();
    const picture = scene(480, 360, 21);
    drawCrest(picture, 'school', 200, 80, 130);
    expect(findLogo(picture, [transparent]).match).toBe(true);
  });

  it('has no shape grid for a logo that fills its box', () => {
    const rnd = prng(3);
    const photo = { width: 120, height: 90, data: new Uint8Array(120 * 90).map(() => rnd() * 255) };
    const p = logoPrint(photo);
    expect(p.fine.cover).toBeUndefined();
    expect(p.width).toBe(120);
    expect(findLogo(photo, [p]).match).toBe(true);
  });

  it('never throws, and says what is wrong with an unusable logo', () => {
    const bad: PixelImage[] = [
      { width: 0, height: 0, data: new Uint8Array(0) },
      { width: 1, height: 1, data: new Uint8Array([0]) },
      { width: 4000, height: 1, data: new Uint8Array(4000) },
      { width: 64, height: 64, data: new Uint8Array(64 * 64) },
      { width: 64, height: 64, data: new Uint8Array(64 * 64 * 4).fill(255) },
      { width: 10, height: 10, data: new Uint8Array(3) },
    ];
    for (const image of bad) {
      const p = logoPrint(image);
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
      for (const v of [...p.coarse.luma, ...p.fine.luma]) expect(Number.isFinite(v)).toBe(true);
      expect(logoProblem(image)).toMatch(/./);
    }
    expect(logoProblem({ width: 0, height: 0, data: new Uint8Array(0) })).toBe('the picture is empty');
    expect(logoProblem({ width: 10, height: 10, data: new Uint8Array(3) })).toMatch(/does not fit a 10×10/);
    expect(logoProblem({ width: 8, height: 8, data: new Uint8Array(64) })).toMatch(/too small/);
    expect(logoProblem({ width: 64, height: 64, data: new Uint8Array(64 * 64) })).toMatch(/flat colour/);
    expect(logoProblem(logo)).toBeNull();
  });
});
