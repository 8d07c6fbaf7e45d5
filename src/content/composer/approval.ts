/**
 * The Headteacher's approval of one draft (§11, the school's own accounts): the code the member entered, kept
 * while the draft stays exactly the one it was verified for.
 */
import type { ApprovalReply } from '../../protocol';
import { type Draft, draftKey } from './draft';

export type VerifyCode = (draft: Draft, accountName: string, code: string) => Promise<ApprovalReply>;

export class Approval {
  private granted: { code: string; draft: string } | undefined;

  constructor(private readonly verifyCode: VerifyCode) {}

  /** True when this draft has a verified code. */
  covers(draft: Draft): boolean {
    return this.granted?.draft === draftKey(draft);
  }

  /** Checks a code (by default the one entered before) for the draft as it is now. */
  async verify(draft: Draft, accountName: string, code = this.granted?.code): Promise<ApprovalReply> {
    if (!code) return { ok: false };
    const reply = await this.verifyCode(draft, accountName, code);
    if (reply.ok) this.granted = { code, draft: draftKey(draft) };
    return reply;
  }

  forget(): void {
    this.granted = undefined;
  }
}
