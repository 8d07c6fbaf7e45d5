/**
 * Runs face detection in a dedicated worker (worker.ts) and matches answers to requests. Used by the offscreen
 * document (Chrome, whose service worker cannot start workers) and by Firefox's background page directly.
 * The worker starts on the first picture and is ended after IDLE_MS without work, which frees the model and
 * its buffers (about 20 MB while detecting); a worker that crashes fails what it had in hand and is replaced.
 */

import { parse, WorkerReplySchema } from './messages';
import type { FaceResult, RgbImage } from './types';

/** End the worker after this long without a picture. */
export const IDLE_MS = 60_000;
/** Give up on a picture after this long (the model's first load included). */
export const TIMEOUT_MS = 20_000;

interface Pending {
  resolve(result: FaceResult): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class FaceWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idle: ReturnType<typeof setTimeout> | undefined;

  /** Detects faces in `image` in the worker. The pixels are copied, so the caller keeps its buffer. */
  detect(image: RgbImage): Promise<FaceResult> {
    const id = this.nextId++;
    const rgb = image.rgb.slice().buffer;
    return new Promise<FaceResult>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(id, new Error('face detection timed out')), TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      clearTimeout(this.idle);
      try {
        this.start().postMessage({ id, width: image.width, height: image.height, rgb }, [rgb]);
      } catch (error) {
        this.settle(id, error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Ends the worker now; whatever it had in hand fails. */
  stop(reason = 'face detection stopped'): void {
    this.worker?.terminate();
    this.worker = null;
    clearTimeout(this.idle);
    for (const id of [...this.pending.keys()]) this.settle(id, new Error(reason));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'faces' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = parse(WorkerReplySchema, event.data);
      if (!reply) return;
      this.settle(reply.id, 'error' in reply ? new Error(reply.error) : { faces: reply.faces });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.worker === worker) this.stop(`face detection failed: ${event.message || 'worker error'}`);
    };
    this.worker = worker;
    return worker;
  }

  private settle(id: number, outcome: FaceResult | Error): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (outcome instanceof Error) entry.reject(outcome);
    else entry.resolve(outcome);
    if (this.pending.size === 0 && this.worker) {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => {
        if (this.pending.size === 0) this.stop();
      }, IDLE_MS);
    }
  }
}
