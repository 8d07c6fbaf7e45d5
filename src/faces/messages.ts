/**
 * Messages of the face detector, validated on receipt (zod/mini, as src/protocol.ts): the background ↔ the
 * offscreen document over a runtime Port (never runtime.sendMessage, so the service worker's onMessage listener
 * never sees them), and the page ↔ the dedicated worker. Ports carry JSON, so pixels travel as base64 there;
 * the worker gets them as a transferred ArrayBuffer.
 */
import * as z from 'zod/mini';

z.config({ jitless: true }); // extension pages and their workers forbid eval

/** The Port's name: the offscreen document accepts no other. */
export const FACES_PORT = 'post-guard:faces';
/** The offscreen document, as the manifest-less page vite emits it. */
export const OFFSCREEN_PATH = 'src/offscreen/index.html';
/** The largest side accepted (src/protocol.ts's MAX_IMAGE_SIDE); callers should send about 416 or 512. */
export const MAX_SIDE = 1_024;
/** More faces than this in one picture are not reported one by one. */
export const MAX_FACES = 100;

const id = z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));
const side = z.number().check(z.int(), z.gte(0), z.lte(MAX_SIDE));
const coordinate = z.number().check(z.gte(-1e6), z.lte(1e6));

export const FaceBoxSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: coordinate,
  height: coordinate,
  score: z.number().check(z.gte(0), z.lte(1)),
});
const faces = z.array(FaceBoxSchema).check(z.maxLength(MAX_FACES));
const error = z.string().check(z.maxLength(500));

export const DetectRequestSchema = z.strictObject({
  kind: z.literal('faces/detect'),
  id,
  width: side,
  height: side,
  rgb: z.string().check(z.maxLength(Math.ceil((MAX_SIDE * MAX_SIDE * 3) / 3) * 4)),
});
export type DetectRequest = z.output<typeof DetectRequestSchema>;

export const DetectReplySchema = z.union([
  z.strictObject({ kind: z.literal('faces/result'), id, faces }),
  z.strictObject({ kind: z.literal('faces/error'), id, error }),
]);
export type DetectReply = z.output<typeof DetectReplySchema>;

/** The page → the dedicated worker (`rgb` transferred). */
export const WorkerRequestSchema = z.strictObject({
  id,
  width: side,
  height: side,
  rgb: z.instanceof(ArrayBuffer),
});
export type WorkerRequest = z.output<typeof WorkerRequestSchema>;

export const WorkerReplySchema = z.union([z.strictObject({ id, faces }), z.strictObject({ id, error })]);
export type WorkerReply = z.output<typeof WorkerReplySchema>;

export function parse<T extends z.ZodMiniType>(schema: T, raw: unknown): z.output<T> | undefined {
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** The bytes of `base64`; throws on text that is not base64. */
export function fromBase64(base64: string): Uint8Array {
  const s = atob(base64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** An error's message, short enough for a reply. */
export function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
