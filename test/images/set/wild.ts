/**
 * The wild test set for the logo matcher: pictures as they arrive from staff, made to find what the matcher
 * misses rather than to confirm what it handles. Deterministic for a part and seed. Two parts with nothing in
 * common but the recipe: `tune` (its own schools, real photos and seed; the matcher may be tuned on it) and
 * `test` (other schools, other real photos, another seed; never looked at while tuning, and the one reported).
 *
 * Each school's logo is uploaded as IT would (schools.ts); each picture is drawn on a canvas and encoded by the
 * browser (PNG, JPEG at a quality, WebP). Positives, by transform:
 *
 * - `file` — the logo file itself, changed: a copy resized 25–400 %; flattened onto black or dark grey
 *   (`dark`) or a colour (`coloured`); heavy JPEG (quality 30–50); cropped up to 10 % a side with a border or
 *   caption; recoloured (hue, brightness, contrast, grey); a small avatar (64–128 pixels wide);
 * - `photo` — the logo inside a photograph (real ones and drawn scenes), 12–100 % of the picture's width, with
 *   one transform each: turned 4–15°; in perspective (one side 5–12 % shorter); shaded down to 70–88 % across
 *   it with a slight blur; JPEG quality 35–55; a 75 %-opacity watermark in a corner; in a portrait photo; 10–25 %
 *   of it hidden (a hand, a post, a head); printed on cloth (waves, folds, weave); on a sign seen at an angle;
 *   in low light (a quarter to half the light, noise); small (12–15 %); large (60–100 %); three at once.
 *
 * Negatives: `lookalike` — other schools' logos with the same shield, colours and layout (only the emblem, the
 * initials or both differ), as files and in photos, with the same transforms; `other` — other crests and logos;
 * `none` — real photos, drawn scenes and letters with no logo at all.
 */
import { type CrestSpec, type Ctx, otherCrest, otherLogo } from './crest';
import { type Random, random } from './random';
import { drawBackground, drawDocument, drawObjects, finishPhoto } from './scene';
import {
  type Design,
  describeDesign,
  designAspect,
  drawDesign,
  type LookalikeKind,
  lookalike,
  type Part,
  schoolsOf,
} from './schools';
import {
  apply,
  bounds,
  cloth,
  composite,
  coverage,
  darken,
  gradientShade,
  homography,
  type Point,
  placeQuad,
  type Quad,
} from './warp';

export type Group = 'file' | 'photo' | 'lookalike' | 'other' | 'none';
export const GROUPS: Group[] = ['file', 'photo', 'lookalike', 'other', 'none'];
export const POSITIVE: Record<Group, boolean> = {
  file: true,
  photo: true,
  lookalike: false,
  other: false,
  none: false,
};

