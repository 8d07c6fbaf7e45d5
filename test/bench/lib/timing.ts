/** Timing without a benchmark library: many samples of one call each, with performance.now(). */
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Stats {
  runs: number;
  median: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export interface SampleOptions {
  /** Samples to take (fewer when the budget runs out first). */
  runs: number;
  /** Untimed calls first, so the JIT has compiled the code we measure. */
  warmup?: number;
  /** Stop sampling after this many milliseconds, once at least `minRuns` samples are in. */
  budgetMs?: number;
  minRuns?: number;
  /** Runs before each sample, untimed: to prepare fresh input. */
  before?: () => void;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const total = sorted.reduce((sum, s) => sum + s, 0);
  return {
    runs: sorted.length,
    median: at(0.5),
    p99: at(0.99),
    mean: total / sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Stats, with each sample's start and duration kept to tell which ones a garbage collection fell in. */
export interface Sampled extends Stats {
  starts: number[];
  durations: number[];
}

/** Times `fn`, one call per sample, in milliseconds. */
export function sample(fn: () => unknown, options: SampleOptions): Sampled {
  const { runs, warmup = Math.min(20, runs), budgetMs = Number.POSITIVE_INFINITY, minRuns = 5 } = options;
  for (let i = 0; i < warmup; i++) {
    options.before?.();
    fn();
  }
  const starts: number[] = [];
  const durations: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < runs; i++) {
    options.before?.();
    const t0 = performance.now();
    fn();
    durations.push(performance.now() - t0);
    starts.push(t0);
    if (durations.length >= minRuns && performance.now() > deadline) break;
  }
  return { ...stats(durations), starts, durations };
}

export interface GcPause {
  start: number;
  duration: number;
}

/** Runs `fn` and lists the garbage collections that happened meanwhile, on the performance.now() clock. */
export async function watchGc<T>(fn: () => T): Promise<{ result: T; pauses: GcPause[] }> {
  const pauses: GcPause[] = [];
  const keep = (entries: PerformanceEntry[]) => {
    for (const e of entries) pauses.push({ start: e.startTime, duration: e.duration });
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const result = fn();
  await new Promise((done) => setTimeout(done, 20));
  keep(observer.takeRecords());
  observer.disconnect();
  return { result, pauses };
}

/** The samples no garbage collection overlapped: what the code costs, without the collector's share. */
export function withoutGc(sampled: Sampled, pauses: readonly GcPause[]): Stats | undefined {
  const clean = sampled.durations.filter((d, i) => {
    const start = sampled.starts[i]!;
    return !pauses.some((p) => p.start < start + d && p.start + p.duration > start);
  });
  return clean.length > 0 ? stats(clean) : undefined;
}

/** The same for an async function (the peer linter answers with promises). */
export async function sampleAsync(fn: () => Promise<unknown>, options: SampleOptions): Promise<Stats> {
  const { runs, warmup = Math.min(3, runs), budgetMs = Number.POSITIVE_INFINITY, minRuns = 3 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    if (samples.length >= minRuns && performance.now() > deadline) break;
  }
  return stats(samples);
}

let collect: ((options?: { type: 'major' | 'minor' }) => void) | undefined;

/**
 * Garbage collection on demand, full or of the young generation only (a scavenge: about a millisecond).
 * `tsx` runs without --expose-gc, so switch it on here.
 */
export function gc(type: 'major' | 'minor' = 'major'): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as typeof collect;
  }
  // A plain gc() is the full, compacting collection; { type: 'major' } leaves garbage behind on Node 20.
  if (type === 'minor') collect!({ type });
  else collect!();
}

/** Heap in use after a full collection, in bytes. */
export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** The 95th percentile (nearest rank). */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** Runs an asynchronous measurement `warmup + runs` times, one after another; keeps the results after warm-up. */
export async function afterWarmUp<T>(warmup: number, runs: number, measure: () => Promise<T>): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const result = await measure();
    if (i >= warmup) kept.push(result);
  }
  return kept;
}
