/**
 * The generated test set for the logo matcher, deterministic for a seed. Each case draws a picture on a canvas
 * and encodes it with the browser's own encoders (PNG, JPEG at a quality, WebP), as a member of staff's file
 * would arrive:
 *
 * - `file` (the logo, should match): the school's crest file resized 25–400 %, recompressed (JPEG down to
 *   quality 30), converted, cropped up to 10 % a side, with a border or a caption, colours shifted, combined;
 * - `photo` (should match): the crest inside photo-like scenes at 15–60 % of the width — on a blazer, on a sign,
 *   on a poster, painted on a wall, at the top of a letter (a screenshot) — lit unevenly, noisy, slightly
 *   blurred or turned, JPEG;
 * - negatives (should not match): `other-crest` (other schools' crests), `lookalike` (other crests with the
 *   school's very shield outline and border, half of them in its colours), `other-logo` (roundels, wordmarks,
 *   badges, app icons), `scene` (photos and letters without any crest), `photo-other` (other crests and logos
 *   inside scenes).
 */
import {
  type CrestSpec,
  type Ctx,
  crestAspect,
  drawCrest,
  drawLogo,
  type LogoSpec,
  logoAspect,
  otherCrest,
  otherLogo,
  SCHOOL_CREST,
} from './crest';
import { type Random, random } from './random';
import { drawBackground, drawDocument, drawObjects, finishPhoto } from './scene';

export type Category =
  | 'file'
  | 'photo'
  | 'other-crest'
  | 'lookalike'
  | 'other-logo'
  | 'scene'
  | 'photo-other';

export const CATEGORIES: Category[] = [
  'file',
  'photo',
  'other-crest',
  'lookalike',
  'other-logo',
  'scene',
  'photo-other',
];

/** Whether the school's logo is in the picture. */
export const SHOWS_LOGO: Record<Category, boolean> = {
  file: true,
  photo: true,
  'other-crest': false,
  lookalike: false,
  'other-logo': false,
  scene: false,
  'photo-other': false,
};

/** How many cases of each category the set has. */
export const COUNTS: Record<Category, number> = {
  file: 110,
  photo: 70,
  'other-crest': 45,
  lookalike: 20,
  'other-logo': 35,
  scene: 40,
  'photo-other': 30,
};

export interface Case {
  id: string;
  category: Category;
  /** What was done, for the failure listing. */
  note: string;
  /** Where the school's crest is in the encoded picture (its pixels), when it is there. */
  truth?: { x: number; y: number; width: number; height: number };
  /** The encoded picture. */
  make(): Promise<Blob>;
}

type Encoding = { type: 'image/png' | 'image/jpeg' | 'image/webp'; quality?: number };

function canvas(width: number, height: number): { canvas: OffscreenCanvas; ctx: Ctx } {
  const c = new OffscreenCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return { canvas: c, ctx };
}

function encode(c: OffscreenCanvas, e: Encoding): Promise<Blob> {
  return c.convertToBlob(e.quality === undefined ? { type: e.type } : { type: e.type, quality: e.quality });
}

function describe(e: Encoding): string {
  return e.type === 'image/png'
    ? 'PNG'
    : `${e.type === 'image/jpeg' ? 'JPEG' : 'WebP'} q${Math.round(e.quality! * 100)}`;
}

/** Width of the crest's canvas, and its margin on each side. */
const FILE_WIDTH = 400;
const FILE_MARGIN = 20;

/** A crest as a logo file: the crest on white (or transparent) with a small margin. */
export function crestFile(spec: CrestSpec, transparent = false): OffscreenCanvas {
  const w = FILE_WIDTH - 2 * FILE_MARGIN;
  const { canvas: c, ctx } = canvas(FILE_WIDTH, w * crestAspect(spec.shape) + 2 * FILE_MARGIN);
  if (!transparent) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
  }
  drawCrest(ctx, spec, FILE_MARGIN, FILE_MARGIN, w);
  return c;
}

function logoFile(spec: LogoSpec, transparent = false): OffscreenCanvas {
  const w = FILE_WIDTH - 2 * FILE_MARGIN;
  const { canvas: c, ctx } = canvas(FILE_WIDTH, w * logoAspect(spec.kind) + 2 * FILE_MARGIN);
  if (!transparent) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
  }
  drawLogo(ctx, spec, FILE_MARGIN, FILE_MARGIN, w);
  return c;
}

/** The school's logo file as IT would upload it: a PNG of the crest on white. */
export function schoolLogoFile(): Promise<Blob> {
  return encode(crestFile(SCHOOL_CREST), { type: 'image/png' });
}

