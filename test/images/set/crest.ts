/**
 * Synthetic crests and logos drawn with canvas 2D: the test school's crest (a navy heater shield with a gold
 * border, band, star and the initials CHS), other schools' crests (other shields, colours, divisions, emblems,
 * initials; some with the very same outline) and other kinds of logo (roundels, wordmarks, badges, app icons).
 */
import type { Random } from './random';

export type Ctx = OffscreenCanvasRenderingContext2D;

export type Shape = 'heater' | 'french' | 'iberian' | 'swiss' | 'kite' | 'roundel' | 'oval';
export type Division = 'band' | 'chevron' | 'quarterly' | 'pale' | 'bend' | 'saltire' | 'chief' | 'plain';
export type Emblem = 'star' | 'cross' | 'book' | 'tower' | 'tree' | 'key' | 'crown' | 'torch' | 'none';

export interface CrestSpec {
  shape: Shape;
  field: string;
  metal: string;
  division: Division;
  emblem: Emblem;
  initials: string;
  border: boolean;
  font: string;
  /** A ribbon under the shield with a motto on it (the crest's box grows by `RIBBON` of its width). */
  motto?: string;
}

/** Height of the motto ribbon, for a crest of width 1. */
export const RIBBON = 0.24;

/** The test school's crest: Cansfield High School. */
export const SCHOOL_CREST: CrestSpec = {
  shape: 'heater',
  field: '#1d2f6f',
  metal: '#e8b923',
  division: 'band',
  emblem: 'star',
  initials: 'CHS',
  border: true,
  font: 'bold {size}px serif',
};

/** Height of a crest of width 1. */
export function crestAspect(shape: Shape): number {
  return shape === 'roundel' ? 1 : shape === 'oval' ? 1.3 : 1.2;
}

/** Height of a crest of width 1 with its motto ribbon, if it has one. */
export function crestHeight(spec: CrestSpec): number {
  return crestAspect(spec.shape) + (spec.motto ? RIBBON : 0);
}

const SHAPES: Shape[] = ['heater', 'french', 'iberian', 'swiss', 'kite', 'roundel', 'oval'];
const DIVISIONS: Division[] = ['band', 'chevron', 'quarterly', 'pale', 'bend', 'saltire', 'chief', 'plain'];
const EMBLEMS: Emblem[] = ['star', 'cross', 'book', 'tower', 'tree', 'key', 'crown', 'torch', 'none'];
const COLOURS: Array<[string, string]> = [
  ['#8b1a1a', '#f2f2f2'],
  ['#1f5f2f', '#e8c33a'],
  ['#5a1e5e', '#f0d060'],
  ['#0b3d91', '#ffffff'],
  ['#111111', '#d4a017'],
  ['#6b0f1a', '#c0c0c0'],
  ['#1d2f6f', '#e8b923'],
  ['#b22222', '#ffd700'],
  ['#004d4d', '#f5f5dc'],
  ['#2e3b8f', '#d9d9d9'],
  ['#7a4a00', '#f7e08a'],
  ['#3b2f75', '#e06030'],
];
const FONTS = [
  'bold {size}px serif',
  'bold {size}px sans-serif',
  '{size}px serif',
  'bold italic {size}px serif',
];
const LETTERS = 'ABCDEFGHJKLMNPRSTW';

