/**
 * Photo-like scenes: a wall or sky over a floor or ground, lit unevenly, with furniture, people, windows,
 * posters and textured things, some of them blurred, and sensor noise. Also document screenshots (letterheads).
 */
import type { Ctx } from './crest';
import type { Random } from './random';

const WALLS = ['#c9c2b3', '#9fb7c9', '#d8d0c0', '#7f8c8d', '#b5a58f', '#e3e1da', '#556b7d', '#a3b18a'];
const FLOORS = ['#6b5443', '#8a8a8a', '#4f6b3a', '#a08060', '#3d3d45', '#b59b7a'];
const CLOTHES = ['#1c1c3c', '#222222', '#5a1e1e', '#2f4f2f', '#6a6a7a', '#8b4513', '#0f2a4a', '#7b2d5b'];
const SKIN = ['#f1c27d', '#c68642', '#8d5524', '#e0ac69', '#ffdbac'];

function rgb(rng: Random): string {
  return `hsl(${rng.int(0, 359)}, ${rng.int(10, 70)}%, ${rng.int(15, 85)}%)`;
}

/**
 * Things in the scene: `count` of them. About half are out of focus: those are drawn first, on a canvas at an
 * sixth of the size scaled up smoothly (a blur that costs nothing, unlike canvas filters), then the sharp ones.
 */
export function drawObjects(ctx: Ctx, rng: Random, w: number, h: number, count: number): void {
  const soft = new OffscreenCanvas(Math.max(1, Math.round(w / 6)), Math.max(1, Math.round(h / 6)));
  const softCtx = soft.getContext('2d')!;
  softCtx.scale(soft.width / w, soft.height / h);
  const sharp: Array<() => void> = [];
  for (let i = 0; i < count; i++) {
    const blurred = rng.chance(0.45);
    const target = blurred ? softCtx : ctx;
    const draw = drawObject(target, rng, w, h);
    if (blurred) draw();
    else sharp.push(draw);
  }
  ctx.save();
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(soft, 0, 0, w, h);
  ctx.restore();
  for (const draw of sharp) draw();
}

/** One thing, its parameters drawn now (so the sequence of random numbers is fixed), drawn when called. */
function drawObject(ctx: Ctx, rng: Random, w: number, h: number): () => void {
  const kind = rng.int(0, 6);
  const x = rng.range(-0.1, 0.95) * w;
  const y = rng.range(0.05, 0.95) * h;
  const s = rng.logRange(0.06, 0.4) * Math.min(w, h);
  const r = rng.fork(Math.floor(rng() * 1e9));
  return () => {
    const rng = r;
    ctx.save();
    switch (kind) {
      case 0: // a blurred blob
        ctx.fillStyle = rgb(rng);
        ctx.beginPath();
        ctx.ellipse(x, y, s, s * rng.range(0.4, 1.2), rng.range(0, Math.PI), 0, Math.PI * 2);
        ctx.fill();
        break;
      case 1: {
        // furniture: a box with a shaded side
        ctx.fillStyle = rgb(rng);
        ctx.fillRect(x, y, s * 1.6, s);
        ctx.fillStyle = 'rgba(0,0,0,0.25)';
        ctx.fillRect(x + s * 1.3, y, s * 0.3, s);
        break;
      }
      case 2: {
        // a person: head and body
        ctx.fillStyle = rng.pick(CLOTHES);
        ctx.beginPath();
        ctx.roundRect(x, y, s * 0.9, s * 1.8, s * 0.3);
        ctx.fill();
        ctx.fillStyle = rng.pick(SKIN);
        ctx.beginPath();
        ctx.arc(x + s * 0.45, y - s * 0.35, s * 0.3, 0, Math.PI * 2);
        ctx.fill();
        break;
      }
      case 3: {
        // a window with bars
        ctx.fillStyle = '#dfeefa';
        ctx.fillRect(x, y, s * 1.2, s);
        ctx.fillStyle = '#f4f4f4';
        ctx.fillRect(x + s * 0.57, y, s * 0.06, s);
        ctx.fillRect(x, y + s * 0.47, s * 1.2, s * 0.06);
        break;
      }
      case 4: {
        // stripes
        ctx.save();
        ctx.beginPath();
        ctx.rect(x, y, s * 1.5, s);
        ctx.clip();
        ctx.fillStyle = rgb(rng);
        ctx.fillRect(x, y, s * 1.5, s);
        ctx.strokeStyle = rgb(rng);
        ctx.lineWidth = s * rng.range(0.03, 0.1);
        const step = s * rng.range(0.08, 0.25);
        const tilt = rng.range(-1, 1) * s;
        for (let k = -s; k < s * 2.5; k += step) {
          ctx.beginPath();
          ctx.moveTo(x + k, y);
          ctx.lineTo(x + k + tilt, y + s);
          ctx.stroke();
        }
        ctx.restore();
        break;
      }
      case 5: {
        // a checked tablecloth or tiles
        const n = rng.int(3, 8);
        const c1 = rgb(rng);
        const c2 = rgb(rng);
        for (let a = 0; a < n; a++) {
          for (let b = 0; b < n; b++) {
            ctx.fillStyle = (a + b) % 2 ? c1 : c2;
            ctx.fillRect(x + (a * s) / n, y + (b * s) / n, s / n + 0.5, s / n + 0.5);
          }
        }
        break;
      }
      default: {
        // a poster with text lines
        ctx.fillStyle = rgb(rng);
        ctx.fillRect(x, y, s, s * 1.3);
        ctx.fillStyle = rgb(rng);
        ctx.font = `bold ${Math.max(6, Math.round(s * 0.14))}px sans-serif`;
        ctx.fillText('OPEN DAY', x + s * 0.08, y + s * 0.3, s * 0.85);
        for (let k = 0; k < 4; k++) ctx.fillRect(x + s * 0.08, y + s * (0.55 + k * 0.16), s * 0.8, s * 0.06);
        break;
      }
    }
    ctx.restore();
  };
}