interface Variant {
  scale: number;
  /** Fraction cut from the left, top, right, bottom. */
  crop: [number, number, number, number];
  border?: { colour: string; fraction: number };
  caption?: { text: string; above: boolean; fraction: number; background: string; colour: string };
  filter?: string;
  encoding: Encoding;
}

const CAPTIONS = [
  'Proud of our Year 11s!',
  'Sports day 2024',
  'Well done, team',
  'Open evening tonight',
  'Go Cansfield!',
];

/** A copy of a logo file as someone might have made it: resized, cropped, framed, captioned, recoloured. */
async function variant(
  source: OffscreenCanvas,
  v: Variant,
): Promise<{ blob: Blob; box: { x: number; y: number; width: number; height: number } }> {
  const [l, t, r, b] = v.crop;
  const sx = l * source.width;
  const sy = t * source.height;
  const sw = source.width * (1 - l - r);
  const sh = source.height * (1 - t - b);
  const ow = Math.max(1, Math.round(sw * v.scale));
  const oh = Math.max(1, Math.round(sh * v.scale));
  const border = v.border ? Math.max(1, Math.round(v.border.fraction * Math.max(ow, oh))) : 0;
  const caption = v.caption ? Math.round(v.caption.fraction * oh) : 0;
  const { canvas: c, ctx } = canvas(ow + 2 * border, oh + 2 * border + caption);
  ctx.fillStyle = v.border?.colour ?? '#ffffff';
  ctx.fillRect(0, 0, c.width, c.height);
  const top = border + (v.caption?.above ? caption : 0);
  if (v.caption) {
    ctx.fillStyle = v.caption.background;
    const cy = v.caption.above ? border : border + oh;
    ctx.fillRect(border, cy, ow, caption);
    ctx.fillStyle = v.caption.colour;
    ctx.font = `bold ${Math.max(6, Math.round(caption * 0.45))}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(v.caption.text, border + ow / 2, cy + caption / 2, ow * 0.92);
  }
  ctx.save();
  if (v.filter) ctx.filter = v.filter;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, sx, sy, sw, sh, border, top, ow, oh);
  ctx.restore();
  // The crest's box in the output: the file's margin, cropped and scaled.
  const crestW = (source.width - 2 * FILE_MARGIN) * v.scale;
  const crestH = (source.height - 2 * FILE_MARGIN) * v.scale;
  const box = {
    x: border + (FILE_MARGIN - sx) * v.scale,
    y: top + (FILE_MARGIN - sy) * v.scale,
    width: crestW,
    height: crestH,
  };
  return { blob: await encode(c, v.encoding), box };
}

function describeVariant(v: Variant): string {
  const parts = [`${Math.round(v.scale * 100)}%`];
  if (v.crop.some((x) => x > 0)) parts.push(`crop ${v.crop.map((x) => Math.round(x * 100)).join('/')}%`);
  if (v.border) parts.push(`border ${Math.round(v.border.fraction * 100)}%`);
  if (v.caption) parts.push(`caption ${v.caption.above ? 'above' : 'below'}`);
  if (v.filter) parts.push(v.filter);
  parts.push(describe(v.encoding));
  return parts.join(', ');
}

function randomEncoding(rng: Random): Encoding {
  const k = rng();
  if (k < 0.3) return { type: 'image/png' };
  if (k < 0.8) return { type: 'image/jpeg', quality: Math.round(rng.range(0.3, 0.9) * 100) / 100 };
  return { type: 'image/webp', quality: Math.round(rng.range(0.5, 0.9) * 100) / 100 };
}

function randomFilter(rng: Random): string {
  const parts: string[] = [];
  if (rng.chance(0.5)) parts.push(`hue-rotate(${rng.int(-20, 20)}deg)`);
  if (rng.chance(0.5)) parts.push(`brightness(${rng.range(0.8, 1.2).toFixed(2)})`);
  if (rng.chance(0.5)) parts.push(`contrast(${rng.range(0.8, 1.2).toFixed(2)})`);
  if (rng.chance(0.5)) parts.push(`saturate(${rng.range(0.7, 1.3).toFixed(2)})`);
  return parts.length > 0 ? parts.join(' ') : `hue-rotate(${rng.int(-20, 20)}deg)`;
}

function randomVariant(rng: Random, strength: 'full' | 'light'): Variant {
  const crop = (): number => (rng.chance(0.35) ? rng.range(0, 0.1) : 0);
  const light = strength === 'light';
  return {
    scale: rng.logRange(light ? 0.4 : 0.25, light ? 2 : 4),
    crop: light ? [0, 0, 0, 0] : [crop(), crop(), crop(), crop()],
    border: rng.chance(light ? 0.1 : 0.25)
      ? {
          colour: rng.pick(['#000000', '#ffffff', '#1d2f6f', '#cccccc', '#e8b923', '#aa2222']),
          fraction: rng.range(0.02, 0.1),
        }
      : undefined,
    caption: rng.chance(light ? 0.1 : 0.25)
      ? {
          text: rng.pick(CAPTIONS),
          above: rng.chance(0.3),
          fraction: rng.range(0.12, 0.3),
          background: rng.pick(['#ffffff', '#000000', '#1d2f6f', '#f0f0f0']),
          colour: rng.pick(['#111111', '#ffffff', '#e8b923']),
        }
      : undefined,
    filter: rng.chance(light ? 0.2 : 0.5) ? randomFilter(rng) : undefined,
    encoding: randomEncoding(rng),
  };
}

const PLAIN: Variant = { scale: 1, crop: [0, 0, 0, 0], encoding: { type: 'image/png' } };

/** Hand-picked copies of the logo file: each kind of change on its own, at its limit. */
const NAMED: Array<Partial<Variant>> = [
  {},
  { scale: 0.25 },
  { scale: 0.5, encoding: { type: 'image/jpeg', quality: 0.8 } },
  { scale: 2, encoding: { type: 'image/jpeg', quality: 0.85 } },
  { scale: 4 },
  { encoding: { type: 'image/jpeg', quality: 0.3 } },
  { scale: 0.25, encoding: { type: 'image/jpeg', quality: 0.3 } },
  { encoding: { type: 'image/webp', quality: 0.6 } },
  { crop: [0.1, 0.1, 0.1, 0.1] },
  { crop: [0.1, 0.1, 0, 0] },
  { crop: [0, 0, 0, 0.1] },
  { crop: [0, 0, 0.1, 0] },
  { border: { colour: '#000000', fraction: 0.05 } },
  { border: { colour: '#1d2f6f', fraction: 0.1 } },
  {
    caption: {
      text: 'Proud of our Year 11s!',
      above: false,
      fraction: 0.25,
      background: '#ffffff',
      colour: '#111111',
    },
  },
  {
    caption: {
      text: 'Sports day 2024',
      above: true,
      fraction: 0.2,
      background: '#000000',
      colour: '#ffffff',
    },
  },
  { filter: 'hue-rotate(20deg)' },
  { filter: 'hue-rotate(-20deg)' },
  { filter: 'brightness(1.25)' },
  { filter: 'brightness(0.75)' },
  { filter: 'contrast(0.75)' },
  { filter: 'saturate(0.5) brightness(0.85)' },
  { filter: 'grayscale(1)' },
  {
    scale: 0.3,
    crop: [0.05, 0.08, 0.1, 0],
    caption: { text: 'Go Cansfield!', above: false, fraction: 0.2, background: '#1d2f6f', colour: '#e8b923' },
    encoding: { type: 'image/jpeg', quality: 0.4 },
  },
];

/** Scene sizes: larger than the working size (so decoding shrinks them), small enough to draw quickly. */
const SCENE_SIZES: Array<[number, number]> = [
  [800, 600],
  [600, 800],
  [896, 504],
  [720, 720],
  [960, 720],
];

type Mode = 'badge' | 'sign' | 'poster' | 'wall' | 'letter';
const MODES: Mode[] = ['badge', 'sign', 'poster', 'wall', 'letter'];

/** What goes into a scene: the school's crest, another crest or another logo. */
type Subject = { kind: 'crest'; spec: CrestSpec } | { kind: 'logo'; spec: LogoSpec };

function subjectAspect(s: Subject): number {
  return s.kind === 'crest' ? crestAspect(s.spec.shape) : logoAspect(s.spec.kind);
}

function drawSubject(ctx: Ctx, s: Subject, x: number, y: number, w: number): void {
  if (s.kind === 'crest') drawCrest(ctx, s.spec, x, y, w);
  else drawLogo(ctx, s.spec, x, y, w);
}

/**
 * A photo-like scene, with the subject (if any) at `fraction` of the scene's width. Returns the encoded
 * picture and the subject's box.
 */
async function photo(
  rng: Random,
  subject: Subject | null,
  mode: Mode,
): Promise<{ blob: Blob; box?: { x: number; y: number; width: number; height: number }; note: string }> {
  const [w, h] = rng.pick(SCENE_SIZES);
  const { canvas: c, ctx } = canvas(w, h);
  const letter = mode === 'letter';
  const notes: string[] = [`${mode} ${w}×${h}`];
  let page = { x: 0, y: 0, width: w, height: h };
  if (letter) page = drawDocument(ctx, rng, w, h);
  else {
    drawBackground(ctx, rng, w, h);
    drawObjects(ctx, rng, w, h, rng.int(4, 12));
  }
  let box: { x: number; y: number; width: number; height: number } | undefined;
  if (subject) {
    const fraction = letter ? rng.range(0.15, 0.3) : rng.range(0.15, 0.6);
    const sw = fraction * w;
    const sh = sw * subjectAspect(subject);
    // Keep the subject (and its sign or blazer) inside the picture.
    const fit = Math.min(1, (0.92 * h) / sh);
    const bw = sw * fit;
    const bh = sh * fit;
    const x = letter
      ? page.x + rng.pick([0.06, 0.5 - bw / page.width / 2, 0.94 - bw / page.width]) * page.width
      : rng.range(0.03 * w, w - bw - 0.03 * w);
    const y = letter ? page.y + 0.03 * page.height : rng.range(0.03 * h, h - bh - 0.03 * h);
    notes.push(`${Math.round((bw / w) * 100)}% wide`);
    ctx.save();
    if (!letter && rng.chance(0.4)) {
      const angle = rng.range(-4, 4);
      notes.push(`turned ${angle.toFixed(1)}°`);
      ctx.translate(x + bw / 2, y + bh / 2);
      ctx.rotate((angle * Math.PI) / 180);
      ctx.translate(-(x + bw / 2), -(y + bh / 2));
    }
    if (!letter && rng.chance(0.3)) {
      // Seen from the side: narrower than it is tall.
      const squash = rng.range(0.88, 0.98);
      notes.push(`squashed ${Math.round((1 - squash) * 100)}%`);
      ctx.translate(x + bw / 2, 0);
      ctx.scale(squash, 1);
      ctx.translate(-(x + bw / 2), 0);
    }
    if (mode === 'badge') {
      ctx.fillStyle = rng.pick(['#1c1c3c', '#222222', '#0f2a4a', '#5a1e1e', '#2f4f2f']);
      ctx.beginPath();
      ctx.roundRect(x - bw * 0.6, y - bh * 0.4, bw * 2.4, bh * 2.2, bw * 0.3);
      ctx.fill();
    } else if (mode === 'sign') {
      ctx.fillStyle = '#3a3a3a';
      ctx.fillRect(x + bw * 0.45, y + bh, bw * 0.1, h);
      ctx.fillStyle = rng.pick(['#ffffff', '#f4f4f4', '#fffbe8']);
      ctx.fillRect(x - bw * 0.08, y - bh * 0.06, bw * 1.16, bh * 1.12);
    } else if (mode === 'poster') {
      ctx.fillStyle = `hsl(${rng.int(0, 359)}, 40%, ${rng.int(30, 80)}%)`;
      ctx.fillRect(x - bw * 0.15, y - bh * 0.1, bw * 1.3, bh * 1.5);
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold ${Math.round(bh * 0.12)}px sans-serif`;
      ctx.fillText('WELCOME', x, y + bh * 1.25, bw);
    }
    drawSubject(ctx, subject, x, y, bw);
    if (!letter && rng.chance(0.2)) {
      // Glare or a faded print.
      const alpha = rng.range(0.15, 0.35);
      notes.push(`faded ${Math.round(alpha * 100)}%`);
      ctx.fillStyle = `rgba(255,255,255,${alpha.toFixed(2)})`;
      ctx.fillRect(x - bw * 0.1, y - bh * 0.1, bw * 1.2, bh * 1.2);
    }
    ctx.restore();
    box = { x, y, width: bw, height: bh };
  }
  if (!letter) finishPhoto(ctx, rng, w, h);
  let out = c;
  if (rng.chance(0.4)) {
    // Out of focus or shaken: down to a smaller size and back up, smoothly (canvas blur filters are slow).
    const blur = rng.range(0.4, 1.6);
    notes.push(`blur ${blur.toFixed(1)}px`);
    const small = canvas(w / (1 + blur), h / (1 + blur));
    small.ctx.imageSmoothingQuality = 'high';
    small.ctx.drawImage(c, 0, 0, small.canvas.width, small.canvas.height);
    const b = canvas(w, h);
    b.ctx.imageSmoothingQuality = 'high';
    b.ctx.drawImage(small.canvas, 0, 0, w, h);
    out = b.canvas;
  }
  const encoding: Encoding =
    letter && rng.chance(0.5)
      ? { type: 'image/png' }
      : { type: 'image/jpeg', quality: Math.round(rng.range(0.5, 0.92) * 100) / 100 };
  notes.push(describe(encoding));
  return { blob: await encode(out, encoding), box, note: notes.join(', ') };
}