/** Another school's crest; `lookalike` keeps the school's shield outline (and often its colours). */
export function otherCrest(rng: Random, lookalike: boolean): CrestSpec {
  const initials = () => {
    let s = '';
    const n = rng.int(2, 4);
    for (let i = 0; i < n; i++) s += LETTERS[rng.int(0, LETTERS.length - 1)];
    return s === 'CHS' ? 'CGS' : s;
  };
  if (lookalike) {
    const [field, metal] = rng.chance(0.5) ? [SCHOOL_CREST.field, SCHOOL_CREST.metal] : rng.pick(COLOURS);
    // Same outline and border; the content differs (division, emblem, initials: at least two of them).
    let division: Division = rng.pick(DIVISIONS.filter((d) => d !== 'band'));
    let emblem: Emblem = rng.pick(EMBLEMS.filter((e) => e !== 'star'));
    // Sometimes the school's division, or else sometimes its emblem (one of the two draws decides).
    const sameDivision = rng.chance(0.3);
    if (sameDivision) division = 'band';
    else {
      const sameEmblem = rng.chance(0.3);
      if (sameEmblem) emblem = 'star';
    }
    return {
      shape: 'heater',
      field,
      metal,
      division,
      emblem,
      initials: initials(),
      border: true,
      font: rng.pick(FONTS),
    };
  }
  const [field, metal] = rng.pick(COLOURS);
  return {
    shape: rng.pick(SHAPES),
    field,
    metal,
    division: rng.pick(DIVISIONS),
    emblem: rng.pick(EMBLEMS),
    initials: rng.chance(0.8) ? initials() : '',
    border: rng.chance(0.6),
    font: rng.pick(FONTS),
  };
}

function shieldPath(ctx: Ctx, shape: Shape, w: number, h: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'heater':
      ctx.moveTo(0, 0);
      ctx.lineTo(w, 0);
      ctx.lineTo(w, 0.45 * h);
      ctx.quadraticCurveTo(w, 0.8 * h, 0.5 * w, h);
      ctx.quadraticCurveTo(0, 0.8 * h, 0, 0.45 * h);
      break;
    case 'french':
      ctx.moveTo(0, 0);
      ctx.lineTo(w, 0);
      ctx.lineTo(w, 0.82 * h);
      ctx.quadraticCurveTo(w, 0.9 * h, 0.62 * w, 0.9 * h);
      ctx.lineTo(0.5 * w, h);
      ctx.lineTo(0.38 * w, 0.9 * h);
      ctx.quadraticCurveTo(0, 0.9 * h, 0, 0.82 * h);
      break;
    case 'iberian':
      ctx.moveTo(0, 0);
      ctx.lineTo(w, 0);
      ctx.lineTo(w, 0.55 * h);
      ctx.quadraticCurveTo(w, h, 0.5 * w, h);
      ctx.quadraticCurveTo(0, h, 0, 0.55 * h);
      break;
    case 'swiss':
      ctx.moveTo(0, 0.08 * h);
      ctx.quadraticCurveTo(0.5 * w, -0.04 * h, w, 0.08 * h);
      ctx.lineTo(w, 0.5 * h);
      ctx.quadraticCurveTo(w, 0.9 * h, 0.5 * w, h);
      ctx.quadraticCurveTo(0, 0.9 * h, 0, 0.5 * h);
      break;
    case 'kite':
      ctx.moveTo(0.5 * w, 0);
      ctx.quadraticCurveTo(w, 0.02 * h, w, 0.35 * h);
      ctx.quadraticCurveTo(w, 0.7 * h, 0.5 * w, h);
      ctx.quadraticCurveTo(0, 0.7 * h, 0, 0.35 * h);
      ctx.quadraticCurveTo(0, 0.02 * h, 0.5 * w, 0);
      break;
    case 'roundel':
    case 'oval':
      ctx.ellipse(w / 2, h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
      break;
  }
  ctx.closePath();
}

function star(ctx: Ctx, cx: number, cy: number, r: number, points = 5): void {
  ctx.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const rr = i % 2 === 0 ? r : r * 0.42;
    ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
}

