/**
 * The test sets' dedicated worker (bundled into test-results/logo-set/worker.js): the per-picture pipeline as
 * the extension runs it, off the page's main thread — decode to the working size, then findLogo against the
 * prints of the picture's school. The page generates pictures while this worker matches the previous ones.
 */

import { decodeForMatch } from '../../../src/images/decode';
import { findLogo } from '../../../src/images/find';
import { grayscale } from '../../../src/images/planes';
import type { LogoPrint } from '../../../src/images/types';

export type WorkerRequest =
  | { type: 'prints'; id: number; school: string; prints: LogoPrint[] }
  | {
      type: 'find';
      id: number;
      blob: Blob;
      school?: string;
      useImageDecoder?: boolean;
      threshold?: number;
      dump?: boolean;
    };

export interface WorkerAnswer {
  id: number;
  decodeMs: number;
  findMs: number;
  via: string;
  match: boolean;
  score: number;
  threshold: number;
  box?: { x: number; y: number; width: number; height: number };
  width: number;
  height: number;
  /** The decoded picture's luminance (composited onto white), when asked to dump. */
  gray?: Uint8Array;
  error?: string;
}

/** The prints of each school (the old set has one school, `default`). */
const prints = new Map<string, LogoPrint[]>();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'prints') {
    prints.set(message.school, message.prints);
    self.postMessage({ id: message.id });
    return;
  }
  try {
    const t0 = performance.now();
    const { image, via } = await decodeForMatch(message.blob, { useImageDecoder: message.useImageDecoder });
    const t1 = performance.now();
    const m = findLogo(
      image,
      prints.get(message.school ?? 'default') ?? [],
      message.threshold === undefined ? {} : { threshold: message.threshold },
    );
    const t2 = performance.now();
    const answer: WorkerAnswer = {
      id: message.id,
      decodeMs: t1 - t0,
      findMs: t2 - t1,
      via,
      match: m.match,
      score: m.score,
      threshold: m.threshold,
      box: m.box,
      width: image.width,
      height: image.height,
      gray: message.dump ? (grayscale(image)?.data as Uint8Array | undefined) : undefined,
    };
    self.postMessage(answer);
  } catch (error) {
    self.postMessage({ id: message.id, error: String(error) });
  }
};
