/**
 * The dedicated worker that looks for faces: `{ id, width, height, rgb }` in (rgb a transferred ArrayBuffer of
 * packed RGB), `{ id, faces }` or `{ id, error }` out. Started by client.ts from the offscreen document
 * (Chrome) or the background page (Firefox); the model loads on the first picture and stays for the next.
 */
import { detectFaces } from './detector';
import { describe, MAX_FACES, parse, type WorkerReply, WorkerRequestSchema } from './messages';

/** The worker's global scope (the project's TypeScript lib is DOM, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const request = parse(WorkerRequestSchema, event.data);
  if (!request) {
    const id = (event.data as { id?: unknown } | null)?.id;
    if (typeof id === 'number') scope.postMessage({ id, error: 'malformed request' });
    return;
  }
  let reply: WorkerReply;
  try {
    const { faces } = await detectFaces({
      width: request.width,
      height: request.height,
      rgb: new Uint8Array(request.rgb),
    });
    reply = { id: request.id, faces: faces.slice(0, MAX_FACES) };
  } catch (error) {
    reply = { id: request.id, error: describe(error) };
  }
  scope.postMessage(reply);
};
