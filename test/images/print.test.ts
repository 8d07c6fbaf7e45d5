import { describe, expect, it } from 'vitest';
import { findLogo, isCurrentPrint, logoPrint, logoProblem } from '../../src/images';
import { fromBase64 } from '../../src/images/print';
import type { LogoPrint, PixelImage } from '../../src/images/types';
import { crestFile, drawCrest, scene, transparentCrest } from './synthetic';

const grid = (p: LogoPrint) => ({
  luma: fromBase64(p.luma, p.cols * p.rows)!,
  cover: fromBase64(p.cover, p.cols * p.rows)!,
});

describe('logoPrint', () => {
  const logo = crestFile('school', 200);
  const print = logoPrint(logo);

  it('is a small JSON-serialisable grid of the crest’s own shape, without its margin', () => {
    expect(print.v).toBe(2);
    expect(isCurrentPrint(print)).toBe(true);
    expect(isCurrentPrint({ v: 1 })).toBe(false);
    // The crest is 180 × 216 inside the 200-pixel file's 10-pixel margin (one pixel of outline taken off).
    expect(print.width).toBeGreaterThanOrEqual(176);
    expect(print.width).toBeLessThanOrEqual(181);
    expect(print.height).toBeGreaterThanOrEqual(212);
    expect(print.height).toBeLessThanOrEqual(217);
    expect(Math.max(print.cols, print.rows)).toBe(80);
    expect(print.cols / print.rows).toBeCloseTo(180 / 216, 1);
    const { luma, cover } = grid(print);
    expect(luma).toHaveLength(print.cols * print.rows);
    // The corners beside the shield's point are not the logo's.
    expect(cover[(print.rows - 1) * print.cols]).toBeLessThan(30);
    expect(cover[Math.floor(print.rows / 2) * print.cols + Math.floor(print.cols / 2)]).toBe(255);
    expect(JSON.stringify(print).length).toBeLessThan(20_000);
    expect(JSON.parse(JSON.stringify(print))).toEqual(print);
  });

  it('does not depend on the margin or the size of the logo file', () => {
    const roomy = logoPrint(crestFile('school', 300, 60));
    expect(roomy.cols).toBe(print.cols);
    expect(roomy.rows).toBe(print.rows);
    const a = grid(print);
    const b = grid(roomy);
    let diff = 0;
    let n = 0;
    for (let i = 0; i < a.luma.length; i++) {
      if (a.cover[i]! < 250 || b.cover[i]! < 250) continue;
      diff += Math.abs(a.luma[i]! - b.luma[i]!);
      n++;
    }
    expect(n).toBeGreaterThan(0.5 * a.luma.length);
    expect(diff / n).toBeLessThan(8);
  });

  it('takes a transparent logo’s shape from its alpha, and keeps the logo’s own colours at the edge', () => {
    const transparent = logoPrint(transparentCrest('school', 180));
    const { luma, cover } = grid(transparent);
    // Cells on the outline are partly covered, and their luminance is the crest's border, not a blend.
    let edges = 0;
    for (let i = 0; i < cover.length; i++) {
      if (cover[i]! > 60 && cover[i]! < 200) {
        edges++;
        expect(luma[i], `cell ${i}`).toBeGreaterThan(150);
      }
    }
    expect(edges).toBeGreaterThan(20);
    const picture = scene(480, 360, 21);
    drawCrest(picture, 'school', 200, 80, 130);
    expect(findLogo(picture, [transparent]).match).toBe(true);
  });

  it('keeps the whole box of a logo that fills it, and matches it', () => {
    // A photo-like logo: shapes of every shade on a strong ramp, edge to edge (no plain colour all round).
    const photo = scene(120, 90, 3);
    for (let y = 0; y < 90; y++) {
      for (let x = 0; x < 120; x++) photo.data[y * 120 + x] = (photo.data[y * 120 + x]! + (x + y) * 1.2) / 2;
    }
    const p = logoPrint(photo);
    expect(p.width).toBe(120);
    expect(p.height).toBe(90);
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
      expect(grid(p).luma).not.toBeNull();
      expect(logoProblem(image)).toMatch(/./);
    }
    expect(logoProblem({ width: 0, height: 0, data: new Uint8Array(0) })).toBe('the picture is empty');
    expect(logoProblem({ width: 10, height: 10, data: new Uint8Array(3) })).toMatch(/does not fit a 10×10/);
    expect(logoProblem({ width: 8, height: 8, data: new Uint8Array(64) })).toMatch(/too small/);
    expect(logoProblem({ width: 64, height: 64, data: new Uint8Array(64 * 64) })).toMatch(/flat colour/);
    expect(logoProblem(logo)).toBeNull();
  });
});