function emblem(ctx: Ctx, kind: Emblem, cx: number, cy: number, s: number): void {
  switch (kind) {
    case 'star':
      star(ctx, cx, cy, s);
      break;
    case 'cross':
      ctx.fillRect(cx - s * 0.22, cy - s, s * 0.44, s * 2);
      ctx.fillRect(cx - s, cy - s * 0.22, s * 2, s * 0.44);
      break;
    case 'book':
      ctx.beginPath();
      ctx.moveTo(cx, cy - s * 0.5);
      ctx.lineTo(cx - s, cy - s * 0.75);
      ctx.lineTo(cx - s, cy + s * 0.6);
      ctx.lineTo(cx, cy + s * 0.85);
      ctx.lineTo(cx + s, cy + s * 0.6);
      ctx.lineTo(cx + s, cy - s * 0.75);
      ctx.closePath();
      ctx.fill();
      ctx.save();
      ctx.globalCompositeOperation = 'destination-out';
      ctx.fillRect(cx - s * 0.04, cy - s * 0.5, s * 0.08, s * 1.3);
      ctx.restore();
      break;
    case 'tower':
      ctx.fillRect(cx - s * 0.55, cy - s * 0.6, s * 1.1, s * 1.6);
      for (let i = 0; i < 3; i++) ctx.fillRect(cx - s * 0.55 + i * s * 0.45, cy - s * 0.95, s * 0.2, s * 0.4);
      break;
    case 'tree':
      for (let i = 0; i < 3; i++) {
        ctx.beginPath();
        ctx.moveTo(cx, cy - s + i * s * 0.45);
        ctx.lineTo(cx + s * (0.45 + i * 0.2), cy - s * 0.3 + i * s * 0.45);
        ctx.lineTo(cx - s * (0.45 + i * 0.2), cy - s * 0.3 + i * s * 0.45);
        ctx.closePath();
        ctx.fill();
      }
      ctx.fillRect(cx - s * 0.12, cy + s * 0.55, s * 0.24, s * 0.45);
      break;
    case 'key':
      ctx.beginPath();
      ctx.arc(cx - s * 0.5, cy, s * 0.42, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillRect(cx - s * 0.2, cy - s * 0.1, s * 1.2, s * 0.2);
      ctx.fillRect(cx + s * 0.7, cy, s * 0.15, s * 0.4);
      ctx.fillRect(cx + s * 0.4, cy, s * 0.15, s * 0.3);
      break;
    case 'crown':
      ctx.beginPath();
      ctx.moveTo(cx - s, cy + s * 0.6);
      ctx.lineTo(cx - s, cy - s * 0.5);
      ctx.lineTo(cx - s * 0.5, cy);
      ctx.lineTo(cx, cy - s * 0.8);
      ctx.lineTo(cx + s * 0.5, cy);
      ctx.lineTo(cx + s, cy - s * 0.5);
      ctx.lineTo(cx + s, cy + s * 0.6);
      ctx.closePath();
      ctx.fill();
      break;
    case 'torch':
      ctx.beginPath();
      ctx.moveTo(cx - s * 0.35, cy - s * 0.1);
      ctx.lineTo(cx + s * 0.35, cy - s * 0.1);
      ctx.lineTo(cx + s * 0.1, cy + s);
      ctx.lineTo(cx - s * 0.1, cy + s);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.ellipse(cx, cy - s * 0.5, s * 0.3, s * 0.45, 0, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'none':
      break;
  }
}

function font(spec: string, size: number): string {
  return spec.replace('{size}', String(Math.max(1, Math.round(size))));
}

/** Draws a crest in the box (x, y, w, w × crestAspect): transparent around the shield. */
export function drawCrest(ctx: Ctx, spec: CrestSpec, x: number, y: number, w: number): void {
  const h = w * crestAspect(spec.shape);
  ctx.save();
  ctx.translate(x, y);
  shieldPath(ctx, spec.shape, w, h);
  ctx.fillStyle = spec.field;
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = spec.metal;
  ctx.strokeStyle = spec.metal;
  switch (spec.division) {
    case 'band':
      ctx.fillRect(0, 0.38 * h, w, 0.1 * h);
      break;
    case 'chevron':
      ctx.lineWidth = 0.09 * w;
      ctx.beginPath();
      ctx.moveTo(-0.05 * w, 0.62 * h);
      ctx.lineTo(0.5 * w, 0.3 * h);
      ctx.lineTo(1.05 * w, 0.62 * h);
      ctx.stroke();
      break;
    case 'quarterly':
      ctx.fillRect(0, 0, w / 2, h / 2);
      ctx.fillRect(w / 2, h / 2, w / 2, h / 2);
      break;
    case 'pale':
      ctx.fillRect(0.4 * w, 0, 0.2 * w, h);
      break;
    case 'bend':
      ctx.lineWidth = 0.14 * w;
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(w, h);
      ctx.stroke();
      break;
    case 'saltire':
      ctx.lineWidth = 0.1 * w;
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(w, h);
      ctx.moveTo(w, 0);
      ctx.lineTo(0, h);
      ctx.stroke();
      break;
    case 'chief':
      ctx.fillRect(0, 0, w, 0.3 * h);
      break;
    case 'plain':
      break;
  }
  // The emblem in the upper part, the initials in the lower, each in the colour that shows on what is behind.
  ctx.fillStyle = spec.division === 'chief' || spec.division === 'quarterly' ? spec.field : spec.metal;
  emblem(ctx, spec.emblem, 0.5 * w, 0.19 * h, 0.13 * w);
  if (spec.initials) {
    ctx.fillStyle = spec.division === 'quarterly' ? spec.field : spec.metal;
    ctx.font = font(spec.font, (0.55 * w) / Math.max(2.4, spec.initials.length));
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(spec.initials, 0.5 * w, 0.66 * h);
  }
  ctx.restore();
  if (spec.border) {
    ctx.lineWidth = 0.035 * w;
    ctx.strokeStyle = spec.metal;
    ctx.save();
    shieldPath(ctx, spec.shape, w, h);
    ctx.clip();
    shieldPath(ctx, spec.shape, w, h);
    ctx.lineWidth = 0.07 * w;
    ctx.stroke();
    ctx.restore();
  }
  if (spec.motto) ribbon(ctx, spec, w, h);
  ctx.restore();
}

/** A scroll under the shield, in the shield's colours, with the motto in capitals. */
function ribbon(ctx: Ctx, spec: CrestSpec, w: number, h: number): void {
  const top = h - 0.02 * w;
  const rh = RIBBON * w * 0.62;
  const y = top + (RIBBON * w - rh) / 2;
  ctx.fillStyle = spec.metal;
  ctx.beginPath();
  ctx.moveTo(-0.02 * w, y + rh * 0.25);
  ctx.quadraticCurveTo(0.5 * w, y - rh * 0.5, 1.02 * w, y + rh * 0.25);
  ctx.lineTo(0.96 * w, y + rh * 0.65);
  ctx.lineTo(1.02 * w, y + rh * 1.1);
  ctx.quadraticCurveTo(0.5 * w, y + rh * 0.35, -0.02 * w, y + rh * 1.1);
  ctx.lineTo(0.04 * w, y + rh * 0.65);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = spec.field;
  ctx.font = font('bold {size}px serif', rh * 0.42);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(spec.motto!.toUpperCase(), 0.5 * w, y + rh * 0.5, 0.78 * w);
}

export type LogoKind = 'roundel' | 'wordmark' | 'badge' | 'app' | 'sport';
const LOGO_KINDS: LogoKind[] = ['roundel', 'wordmark', 'badge', 'app', 'sport'];
const WORDS = [
  'Northfield Academy',
  'BrightLearn',
  'St Mary’s',
  'Oakwood',
  'Riverside Trust',
  'EduCloud',
  'Harbour FC',
  'Greenway',
  'Kingsley',
  'Summit Sports',
  'Maple Primary',
  'CityRead',
];

export interface LogoSpec {
  kind: LogoKind;
  colours: [string, string];
  text: string;
  emblem: Emblem;
  font: string;
}

export function otherLogo(rng: Random): LogoSpec {
  return {
    kind: rng.pick(LOGO_KINDS),
    colours: rng.pick(COLOURS),
    text: rng.pick(WORDS),
    emblem: rng.pick(EMBLEMS.filter((e) => e !== 'none')),
    font: rng.pick(FONTS),
  };
}

/** Size of a logo of width 1. */
export function logoAspect(kind: LogoKind): number {
  return kind === 'wordmark' ? 0.35 : kind === 'badge' ? 0.6 : 1;
}

/** Draws another (non-crest) logo in the box (x, y, w, w × logoAspect). */
export function drawLogo(ctx: Ctx, spec: LogoSpec, x: number, y: number, w: number): void {
  const h = w * logoAspect(spec.kind);
  const [a, b] = spec.colours;
  ctx.save();
  ctx.translate(x, y);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  switch (spec.kind) {
    case 'roundel': {
      ctx.fillStyle = a;
      ctx.beginPath();
      ctx.arc(w / 2, h / 2, w / 2, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = b;
      ctx.beginPath();
      ctx.arc(w / 2, h / 2, w * 0.34, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = a;
      emblem(ctx, spec.emblem, w / 2, h / 2, w * 0.18);
      ctx.fillStyle = b;
      ctx.font = font(spec.font, w * 0.08);
      const chars = spec.text.toUpperCase().split('');
      chars.forEach((ch, i) => {
        const ang = -Math.PI * 0.9 + (i / Math.max(1, chars.length - 1)) * Math.PI * 0.8;
        ctx.save();
        ctx.translate(w / 2 + Math.cos(ang) * w * 0.42, h / 2 + Math.sin(ang) * w * 0.42);
        ctx.rotate(ang + Math.PI / 2);
        ctx.fillText(ch, 0, 0);
        ctx.restore();
      });
      break;
    }
    case 'wordmark':
      ctx.fillStyle = a;
      ctx.font = font(spec.font, h * 0.55);
      ctx.fillText(spec.text, w / 2, h * 0.42, w * 0.96);
      ctx.fillStyle = b === '#ffffff' || b === '#f2f2f2' ? a : b;
      ctx.fillRect(w * 0.1, h * 0.82, w * 0.8, h * 0.07);
      break;
    case 'badge':
      ctx.fillStyle = a;
      ctx.beginPath();
      ctx.roundRect(0, 0, w, h, h * 0.2);
      ctx.fill();
      ctx.fillStyle = b;
      emblem(ctx, spec.emblem, h * 0.5, h * 0.5, h * 0.28);
      ctx.font = font(spec.font, h * 0.22);
      ctx.fillText(spec.text, w * 0.6, h * 0.5, w * 0.55);
      break;
    case 'app': {
      const g = ctx.createLinearGradient(0, 0, w, h);
      g.addColorStop(0, a);
      g.addColorStop(1, b);
      ctx.fillStyle = g;
      ctx.beginPath();
      ctx.roundRect(0, 0, w, h, w * 0.22);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.font = font(spec.font, w * 0.6);
      ctx.fillText(spec.text[0] ?? 'A', w / 2, h / 2);
      break;
    }
    case 'sport':
      ctx.fillStyle = b;
      ctx.beginPath();
      ctx.arc(w / 2, h / 2, w / 2, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = a;
      for (let i = 0; i < 5; i++) {
        const ang = (i * 2 * Math.PI) / 5 - Math.PI / 2;
        ctx.beginPath();
        ctx.arc(w / 2 + Math.cos(ang) * w * 0.36, h / 2 + Math.sin(ang) * w * 0.36, w * 0.12, 0, Math.PI * 2);
        ctx.fill();
      }
      star(ctx, w / 2, h / 2, w * 0.2);
      ctx.lineWidth = w * 0.03;
      ctx.strokeStyle = a;
      ctx.beginPath();
      ctx.arc(w / 2, h / 2, w * 0.485, 0, Math.PI * 2);
      ctx.stroke();
      break;
  }
  ctx.restore();
}
