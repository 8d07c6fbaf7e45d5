/**
 * People in attached pictures, for the background (§ pupil photos): `detectPeople` runs face detection off the
 * background's own thread.
 *
 * - Chrome and Edge: the service worker cannot start workers, so an offscreen document (src/offscreen) is
 *   created on the first picture, reached over a runtime Port (FACES_PORT) and closed after IDLE_MS without
 *   pictures; it runs the worker. Port messages never reach runtime.onMessage listeners.
 * - Firefox: the background is an event page (no `chrome.offscreen`, which Firefox lacks) and starts the
 *   worker itself.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { FaceWorkerClient, IDLE_MS, TIMEOUT_MS } from './client';
import { DetectReplySchema, FACES_PORT, MAX_SIDE, OFFSCREEN_PATH, parse, toBase64 } from './messages';
import type { FaceResult, RgbImage } from './types';

export type { FaceBox, FaceResult, RgbImage } from './types';

/** The parts of Chrome's offscreen and runtime APIs used here (the polyfill has no types for them). */
interface ChromeOffscreen {
  offscreen: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: {
    getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  };
}

function chromeOffscreen(): ChromeOffscreen | null {
  const chrome = (globalThis as { chrome?: Partial<ChromeOffscreen> }).chrome;
  return chrome?.offscreen && chrome.runtime ? (chrome as ChromeOffscreen) : null;
}

/** Why `image` will not be looked at, or null. */
function invalid(image: RgbImage): string | null {
  const { width, height, rgb } = image ?? {};
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) return 'bad size';
  if (width > MAX_SIDE || height > MAX_SIDE) return `picture larger than ${MAX_SIDE} px`;
  if (!(rgb instanceof Uint8Array) || rgb.length !== width * height * 3)
    return 'pixels do not match the size';
  return null;
}

// ——— Chrome: the offscreen document ———

let port: Runtime.Port | null = null;
let opening: Promise<Runtime.Port> | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve(result: FaceResult): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }
>();
let idle: ReturnType<typeof setTimeout> | undefined;

async function documentExists(api: ChromeOffscreen): Promise<boolean> {
  if (!api.runtime.getContexts) return false;
  const contexts = await api.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

async function ensureDocument(api: ChromeOffscreen): Promise<void> {
  if (await documentExists(api)) return;
  try {
    await api.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Looks for people in pictures attached to posts, in a worker, on this device only.',
    });
  } catch (error) {
    // Created meanwhile (only one offscreen document may exist): use it.
    if (!(await documentExists(api))) throw error;
  }
}

function failAll(reason: string): void {
  for (const [id, entry] of pending) {
    clearTimeout(entry.timer);
    entry.reject(new Error(reason));
    pending.delete(id);
  }
}

function connect(): Runtime.Port {
  const p = browser.runtime.connect({ name: FACES_PORT });
  p.onMessage.addListener((raw: unknown) => {
    const reply = parse(DetectReplySchema, raw);
    const entry = reply && pending.get(reply.id);
    if (!reply || !entry) return;
    pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.kind === 'faces/error') entry.reject(new Error(reply.error));
    else entry.resolve({ faces: reply.faces });
    if (pending.size === 0) scheduleClose();
  });
  p.onDisconnect.addListener(() => {
    if (port === p) port = null;
    failAll('face detection stopped');
  });
  return p;
}

async function openPort(api: ChromeOffscreen): Promise<Runtime.Port> {
  await ensureDocument(api);
  port = connect();
  return port;
}

function scheduleClose(): void {
  clearTimeout(idle);
  idle = setTimeout(() => {
    const api = chromeOffscreen();
    if (pending.size > 0 || !api) return;
    port?.disconnect();
    port = null;
    api.offscreen.closeDocument().catch(() => undefined);
  }, IDLE_MS);
}

async function viaOffscreen(api: ChromeOffscreen, image: RgbImage): Promise<FaceResult> {
  clearTimeout(idle);
  if (!port && !opening) {
    opening = openPort(api).finally(() => {
      opening = null;
    });
  }
  const p = port ?? (await opening!);
  const id = nextId++;
  return new Promise<FaceResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('face detection timed out'));
      if (pending.size === 0) scheduleClose();
    }, TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    try {
      p.postMessage({
        kind: 'faces/detect',
        id,
        width: image.width,
        height: image.height,
        rgb: toBase64(image.rgb),
      });
    } catch (error) {
      pending.delete(id);
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

// ——— Firefox: a worker of the background page ———

let local: FaceWorkerClient | null = null;

/**
 * The faces in `image` (packed RGB, at most MAX_SIDE on each side; send about 416–512 px on the longest
 * side). Rejects with an Error whose message says what went wrong (bad picture, detection unavailable or
 * timed out): callers turn that into a note rather than a finding.
 */
export async function detectPeople(image: RgbImage): Promise<FaceResult> {
  const problem = invalid(image);
  if (problem) throw new Error(`face detection: ${problem}`);
  if (image.width === 0 || image.height === 0) return { faces: [] };
  const api = chromeOffscreen();
  if (api) {
    try {
      return await viaOffscreen(api, image);
    } catch (error) {
      // A port that was closed under us (the document was closed or crashed): one fresh try.
      if (!(error instanceof Error) || error.message !== 'face detection stopped') throw error;
      return viaOffscreen(api, image);
    }
  }
  if (typeof Worker === 'function') {
    local ??= new FaceWorkerClient();
    return local.detect(image);
  }
  throw new Error('face detection is not available in this browser');
}
