/** A seeded PRNG (mulberry32) and helpers: the generated test set is the same on every run. */
export interface Random {
  /** Uniform in [0, 1). */
  (): number;
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Log-uniform in [lo, hi): for scales. */
  logRange(lo: number, hi: number): number;
  /** A new generator seeded from this one (so adding a case does not shift every later case). */
  fork(salt: number): Random;
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.range = (lo, hi) => lo + (hi - lo) * next();
  next.int = (lo, hi) => lo + Math.floor((hi - lo + 1) * next());
  next.pick = (items) => items[Math.floor(items.length * next())]!;
  next.chance = (p) => next() < p;
  next.logRange = (lo, hi) => Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * next());
  next.fork = (salt) => random(Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(salt, 0x85ebca6b));
  return next;
}
