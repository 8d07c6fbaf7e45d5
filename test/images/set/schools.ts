/**
 * The schools of the wild test set (wild.ts): each has its own logo design, uploaded through the options page as
 * IT would export it (a transparent PNG, or the logo on white), and look-alikes that share its shield, colours
 * and layout but not its emblem or initials (another school of the same trust, a club's copy). The tune part and
 * the test part have different schools, so the matcher is scored on designs it was never tuned on.
 */
import {
  type CrestSpec,
  type Ctx,
  crestHeight,
  drawCrest,
  drawLogo,
  type Emblem,
  type LogoSpec,
  logoAspect,
  SCHOOL_CREST,
} from './crest';
import type { Random } from './random';

export type Design =
  | { kind: 'crest'; id: string; spec: CrestSpec; upload: Upload }
  | { kind: 'badge'; id: string; spec: LogoSpec; upload: Upload };
/** How the school's logo file was uploaded in the options page. */
export type Upload = 'transparent' | 'white';

export type Part = 'tune' | 'test';

const crest = (id: string, upload: Upload, spec: Partial<CrestSpec>): Design => ({
  kind: 'crest',
  id,
  upload,
  spec: { ...SCHOOL_CREST, ...spec },
});

/** Schools the matcher may be tuned on. */
export const TUNE_SCHOOLS: Design[] = [
  crest('cansfield', 'transparent', {}),
  crest('oakfield', 'white', {
    shape: 'french',
    field: '#1f5f2f',
    metal: '#e8c33a',
    division: 'chevron',
    emblem: 'tree',
    initials: 'OPA',
    motto: 'Learn together',
  }),
  {
    kind: 'badge',
    id: 'brookside',
    upload: 'transparent',
    spec: {
      kind: 'roundel',
      colours: ['#0b3d91', '#ffffff'],
      text: 'Brookside School',
      emblem: 'book',
      font: 'bold {size}px sans-serif',
    },
  },
  crest('st-anselm', 'transparent', {
    shape: 'iberian',
    field: '#6b0f1a',
    metal: '#c0c0c0',
    division: 'plain',
    emblem: 'key',
    initials: 'SAC',
    font: 'bold {size}px sans-serif',
  }),
];

/** Schools the matcher is scored on: never looked at while tuning. */
export const TEST_SCHOOLS: Design[] = [
  crest('whitmore', 'transparent', {
    shape: 'swiss',
    field: '#5a1e5e',
    metal: '#f0d060',
    division: 'chief',
    emblem: 'torch',
    initials: 'WHS',
    motto: 'Floreat',
  }),
  crest('kingsgate', 'white', {
    shape: 'heater',
    field: '#111111',
    metal: '#d4a017',
    division: 'chevron',
    emblem: 'crown',
    initials: 'KGS',
  }),
  crest('redcliffe', 'transparent', {
    shape: 'kite',
    field: '#004d4d',
    metal: '#f5f5dc',
    division: 'plain',
    emblem: 'tower',
    initials: 'RCA',
    font: 'bold italic {size}px serif',
  }),
  crest('bramford', 'transparent', {
    shape: 'oval',
    field: '#2e3b8f',
    metal: '#d9d9d9',
    division: 'band',
    emblem: 'cross',
    initials: 'BF',
    border: true,
    motto: 'Semper fidelis',
  }),
  {
    kind: 'badge',
    id: 'riverside',
    upload: 'white',
    spec: {
      kind: 'roundel',
      colours: ['#b22222', '#ffd700'],
      text: 'Riverside Academy',
      emblem: 'star',
      font: 'bold {size}px serif',
    },
  },
  crest('lowther', 'transparent', {
    shape: 'heater',
    field: '#7a4a00',
    metal: '#f7e08a',
    division: 'band',
    emblem: 'book',
    initials: 'LHS',
    font: '{size}px serif',
  }),
];

export function schoolsOf(part: Part): Design[] {
  return part === 'tune' ? TUNE_SCHOOLS : TEST_SCHOOLS;
}

/** Height of a design of width 1. */
export function designAspect(d: Design): number {
  return d.kind === 'crest' ? crestHeight(d.spec) : logoAspect(d.spec.kind);
}

/** Draws a design in the box (x, y, w, w × designAspect), transparent around it. */
export function drawDesign(ctx: Ctx, d: Design, x: number, y: number, w: number): void {
  if (d.kind === 'crest') drawCrest(ctx, d.spec, x, y, w);
  else drawLogo(ctx, d.spec, x, y, w);
}

const EMBLEMS: Emblem[] = ['star', 'cross', 'book', 'tower', 'tree', 'key', 'crown', 'torch'];
const LETTERS = 'ABCDEFGHJKLMNPRSTW';
const NAMES = [
  'Brookfield School',
  'Riverdale Academy',
  'Hillside School',
  'Westbrook Academy',
  'Ashton Park School',
  'Kingsmead Academy',
];

export type LookalikeKind = 'emblem' | 'initials' | 'both';

/** Initials of the same length, differing from `own` in at least two places (or wholly, if shorter). */
function otherInitials(rng: Random, own: string): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < Math.max(2, own.length); i++) s += LETTERS[rng.int(0, LETTERS.length - 1)];
    let differ = 0;
    for (let i = 0; i < s.length; i++) if (s[i] !== own[i]) differ++;
    if (differ >= Math.min(2, s.length)) return s;
  }
}

/** Another school's logo with the same shield, colours and layout as `d`: only the emblem, the initials, or both differ. */
export function lookalike(d: Design, rng: Random, how: LookalikeKind): Design {
  const emblem = how !== 'initials';
  const letters = how !== 'emblem';
  if (d.kind === 'crest') {
    const spec: CrestSpec = { ...d.spec };
    if (emblem) spec.emblem = rng.pick(EMBLEMS.filter((e) => e !== d.spec.emblem));
    if (letters) spec.initials = otherInitials(rng, d.spec.initials);
    return { kind: 'crest', id: `${d.id}-lookalike`, upload: d.upload, spec };
  }
  const spec: LogoSpec = { ...d.spec };
  if (emblem) spec.emblem = rng.pick(EMBLEMS.filter((e) => e !== d.spec.emblem));
  if (letters) spec.text = rng.pick(NAMES.filter((n) => n !== d.spec.text));
  return { kind: 'badge', id: `${d.id}-lookalike`, upload: d.upload, spec };
}

export function describeDesign(d: Design): string {
  return d.kind === 'crest'
    ? `${d.spec.shape} ${d.spec.division} ${d.spec.emblem} "${d.spec.initials}"`
    : `${d.spec.kind} ${d.spec.emblem} "${d.spec.text}"`;
}
