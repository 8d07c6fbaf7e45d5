/**
 * The content script's one way to the service worker: a method per message of `ContentToBackground`, typed by
 * it, cutting what it sends to the limits `protocol.ts` sets, and validating every reply with its schema. When
 * the service worker cannot be reached (the extension was updated or removed while the page was open), `gone`
 * is called once and the page is left as it was.
 */
import {
  ApprovalReplySchema,
  CheckReplySchema,
  type ContentToBackground,
  ImageReplySchema,
  MAX_ACCOUNT_NAME,
  MAX_APPROVAL_CODE,
  MAX_CHECKED_TEXT,
  MAX_EXCERPT,
  MAX_FINDING_MESSAGE,
  MAX_PICTURE_NAME,
  MAX_PICTURES,
  MAX_REQUEST_FINDINGS,
  parseMessage,
} from '../protocol';
import type { RuntimeLike } from './browser';
import type { PictureCheck } from './composer/attachments';
import type { Draft } from './composer/draft';
import type { Shown } from './composer/shown';

/** The draft as the approval messages carry it. */
function carried(draft: Draft) {
  return {
    site: draft.site,
    text: draft.text.slice(0, MAX_CHECKED_TEXT),
    pictures: draft.pictures.slice(0, MAX_PICTURES),
  };
}

export class Client {
  private lost = false;

  constructor(
    private readonly runtime: RuntimeLike,
    private readonly gone: () => void,
  ) {}

  private async send(message: ContentToBackground): Promise<unknown> {
    try {
      return await this.runtime.sendMessage(message);
    } catch (error) {
      if (!this.lost) {
        this.lost = true;
        this.gone();
      }
      throw error;
    }
  }

  /** Checks a draft: findings and whom it was checked as; undefined when there is no answer. */
  check(draft: Draft) {
    return this.send({
      kind: 'check',
      ...carried(draft),
      surface: draft.surface,
      account: draft.mode,
      actingAs: draft.actingAs.slice(0, MAX_ACCOUNT_NAME),
    })
      .then((reply) => parseMessage(CheckReplySchema, reply))
      .catch(() => undefined);
  }

  /** What a picture shows (the school's logo, people). */
  checkPicture: PictureCheck = (name, pixels) =>
    this.send({ kind: 'image/check', name: name.slice(0, MAX_PICTURE_NAME), ...pixels })
      .then((reply) => parseMessage(ImageReplySchema, reply))
      .catch(() => undefined);

  /** Checks an approval code against the draft as it is now; a refusal when there is no answer. */
  verify(draft: Draft, accountName: string, code: string) {
    return this.approval({
      kind: 'approval/verify',
      ...carried(draft),
      accountName: accountName.slice(0, MAX_ACCOUNT_NAME),
      code: code.slice(0, MAX_APPROVAL_CODE),
    });
  }

  /** "Request approval": the draft, its pictures and findings go to the school's channel (the member sends it). */
  requestApproval(draft: Draft, accountName: string, shown: readonly Shown[]) {
    return this.approval({
      kind: 'approval/request',
      ...carried(draft),
      accountName: accountName.slice(0, MAX_ACCOUNT_NAME),
      findings: shown.slice(0, MAX_REQUEST_FINDINGS).map((s) => ({
        rule: s.finding.rule,
        clause: s.finding.clause,
        severity: s.finding.severity,
        message: s.finding.message.slice(0, MAX_FINDING_MESSAGE),
        excerpt: s.excerpt.slice(0, MAX_EXCERPT),
      })),
    });
  }

  private approval(message: ContentToBackground) {
    return this.send(message)
      .then((reply) => parseMessage(ApprovalReplySchema, reply) ?? { ok: false })
      .catch(() => ({ ok: false }));
  }

  /** The toolbar badge: the tab's breaches. */
  badge(breaches: number, total: number): void {
    this.send({ kind: 'badge/set', breaches, total }).catch(() => undefined);
  }
}