/** The cases of the set for a seed, in a fixed order. Each case's randomness is its own (forked by index). */
export function buildCases(seed: number, counts: Record<Category, number> = COUNTS): Case[] {
  const root = random(seed);
  const cases: Case[] = [];
  const school = () => crestFile(SCHOOL_CREST);
  let salt = 0;
  const add = (index: number, build: (rng: Random) => Case) => {
    cases.push(build(root.fork(++salt * 7919 + index)));
  };
  for (let i = 0; i < counts.file; i++) {
    add(i, (rng) => {
      const named = NAMED[i];
      const v: Variant = named ? { ...PLAIN, ...named } : randomVariant(rng, 'full');
      const c: Case = {
        id: `file-${i}`,
        category: 'file',
        note: describeVariant(v),
        make: async () => {
          const { blob, box } = await variant(school(), v);
          c.truth = box;
          return blob;
        },
      };
      return c;
    });
  }
  for (let i = 0; i < counts.photo; i++) {
    add(i, (rng) => {
      const mode = MODES[i % MODES.length]!;
      const c: Case = {
        id: `photo-${i}`,
        category: 'photo',
        note: mode,
        make: async () => {
          const { blob, box, note } = await photo(rng, { kind: 'crest', spec: SCHOOL_CREST }, mode);
          c.note = note;
          c.truth = box;
          return blob;
        },
      };
      return c;
    });
  }
  const fileNegative = (
    category: Category,
    i: number,
    draw: (rng: Random) => { source: OffscreenCanvas; note: string },
  ) =>
    add(i, (rng) => {
      const { source, note } = draw(rng);
      const v = i % 3 === 0 ? PLAIN : randomVariant(rng, 'light');
      return {
        id: `${category}-${i}`,
        category,
        note: `${note}; ${describeVariant(v)}`,
        make: async () => (await variant(source, v)).blob,
      };
    });
  for (let i = 0; i < counts['other-crest']; i++) {
    fileNegative('other-crest', i, (rng) => {
      const spec = otherCrest(rng, false);
      return { source: crestFile(spec, rng.chance(0.2)), note: crestNote(spec) };
    });
  }
  for (let i = 0; i < counts.lookalike; i++) {
    fileNegative('lookalike', i, (rng) => {
      const spec = otherCrest(rng, true);
      return { source: crestFile(spec), note: crestNote(spec) };
    });
  }
  for (let i = 0; i < counts['other-logo']; i++) {
    fileNegative('other-logo', i, (rng) => {
      const spec = otherLogo(rng);
      return { source: logoFile(spec, rng.chance(0.2)), note: `${spec.kind} "${spec.text}" ${spec.emblem}` };
    });
  }
  for (let i = 0; i < counts.scene; i++) {
    add(i, (rng) => {
      const mode = i % 5 === 4 ? 'letter' : 'wall';
      const c: Case = {
        id: `scene-${i}`,
        category: 'scene',
        note: mode,
        make: async () => {
          const { blob, note } = await photo(rng, null, mode);
          c.note = note;
          return blob;
        },
      };
      return c;
    });
  }
  for (let i = 0; i < counts['photo-other']; i++) {
    add(i, (rng) => {
      const mode = MODES[i % MODES.length]!;
      const k = i % 3;
      const subject: Subject =
        k === 2 ? { kind: 'logo', spec: otherLogo(rng) } : { kind: 'crest', spec: otherCrest(rng, k === 1) };
      const c: Case = {
        id: `photo-other-${i}`,
        category: 'photo-other',
        note: mode,
        make: async () => {
          const { blob, note } = await photo(rng, subject, mode);
          c.note = `${subject.kind === 'crest' ? crestNote(subject.spec) : subject.spec.kind}; ${note}`;
          return blob;
        },
      };
      return c;
    });
  }
  return cases;
}

function crestNote(s: CrestSpec): string {
  return `${s.shape} ${s.field}/${s.metal} ${s.division} ${s.emblem} "${s.initials}"`;
}
