/** The page's line to the test sets' worker (worker.ts): start it from its bundled source, then ask it. */
import type { WorkerAnswer, WorkerRequest } from './worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (answer: WorkerAnswer) => void>();

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export function startWorker(source: string): void {
  worker?.terminate();
  worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
    pending.get(e.data.id)?.(e.data);
    pending.delete(e.data.id);
  };
}

export function ask(message: Request): Promise<WorkerAnswer> {
  const w = worker;
  if (!w) return Promise.reject(new Error('start the worker first (init)'));
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ ...message, id });
  });
}

export function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
