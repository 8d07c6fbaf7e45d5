/** Sending a message to the service worker from one of our pages, with the reply validated like any message. */
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import { parseMessage, type UiToBackground } from '../protocol';

export async function send<T extends z.ZodMiniType>(message: UiToBackground, reply: T): Promise<z.output<T>> {
  const raw = await browser.runtime.sendMessage(message);
  const parsed = parseMessage(reply, raw);
  if (parsed === undefined) throw new Error(`unexpected reply to ${message.kind}`);
  return parsed;
}