export const FILE_TRANSFORMS = ['copy', 'dark', 'coloured', 'jpeg', 'crop', 'recolour', 'small'] as const;
export const PHOTO_TRANSFORMS = [
  'rotation',
  'perspective',
  'shading',
  'jpeg',
  'watermark',
  'portrait',
  'occlusion',
  'fabric',
  'sign',
  'low-light',
  'small',
  'large',
  'combined',
] as const;
export type FileTransform = (typeof FILE_TRANSFORMS)[number];
export type PhotoTransform = (typeof PHOTO_TRANSFORMS)[number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WildCase {
  id: string;
  group: Group;
  /** What was done: a file or photo transform; for `other` and `none`, the kind of picture. */
  transform: string;
  /** The school whose logo the picture is matched against (its design id). */
  school: string;
  expected: boolean;
  /** What was done, in words, for the failure listing (complete once `make` has run). */
  note: string;
  /** The logo's box in the encoded picture's pixels, for positives (set by `make`). */
  truth?: Box;
  make(): Promise<Blob>;
}

/** Cases per transform (positives) and per group (negatives), for each part. */
export const SIZES: Record<
  Part,
  { file: number; photo: number; lookalikeFile: number; lookalikePhoto: number; other: number; none: number }
> = {
  tune: { file: 16, photo: 30, lookalikeFile: 56, lookalikePhoto: 156, other: 48, none: 60 },
  test: { file: 14, photo: 20, lookalikeFile: 56, lookalikePhoto: 104, other: 40, none: 60 },
};

export const SEEDS: Record<Part, number> = { tune: 7101, test: 2026 };

/** Which real photos belong to which part (file names in test/images/set/photos/ and face-api's samples). */
export const PHOTOS: Record<Part, string[]> = {
  tune: ['astronaut', 'coffee', 'brick', 'hubble', 'face-api-1', 'face-api-2', 'face-api-3'],
  test: [
    'camera',
    'chelsea',
    'grass',
    'gravel',
    'coins',
    'retina',
    'rocket',
    'face-api-4',
    'face-api-5',
    'face-api-6',
  ],
};

type Encoding = { type: 'image/png' | 'image/jpeg' | 'image/webp'; quality?: number };

function canvas(width: number, height: number): { canvas: OffscreenCanvas; ctx: Ctx } {
  const c = new OffscreenCanvas(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
  const ctx = c.getContext('2d', { willReadFrequently: true });
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

const jpeg = (rng: Random, lo: number, hi: number): Encoding => ({
  type: 'image/jpeg',
  quality: Math.round(rng.range(lo, hi) * 100) / 100,
});

/** Width of the logo file the school uploads, and its margin. */
const LOGO_WIDTH = 360;
const LOGO_MARGIN = 20;

/** A design as a logo file: transparent around it, or on white. */
export function designFile(d: Design, background: 'transparent' | 'white' = 'transparent'): OffscreenCanvas {
  const h = LOGO_WIDTH * designAspect(d);
  const { canvas: c, ctx } = canvas(LOGO_WIDTH + 2 * LOGO_MARGIN, h + 2 * LOGO_MARGIN);
  if (background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
  }
  drawDesign(ctx, d, LOGO_MARGIN, LOGO_MARGIN, LOGO_WIDTH);
  return c;
}

/** The school's logo as uploaded in the options page. */
export function uploadedLogo(d: Design): Promise<Blob> {
  return encode(designFile(d, d.upload), { type: 'image/png' });
}

// ——— Files ———

const DARK = ['#000000', '#0d0d0d', '#1a1a1a', '#262626', '#333333'];
const COLOURED = ['#808080', '#c8102e', '#00539f', '#f2c500', '#4b0082', '#2e8b57', '#ff7f50', '#d3d3d3'];
const CAPTIONS = [
  'Proud of our Year 11s!',
  'Sports day',
  'Well done, team',
  'Open evening tonight',
  'Go team!',
];

function randomFilter(rng: Random): string {
  if (rng.chance(0.2)) return `grayscale(1) contrast(${rng.range(0.8, 1.2).toFixed(2)})`;
  const parts = [
    `hue-rotate(${rng.int(-25, 25)}deg)`,
    `brightness(${rng.range(0.75, 1.25).toFixed(2)})`,
    `contrast(${rng.range(0.75, 1.25).toFixed(2)})`,
    `saturate(${rng.range(0.5, 1.5).toFixed(2)})`,
  ];
  return parts.filter(() => rng.chance(0.6)).join(' ') || parts[0]!;
}

/** A copy of a logo file as someone made it (see the file transforms above). */
async function fileVariant(
  rng: Random,
  d: Design,
  transform: FileTransform,
): Promise<{ blob: Blob; box: Box; note: string }> {
  const source = designFile(d);
  const notes: string[] = [];
  let background = '#ffffff';
  let transparent = false;
  let scale = rng.logRange(0.5, 2);
  let crop: [number, number, number, number] = [0, 0, 0, 0];
  let filter: string | undefined;
  let border: { colour: string; size: number } | undefined;
  let caption: { text: string; above: boolean; size: number } | undefined;
  let encoding: Encoding = rng.chance(0.4)
    ? { type: 'image/png' }
    : rng.chance(0.8)
      ? jpeg(rng, 0.6, 0.95)
      : { type: 'image/webp', quality: Math.round(rng.range(0.6, 0.9) * 100) / 100 };
  switch (transform) {
    case 'copy':
      scale = rng.logRange(0.25, 4);
      transparent = encoding.type !== 'image/jpeg' && rng.chance(0.3);
      break;
    case 'dark':
      background = rng.pick(DARK);
      break;
    case 'coloured':
      background = rng.pick([...COLOURED, d.kind === 'crest' ? d.spec.field : d.spec.colours[0]]);
      break;
    case 'jpeg':
      scale = rng.logRange(0.3, 1.5);
      encoding = jpeg(rng, 0.3, 0.5);
      break;
    case 'crop': {
      const side = () => (rng.chance(0.5) ? rng.range(0.02, 0.1) : 0);
      const sides: [number, number, number, number] = [side(), side(), side(), side()];
      if (!sides.some((c) => c > 0)) sides[rng.int(0, 3)] = rng.range(0.03, 0.1);
      crop = sides;
      if (rng.chance(0.4))
        border = { colour: rng.pick(['#000000', '#ffffff', '#1d2f6f', '#cccccc']), size: 0 };
      else if (rng.chance(0.5))
        caption = { text: rng.pick(CAPTIONS), above: rng.chance(0.3), size: rng.range(0.12, 0.3) };
      break;
    }
    case 'recolour':
      filter = randomFilter(rng);
      break;
    case 'small':
      scale = rng.range(64, 128) / source.width;
      encoding = rng.chance(0.5) ? { type: 'image/png' } : jpeg(rng, 0.7, 0.9);
      break;
  }
  const [l, t, r, b] = crop;
  const sx = l * source.width;
  const sy = t * source.height;
  const sw = source.width * (1 - l - r);
  const sh = source.height * (1 - t - b);
  const ow = Math.max(1, Math.round(sw * scale));
  const oh = Math.max(1, Math.round(sh * scale));
  const frame = border ? Math.max(1, Math.round(rng.range(0.02, 0.08) * Math.max(ow, oh))) : 0;
  const band = caption ? Math.round(caption.size * oh) : 0;
  const { canvas: c, ctx } = canvas(ow + 2 * frame, oh + 2 * frame + band);
  if (!transparent) {
    ctx.fillStyle = border?.colour ?? background;
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.fillStyle = background;
    ctx.fillRect(frame, frame, ow, oh + band);
  }
  const top = frame + (caption?.above ? band : 0);
  if (caption) {
    const cy = caption.above ? frame : frame + oh;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(frame, cy, ow, band);
    ctx.fillStyle = '#111111';
    ctx.font = `bold ${Math.max(6, Math.round(band * 0.45))}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(caption.text, frame + ow / 2, cy + band / 2, ow * 0.92);
  }
  ctx.save();
  if (filter) ctx.filter = filter;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, sx, sy, sw, sh, frame, top, ow, oh);
  ctx.restore();
  notes.push(`${Math.round(ow)} px wide`);
  if (transparent) notes.push('transparent');
  else if (background !== '#ffffff') notes.push(`on ${background}`);
  if (crop.some((x) => x > 0)) notes.push(`crop ${crop.map((x) => Math.round(x * 100)).join('/')}%`);
  if (border) notes.push('border');
  if (caption) notes.push(`caption ${caption.above ? 'above' : 'below'}`);
  if (filter) notes.push(filter);
  notes.push(describe(encoding));
  const box = {
    x: frame + (LOGO_MARGIN - sx) * scale,
    y: top + (LOGO_MARGIN - sy) * scale,
    width: LOGO_WIDTH * scale,
    height: LOGO_WIDTH * designAspect(d) * scale,
  };
  return { blob: await encode(c, encoding), box, note: notes.join(', ') };
}

// ——— Photos ———

const LANDSCAPE: Array<[number, number]> = [
  [1600, 1200],
  [1280, 960],
  [1200, 900],
  [1920, 1080],
  [1024, 768],
];
const PORTRAIT: Array<[number, number]> = [
  [1200, 1600],
  [960, 1280],
  [1080, 1920],
  [900, 1200],
];
const SQUARE: Array<[number, number]> = [[1080, 1080]];

type Mount = 'none' | 'sign' | 'patch' | 'poster' | 'plaque' | 'cloth';
/** Margin of each mount around the logo, as a fraction of the logo's width. */
const MOUNT_MARGIN: Record<Mount, number> = {
  none: 0.02,
  sign: 0.12,
  patch: 0.3,
  poster: 0.18,
  plaque: 0.1,
  cloth: 0.6,
};
const CLOTH = ['#1c1c3c', '#f4f4f4', '#5a1e1e', '#2f4f2f', '#8a8a8a', '#0f2a4a', '#e8e2d0'];

/** The logo on its mount (a sign board, a blazer patch, a poster, a plaque, a piece of cloth), transparent around. */
function mounted(d: Design, logoWidth: number, mount: Mount, rng: Random): { source: ImageData; logo: Box } {
  const margin = MOUNT_MARGIN[mount] * logoWidth;
  const lh = logoWidth * designAspect(d);
  const { canvas: c, ctx } = canvas(logoWidth + 2 * margin, lh + 2 * margin);
  const W = c.width;
  const H = c.height;
  switch (mount) {
    case 'sign':
      ctx.fillStyle = rng.pick(['#ffffff', '#f4f4f4', '#fffbe8', '#e9eef5']);
      ctx.fillRect(0, 0, W, H);
      ctx.strokeStyle = rng.pick(['#3a3a3a', '#1d2f6f', '#8a8a8a']);
      ctx.lineWidth = Math.max(2, margin * 0.15);
      ctx.strokeRect(ctx.lineWidth / 2, ctx.lineWidth / 2, W - ctx.lineWidth, H - ctx.lineWidth);
      break;
    case 'patch':
      ctx.fillStyle = rng.pick(CLOTH);
      ctx.beginPath();
      ctx.roundRect(0, 0, W, H, margin * 0.6);
      ctx.fill();
      break;
    case 'poster':
      ctx.fillStyle = `hsl(${rng.int(0, 359)}, 40%, ${rng.int(30, 85)}%)`;
      ctx.fillRect(0, 0, W, H);
      break;
    case 'plaque':
      ctx.fillStyle = rng.pick(['#b08d57', '#c0c0c0', '#3a3a3a']);
      ctx.beginPath();
      ctx.roundRect(0, 0, W, H, margin * 0.3);
      ctx.fill();
      break;
    case 'cloth':
      ctx.fillStyle = rng.pick(CLOTH);
      ctx.fillRect(0, 0, W, H);
      break;
    case 'none':
      break;
  }
  drawDesign(ctx, d, margin, margin, logoWidth);
  return {
    source: ctx.getImageData(0, 0, W, H),
    logo: { x: margin, y: margin, width: logoWidth, height: lh },
  };
}

/** A real photo covering the canvas: zoomed in up to 1.5 times, anywhere, sometimes mirrored. */
function drawPhoto(ctx: Ctx, rng: Random, photo: ImageBitmap, w: number, h: number): void {
  const cover = Math.max(w / photo.width, h / photo.height) * rng.range(1, 1.5);
  const dw = photo.width * cover;
  const dh = photo.height * cover;
  const x = -rng.range(0, dw - w);
  const y = -rng.range(0, dh - h);
  ctx.save();
  ctx.imageSmoothingQuality = 'high';
  if (rng.chance(0.3)) {
    ctx.translate(w, 0);
    ctx.scale(-1, 1);
  }
  ctx.drawImage(photo, x, y, dw, dh);
  ctx.restore();
}

/** Out of focus or shaken: down to a smaller size and back up, smoothly (canvas blur filters are slow). */
function blurred(c: OffscreenCanvas, radius: number): OffscreenCanvas {
  const small = canvas(c.width / (1 + radius), c.height / (1 + radius));
  small.ctx.imageSmoothingQuality = 'high';
  small.ctx.drawImage(c, 0, 0, small.canvas.width, small.canvas.height);
  const out = canvas(c.width, c.height);
  out.ctx.imageSmoothingQuality = 'high';
  out.ctx.drawImage(small.canvas, 0, 0, c.width, c.height);
  return out.canvas;
}

const SKIN = ['#f1c27d', '#c68642', '#8d5524', '#e0ac69', '#ffdbac'];

/**
 * Hides about `fraction` of the logo's quad: a hand or arm reaching in from a side, a post in front of it, or a
 * head at the bottom. Returns what it drew and how much it really covers.
 */
function occlude(ctx: Ctx, rng: Random, quad: Quad, fraction: number): string {
  const kind = rng.pick(['hand', 'post', 'head'] as const);
  const box = bounds(quad);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Where the shape comes from, drawn once: only its size is searched below.
  const side = rng.int(0, 3);
  const leftPost = rng.chance(0.5);
  const headShift = rng.range(-0.2, 0.2);
  const colour =
    kind === 'hand'
      ? rng.pick(SKIN)
      : kind === 'head'
        ? '#2a1d14'
        : rng.pick(['#5b5b5b', '#2f4f2f', '#7a5230']);
  const shape = (s: number) => {
    if (kind === 'post') {
      const pw = box.width * s * 0.9;
      const px = leftPost ? box.x + box.width * 0.15 : box.x + box.width * 0.85 - pw;
      return {
        inside: (x: number, _y: number) => x >= px && x <= px + pw,
        draw: () => ctx.fillRect(px, -1, pw, ctx.canvas.height + 2),
      };
    }
    const r = Math.max(box.width, box.height) * s;
    const [ex, ey] =
      kind === 'head'
        ? [cx + headShift * box.width, box.y + box.height + r * 0.55]
        : ([
            [box.x - r * 0.45, cy],
            [box.x + box.width + r * 0.45, cy],
            [cx, box.y - r * 0.45],
            [cx, box.y + box.height + r * 0.45],
          ][side] as [number, number]);
    const rx = kind === 'head' ? r * 0.8 : r;
    const ry = kind === 'head' ? r : r * 0.6;
    return {
      inside: (x: number, y: number) => ((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2 <= 1,
      draw: () => {
        ctx.beginPath();
        ctx.ellipse(ex, ey, rx, ry, 0, 0, Math.PI * 2);
        ctx.fill();
      },
    };
  };
  let lo = 0.02;
  let hi = 1.5;
  for (let k = 0; k < 20; k++) {
    const mid = (lo + hi) / 2;
    if (coverage(quad, shape(mid).inside) < fraction) lo = mid;
    else hi = mid;
  }
  const chosen = shape(hi);
  ctx.save();
  ctx.fillStyle = colour;
  chosen.draw();
  ctx.restore();
  return `${kind} hides ${Math.round(coverage(quad, chosen.inside) * 100)}%`;
}

const COMBINABLE: PhotoTransform[] = ['rotation', 'perspective', 'shading', 'jpeg', 'occlusion', 'low-light'];

/** A photo with `d` in it (or nothing, when `d` is null), transformed as `plan` says. */
async function photoWith(
  rng: Random,
  d: Design | null,
  transform: PhotoTransform,
  photos: readonly ImageBitmap[],
  background?: 'real' | 'scene' | 'letter',
): Promise<{ blob: Blob; box?: Box; note: string }> {
  const transforms: PhotoTransform[] = [transform];
  if (transform === 'combined') {
    const pool = [...COMBINABLE];
    transforms.length = 0;
    for (let k = 0; k < 3; k++) transforms.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  }
  const has = (t: PhotoTransform) => transforms.includes(t);
  const notes: string[] = [];
  if (transform === 'combined') notes.push(transforms.join('+'));
  const shape =
    has('portrait') || (has('large') && rng.chance(0.6))
      ? PORTRAIT
      : rng.chance(0.15)
        ? PORTRAIT
        : rng.chance(0.1)
          ? SQUARE
          : LANDSCAPE;
  const [W, H] = rng.pick(shape);
  const { canvas: c, ctx } = canvas(W, H);
  const real = background
    ? background === 'real'
    : photos.length > 0 && (has('watermark') || rng.chance(0.5));
  const letter = background
    ? background === 'letter'
    : !real && (has('jpeg') || has('small')) && rng.chance(0.25);
  if (real) {
    const photo = rng.int(0, photos.length - 1);
    drawPhoto(ctx, rng, photos[photo]!, W, H);
    notes.push(`real photo ${photo}`);
  } else if (letter) {
    drawDocument(ctx, rng, W, H);
    notes.push('letter');
  } else {
    drawBackground(ctx, rng, W, H);
    drawObjects(ctx, rng, W, H, rng.int(4, 12));
    notes.push('scene');
  }
  notes.push(`${W}×${H}`);
  let box: Box | undefined;
  if (d) {
    const aspect = designAspect(d);
    let fraction = has('small')
      ? rng.range(0.12, 0.15)
      : has('large')
        ? rng.range(0.6, 1)
        : has('watermark')
          ? rng.range(0.12, 0.25)
          : rng.chance(0.25)
            ? rng.range(0.4, 0.6)
            : rng.range(0.15, 0.4);
    const mount: Mount = has('sign')
      ? 'sign'
      : has('fabric')
        ? 'cloth'
        : has('watermark') || letter || has('large')
          ? 'none'
          : rng.pick(['none', 'none', 'patch', 'poster', 'plaque'] as const);
    const margin = MOUNT_MARGIN[mount];
    // The whole mount must fit: the logo shrinks if it would not.
    const fitW = (0.96 * W) / (1 + 2 * margin);
    const fitH = (0.96 * H) / (aspect + 2 * margin);
    if (fraction * W > Math.min(fitW, fitH)) fraction = Math.min(fitW, fitH) / W;
    const lw = fraction * W;
    const turn = has('rotation')
      ? (rng.chance(0.5) ? -1 : 1) * rng.range(4, 15)
      : has('sign')
        ? rng.range(-4, 4)
        : has('watermark') || letter
          ? 0
          : rng.chance(0.5)
            ? rng.range(-2, 2)
            : 0;
    const tilt = has('perspective')
      ? rng.range(0.05, 0.12)
      : has('sign')
        ? rng.range(0.04, 0.1)
        : has('fabric')
          ? rng.range(0, 0.05)
          : 0;
    const axis = rng.chance(0.6) ? 'x' : 'y';
    const far = rng.chance(0.5) ? 1 : -1;
    const { source, logo } = mounted(d, lw, mount, rng);
    const mw = source.width;
    const mh = source.height;
    // Where the mount's centre goes: anywhere it fits, or a corner for a watermark.
    const reach = Math.hypot(mw, mh) / 2;
    let cx: number;
    let cy: number;
    if (has('watermark')) {
      const edge = 0.03 * W;
      cx = rng.chance(0.5) ? edge + mw / 2 : W - edge - mw / 2;
      cy = rng.chance(0.5) ? edge + mh / 2 : H - edge - mh / 2;
    } else {
      const rx = Math.min(reach, W / 2 - 1);
      const ry = Math.min(reach, H / 2 - 1);
      cx = rng.range(Math.min(rx, W / 2), Math.max(W - rx, W / 2));
      cy = rng.range(Math.min(ry, H / 2), Math.max(H - ry, H / 2));
    }
    const quad = placeQuad(cx, cy, mw, mh, turn, tilt, axis, far as 1 | -1);
    const m = homography(
      [
        [0, 0],
        [mw, 0],
        [mw, mh],
        [0, mh],
      ],
      quad,
    );
    const logoQuad: Quad = [
      apply(m, logo.x, logo.y),
      apply(m, logo.x + logo.width, logo.y),
      apply(m, logo.x + logo.width, logo.y + logo.height),
      apply(m, logo.x, logo.y + logo.height),
    ];
    box = bounds(logoQuad);
    notes.push(`${Math.round(fraction * 100)}% wide`);
    if (mount !== 'none') notes.push(`on a ${mount}`);
    if (turn !== 0) notes.push(`turned ${turn.toFixed(1)}°`);
    if (tilt !== 0) notes.push(`tilted ${Math.round(tilt * 100)}% (${axis})`);
    const region = bounds(quad);
    const effects: Parameters<typeof composite>[3] = {};
    if (has('watermark')) {
      effects.opacity = 0.75;
      notes.push('75% opacity');
    }
    if (has('shading')) {
      const darkest = rng.range(0.7, 0.88);
      effects.shade = gradientShade(rng, region, darkest);
      notes.push(`shaded to ${Math.round(darkest * 100)}%`);
    }
    if (has('fabric')) {
      const weave = cloth(rng, lw, lw * rng.range(0.015, 0.035));
      effects.displace = weave.displace;
      const before = effects.shade;
      effects.shade = before ? (x, y) => before(x, y) * weave.shade(x, y) : weave.shade;
      notes.push('on cloth');
    }
    const image = ctx.getImageData(0, 0, W, H);
    composite(image, source, m, effects);
    ctx.putImageData(image, 0, 0);
    if (has('occlusion')) notes.push(occlude(ctx, rng, logoQuad, rng.range(0.1, 0.25)));
  }
  if (!real && !letter) finishPhoto(ctx, rng, W, H);
  if (has('low-light')) {
    const image = ctx.getImageData(0, 0, W, H);
    const gain = rng.range(0.25, 0.5);
    darken(image, rng, gain, rng.range(1, 1.3), rng.range(3, 8));
    ctx.putImageData(image, 0, 0);
    notes.push(`low light ×${gain.toFixed(2)}`);
  } else if (real) {
    const image = ctx.getImageData(0, 0, W, H);
    darken(image, rng, 1, 1, rng.range(0.5, 2.5));
    ctx.putImageData(image, 0, 0);
  }
  let out = c;
  const blur = has('shading') ? rng.range(0.8, 2.5) : rng.chance(0.25) ? rng.range(0.3, 1.5) : 0;
  if (blur > 0) {
    out = blurred(c, blur);
    notes.push(`blur ${blur.toFixed(1)}`);
  }
  const encoding: Encoding = has('jpeg')
    ? jpeg(rng, 0.35, 0.55)
    : letter && rng.chance(0.5)
      ? { type: 'image/png' }
      : has('low-light')
        ? jpeg(rng, 0.6, 0.85)
        : jpeg(rng, 0.7, 0.92);
  notes.push(describe(encoding));
  return { blob: await encode(out, encoding), box, note: notes.join(', ') };
}

// ——— The set ———

/** Another school's crest or logo, not made to look like the school's. */
function otherDesign(rng: Random): Design {
  if (rng.chance(0.5)) {
    const spec: CrestSpec = otherCrest(rng, false);
    return { kind: 'crest', id: 'other', upload: 'transparent', spec };
  }
  return { kind: 'badge', id: 'other', upload: 'transparent', spec: otherLogo(rng) };
}

const LOOKALIKES: LookalikeKind[] = ['emblem', 'initials', 'both'];

/**
 * The cases of one part, in a fixed order; each case's randomness is its own (forked by its index), so adding
 * cases does not change the others. `photos` are the part's real photos (PHOTOS[part]), decoded.
 */
export function buildWildCases(part: Part, photos: readonly ImageBitmap[]): WildCase[] {
  const root = random(SEEDS[part]);
  const size = SIZES[part];
  const schools = schoolsOf(part);
  const cases: WildCase[] = [];
  let salt = 0;
  const add = (
    group: Group,
    transform: string,
    index: number,
    school: Design,
    make: (rng: Random, c: WildCase) => Promise<Blob>,
  ) => {
    const rng = root.fork(++salt * 7919 + index);
    const c: WildCase = {
      id: `${part}-${group}-${transform}-${index}`,
      group,
      transform,
      school: school.id,
      expected: POSITIVE[group],
      note: '',
      make: () => make(rng, c),
    };
    cases.push(c);
  };
  const pick = (i: number) => schools[i % schools.length]!;
  for (const transform of FILE_TRANSFORMS) {
    for (let i = 0; i < size.file; i++) {
      add('file', transform, i, pick(i), async (rng, c) => {
        const school = pick(i);
        const { blob, box, note } = await fileVariant(rng, school, transform);
        c.truth = box;
        c.note = `${school.id}: ${note}`;
        return blob;
      });
    }
  }
  for (const transform of PHOTO_TRANSFORMS) {
    for (let i = 0; i < size.photo; i++) {
      add('photo', transform, i, pick(i), async (rng, c) => {
        const school = pick(i);
        const { blob, box, note } = await photoWith(rng, school, transform, photos);
        c.truth = box;
        c.note = `${school.id}: ${note}`;
        return blob;
      });
    }
  }
  for (let i = 0; i < size.lookalikeFile; i++) {
    const transform = FILE_TRANSFORMS[i % FILE_TRANSFORMS.length]!;
    const school = pick(Math.floor(i / FILE_TRANSFORMS.length));
    add('lookalike', `file-${transform}`, i, school, async (rng, c) => {
      const d = lookalike(school, rng, LOOKALIKES[i % LOOKALIKES.length]!);
      const { blob, note } = await fileVariant(rng, d, transform);
      c.note = `${school.id} look-alike ${describeDesign(d)}: ${note}`;
      return blob;
    });
  }
  for (let i = 0; i < size.lookalikePhoto; i++) {
    const transform = PHOTO_TRANSFORMS[i % PHOTO_TRANSFORMS.length]!;
    const school = pick(Math.floor(i / PHOTO_TRANSFORMS.length));
    add('lookalike', `photo-${transform}`, i, school, async (rng, c) => {
      const d = lookalike(school, rng, LOOKALIKES[i % LOOKALIKES.length]!);
      const { blob, note } = await photoWith(rng, d, transform, photos);
      c.note = `${school.id} look-alike ${describeDesign(d)}: ${note}`;
      return blob;
    });
  }
  for (let i = 0; i < size.other; i++) {
    const inPhoto = i % 2 === 1;
    const school = pick(i);
    add('other', inPhoto ? 'photo' : 'file', i, school, async (rng, c) => {
      const d = otherDesign(rng);
      const { blob, note } = inPhoto
        ? await photoWith(rng, d, rng.pick(PHOTO_TRANSFORMS), photos)
        : await fileVariant(rng, d, rng.pick(FILE_TRANSFORMS));
      c.note = `${describeDesign(d)}: ${note}`;
      return blob;
    });
  }
  for (let i = 0; i < size.none; i++) {
    const school = pick(i);
    const kind = (['real', 'scene', 'letter'] as const)[i % 3]!;
    add('none', kind, i, school, async (rng, c) => {
      const transform: PhotoTransform =
        kind === 'letter'
          ? 'jpeg'
          : rng.pick(['jpeg', 'portrait', 'low-light', 'shading', 'rotation'] as const);
      const { blob, note } = await photoWith(rng, null, transform, photos, kind);
      c.note = note;
      return blob;
    });
  }
  return cases;
}

export type { Point };