/** The room or outdoor background: two gradients split at a horizon. */
export function drawBackground(ctx: Ctx, rng: Random, w: number, h: number): void {
  const horizon = rng.range(0.45, 0.8) * h;
  const wall = ctx.createLinearGradient(0, 0, rng.range(0, w), horizon);
  wall.addColorStop(0, rng.pick(WALLS));
  wall.addColorStop(1, rng.pick(WALLS));
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, w, horizon);
  const floor = ctx.createLinearGradient(0, horizon, 0, h);
  floor.addColorStop(0, rng.pick(FLOORS));
  floor.addColorStop(1, rng.pick(FLOORS));
  ctx.fillStyle = floor;
  ctx.fillRect(0, horizon, w, h - horizon);
}

/** Uneven light (a vignette or a side light), then sensor noise. */
export function finishPhoto(ctx: Ctx, rng: Random, w: number, h: number): void {
  ctx.save();
  const light = ctx.createRadialGradient(
    rng.range(0, w),
    rng.range(0, h),
    0,
    w / 2,
    h / 2,
    Math.max(w, h) * rng.range(0.6, 1.2),
  );
  light.addColorStop(0, `rgba(255,255,255,${rng.range(0, 0.25).toFixed(2)})`);
  light.addColorStop(1, `rgba(0,0,0,${rng.range(0.1, 0.45).toFixed(2)})`);
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
  const sigma = rng.range(2, 9);
  const image = ctx.getImageData(0, 0, w, h);
  const d = image.data;
  // One step of a linear congruential generator per pixel: two bytes make a triangular luminance noise (standard
  // deviation about sigma), a third a little colour noise.
  let state = Math.floor(rng() * 2 ** 31);
  const k = (sigma * Math.SQRT2 * 1.73) / 255;
  for (let i = 0; i < d.length; i += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) | 0;
    const n = ((state >>> 24) + ((state >>> 16) & 255) - 255) * k;
    const c = (((state >>> 8) & 255) - 128) * (sigma / 256);
    d[i] = d[i]! + n + c;
    d[i + 1] = d[i + 1]! + n;
    d[i + 2] = d[i + 2]! + n - c;
  }
  ctx.putImageData(image, 0, 0);
}

/** A screenshot of a document: a grey app frame, a white page with text lines. Returns the page's box. */
export function drawDocument(
  ctx: Ctx,
  rng: Random,
  w: number,
  h: number,
): { x: number; y: number; width: number; height: number } {
  ctx.fillStyle = rng.pick(['#e8eaed', '#f1f3f4', '#d5d8dc', '#2b2b2b']);
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = rng.pick(['#3c4043', '#1a73e8', '#5f6368', '#444444']);
  ctx.fillRect(0, 0, w, h * 0.06);
  const page = { x: w * rng.range(0.05, 0.2), y: h * 0.09, width: 0, height: h * 0.95 };
  page.width = w - 2 * page.x;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(page.x, page.y, page.width, page.height);
  ctx.fillStyle = '#333333';
  const line = Math.max(6, Math.round(h * 0.022));
  ctx.font = `${line}px serif`;
  const words = ['Dear', 'Parents', 'and', 'Carers,', 'the', 'school', 'trip', 'to', 'the', 'museum', 'will'];
  for (let y = page.y + page.height * 0.35; y < page.y + page.height - line; y += line * 1.6) {
    const text = Array.from({ length: 12 }, () => rng.pick(words)).join(' ');
    ctx.fillText(text, page.x + page.width * 0.08, y, page.width * rng.range(0.5, 0.84));
  }
  return page;
}
