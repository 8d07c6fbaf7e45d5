/**
 * The popup's talk with the content script and the service worker, loaded after the first paint: zod (for
 * validating every reply) is most of the popup's code and nothing on screen at first needs it.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { send } from '../page/messages';
import {
  type AccountMode,
  ApprovalReplySchema,
  type FindingsReply,
  FindingsReplySchema,
  parseMessage,
  type ReportReply,
  ReportReplySchema,
  type UiState,
  UiStateSchema,
} from '../protocol';

// Extension pages forbid eval: keep zod from trying it (and logging a CSP violation) when it parses replies.
z.config({ jitless: true });

/** The findings of the content script in a tab; undefined where none runs (any site but the four). */
export async function fetchFindings(tabId: number | undefined): Promise<FindingsReply | undefined> {
  if (tabId === undefined) return undefined;
  try {
    const raw = await browser.tabs.sendMessage(tabId, { kind: 'findings/get' });
    return parseMessage(FindingsReplySchema, raw);
  } catch {
    return undefined;
  }
}

/** "I'm posting for the school" for every compose box of the tab; answers with the findings as they are now. */
export async function setAccountMode(
  tabId: number | undefined,
  mode: AccountMode,
): Promise<FindingsReply | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return parseMessage(
      FindingsReplySchema,
      await browser.tabs.sendMessage(tabId, { kind: 'account/set', mode }),
    );
  } catch {
    return undefined;
  }
}

/** "Request approval" for the draft in the tab's compose box. */
export async function requestApproval(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    const reply = parseMessage(
      ApprovalReplySchema,
      await browser.tabs.sendMessage(tabId, { kind: 'approval/request' }),
    );
    return reply?.ok === true;
  } catch {
    return false;
  }
}

export function fetchState(): Promise<UiState> {
  return send({ kind: 'ui/state' }, UiStateSchema);
}

export function requestReport(tabId: number, note: string): Promise<ReportReply> {
  return send({ kind: 'ui/report', tabId, note }, ReportReplySchema);
}
