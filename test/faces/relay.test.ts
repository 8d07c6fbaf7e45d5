/**
 * detectPeople (src/faces/index.ts) through the offscreen document (src/offscreen/main.ts), with a fake
 * extension runtime that joins them by Port as Chrome does (messages JSON-copied, asynchronous) and the worker
 * replaced by the detector itself: the document is created once and on demand, pixels survive the trip, bad
 * pictures are refused before anything starts, ports from content scripts are refused, and forged or malformed
 * replies are ignored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readJpeg, SAMPLES, shrink } from './images';

interface FakePort {
  name: string;
  sender?: { id: string; url: string; tab?: { id: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void };
  disconnected: boolean;
}

const EXTENSION = 'chrome-extension://abcdefghijklmnop';
const connectListeners: Array<(port: FakePort) => void> = [];
/** The offscreen document's ends of the ports the background opened. */
const documentEnds: FakePort[] = [];

/** Two ends of a port; `sender` is what the receiving end sees. */
function portPair(name: string, sender: FakePort['sender']): [FakePort, FakePort] {
  const make = (): FakePort & { deliver(m: unknown): void; hangUp(): void } => {
    const messageListeners: Array<(m: unknown) => void> = [];
    const disconnectListeners: Array<() => void> = [];
    return {
      name,
      disconnected: false,
      postMessage(message) {
        if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
        const copy = JSON.parse(JSON.stringify(message)) as unknown;
        setTimeout(() => other(this).deliver(copy), 0);
      },
      disconnect() {
        this.disconnected = true;
        setTimeout(() => other(this).hangUp(), 0);
      },
      onMessage: { addListener: (f) => messageListeners.push(f) },
      onDisconnect: { addListener: (f) => disconnectListeners.push(f) },
      deliver(m) {
        for (const f of messageListeners) f(m);
      },
      hangUp() {
        this.disconnected = true;
        for (const f of disconnectListeners) f();
      },
    };
  };
  const a = make();
  const b = { ...make(), sender };
  const other = (p: FakePort) => (p === a ? b : a);
  return [a, b];
}

const fakeBrowser = {
  runtime: {
    id: 'abcdefghijklmnop',
    getURL: (path: string) => `${EXTENSION}/${path.replace(/^\//, '')}`,
    onConnect: { addListener: (f: (port: FakePort) => void) => connectListeners.push(f) },
    connect({ name }: { name: string }): FakePort {
      const [mine, theirs] = portPair(name, {
        id: 'abcdefghijklmnop',
        url: `${EXTENSION}/service-worker-loader.js`,
      });
      documentEnds.push(theirs);
      setTimeout(() => {
        if (connectListeners.length === 0) theirs.disconnect(); // nobody listening: Chrome disconnects
        for (const f of connectListeners) f(theirs);
      }, 0);
      return mine;
    },
  },
};
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('../../src/faces/client', async () => {
  const { detectFaces } = await import('../../src/faces/detector');
  return {
    IDLE_MS: 60_000,
    TIMEOUT_MS: 20_000,
    FaceWorkerClient: class {
      detect = detectFaces;
    },
  };
});

let documents = 0;
const created: unknown[] = [];
const chrome = {
  offscreen: {
    async createDocument(options: unknown) {
      created.push(options);
      await import('../../src/offscreen/main');
      documents = 1;
    },
    async closeDocument() {
      documents = 0;
    },
  },
  runtime: { getContexts: async () => Array.from({ length: documents }, () => ({})) },
};

beforeAll(() => {
  vi.stubGlobal('chrome', chrome);
  vi.stubGlobal(
    'fetch',
    async (url: string) => new Response(readFileSync(resolve(import.meta.dirname, '../..', `.${url}`))),
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const { detectPeople } = await import('../../src/faces');
const { FACES_PORT, OFFSCREEN_PATH } = await import('../../src/faces/messages');

describe('detectPeople through the offscreen document', () => {
  const photo = shrink(readJpeg(SAMPLES[0]!), 416);

  it('creates the document once, on demand, and finds the faces', async () => {
    expect(created).toHaveLength(0);
    const [first, second] = await Promise.all([detectPeople(photo), detectPeople(photo)]);
    expect(first.faces.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect((await detectPeople(photo)).faces).toEqual(first.faces);
    expect(created).toEqual([
      { url: OFFSCREEN_PATH, reasons: ['WORKERS'], justification: expect.any(String) },
    ]);
  });

  it.each([
    { name: 'bytes that do not match the size', image: { width: 4, height: 4, rgb: new Uint8Array(5) } },
    { name: 'a side over 1024 px', image: { width: 2000, height: 1, rgb: new Uint8Array(6000) } },
    { name: 'a fractional size', image: { width: 1.5, height: 2, rgb: new Uint8Array(9) } },
  ])('refuses $name with an Error', async ({ image }) => {
    await expect(detectPeople(image)).rejects.toThrow(/^face detection: /);
  });

  it('an empty picture has no faces', async () => {
    await expect(detectPeople({ width: 0, height: 0, rgb: new Uint8Array(0) })).resolves.toEqual({
      faces: [],
    });
  });

  it('the document refuses ports from content scripts and ignores malformed requests', async () => {
    const [, fromTab] = portPair(FACES_PORT, {
      id: 'abcdefghijklmnop',
      url: 'https://www.facebook.com/',
      tab: { id: 7 },
    });
    for (const f of connectListeners) f(fromTab);
    expect(fromTab.disconnected).toBe(true);

    const [mine, theirs] = portPair(FACES_PORT, {
      id: 'abcdefghijklmnop',
      url: `${EXTENSION}/service-worker-loader.js`,
    });
    for (const f of connectListeners) f(theirs);
    const replies: unknown[] = [];
    mine.onMessage.addListener((m) => replies.push(m));
    mine.postMessage({ kind: 'faces/detect', id: 1, width: 2, height: 2, rgb: 'not base64!', extra: 1 });
    mine.postMessage({ kind: 'faces/detect', id: 2, width: 5000, height: 2, rgb: '' });
    mine.postMessage({ kind: 'faces/detect', id: 3, width: 2, height: 2, rgb: '!!!' });
    await new Promise((r) => setTimeout(r, 50));
    // Only the well-formed request is answered, and its bad base64 becomes an error reply.
    expect(replies).toEqual([{ kind: 'faces/error', id: 3, error: expect.any(String) }]);
  });

  it('opens a new document when the old one was closed', async () => {
    expect(documentEnds).toHaveLength(1);
    documents = 0;
    documentEnds[0]!.disconnect();
    await new Promise((r) => setTimeout(r, 10));
    expect((await detectPeople(photo)).faces.length).toBeGreaterThan(0);
    expect(created).toHaveLength(2);
    expect(documentEnds).toHaveLength(2);
  });
});
