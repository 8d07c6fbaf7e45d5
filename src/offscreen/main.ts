/**
 * The offscreen document (Chrome and Edge only): Chrome's service worker cannot start a dedicated worker, so
 * src/faces/index.ts opens this hidden page, connects to it over a runtime Port and has it relay pictures to
 * the face detection worker. It accepts ports only from our own extension's contexts (not content scripts),
 * and validates every message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { FaceWorkerClient } from '../faces/client';
import {
  type DetectReply,
  DetectRequestSchema,
  describe,
  FACES_PORT,
  fromBase64,
  parse,
} from '../faces/messages';

const client = new FaceWorkerClient();
const origin = new URL(browser.runtime.getURL('/')).origin;

/** Our service worker (or another of our pages), never a content script in a tab. */
function fromOurExtension(sender: Runtime.MessageSender | undefined): boolean {
  return (
    sender?.id === browser.runtime.id &&
    sender.tab === undefined &&
    typeof sender.url === 'string' &&
    new URL(sender.url).origin === origin
  );
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== FACES_PORT) return;
  if (!fromOurExtension(port.sender)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener(async (raw: unknown) => {
    const request = parse(DetectRequestSchema, raw);
    if (!request) return;
    let reply: DetectReply;
    try {
      const rgb = fromBase64(request.rgb);
      const { faces } = await client.detect({ width: request.width, height: request.height, rgb });
      reply = { kind: 'faces/result', id: request.id, faces };
    } catch (error) {
      reply = { kind: 'faces/error', id: request.id, error: describe(error) };
    }
    try {
      port.postMessage(reply);
    } catch {
      // The service worker went away (it is stopped when idle); it has forgotten the request too.
    }
  });
});
