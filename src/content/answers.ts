/**
 * Answers to the popup and the service worker: the findings on this tab, "I'm posting for the school",
 * "Request approval", the selection for a report, and "the settings changed". Each message is validated, and
 * only our own extension is answered.
 */
import {
  type AccountMode,
  BackgroundToContent,
  type ComposerSummary,
  type FindingsReply,
  MAX_ACCOUNT_NAME,
  PopupToContent,
  parseMessage,
} from '../protocol';
import type { RuntimeLike } from './browser';
import type { Client } from './client';
import type { Composer } from './composer';
import type { Composers } from './registry';

/**
 * What the member of staff selected on the page, for a report about someone else's content. A selection in a
 * compose box is their own draft, which never leaves the page.
 */
function reportableSelection(): string {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  if (!selection || element?.closest('[contenteditable="true"], textarea, input')) return '';
  return selection.toString().slice(0, 5_000);
}

function summary(composer: Composer, mode: AccountMode): ComposerSummary {
  return {
    site: composer.surfacing.site,
    surface: composer.surfacing.rule.surface,
    label: composer.label,
    account: composer.account,
    accountName: composer.accountName.slice(0, MAX_ACCOUNT_NAME),
    mode,
    approved: composer.approved,
    pictures: composer.pictureCounts.pictures,
    picturesWithPeople: composer.pictureCounts.withPeople,
    findings: composer.shown.map((s) => ({
      rule: s.finding.rule,
      clause: s.finding.clause,
      severity: s.finding.severity,
      title: s.finding.title,
      message: s.finding.message,
      guidance: s.finding.guidance,
      excerpt: s.excerpt,
    })),
  };
}

/** "Posting for the school", as set in the popup; lasts as long as the page. */
export class TabMode {
  value: AccountMode = 'auto';
}

export function answerMessages(
  runtime: RuntimeLike,
  composers: Composers,
  client: Client,
  mode: TabMode,
  signal: AbortSignal,
): void {
  const summaries = (): FindingsReply => ({
    composers: [...composers.values()].filter((c) => c.editor.isConnected).map((c) => summary(c, mode.value)),
  });

  runtime.onMessage.addListener((raw, sender, respond) => {
    if (signal.aborted || sender.id !== runtime.id) return undefined;
    if (parseMessage(BackgroundToContent, raw)?.kind === 'settings/changed') {
      for (const composer of composers.values()) void composer.run();
      return undefined;
    }
    const request = parseMessage(PopupToContent, raw);
    switch (request?.kind) {
      case 'findings/get':
        respond(summaries());
        return undefined;
      case 'account/set':
        mode.value = request.mode;
        // Answer once every box has been checked as the new account, so the popup shows the new state.
        void Promise.all([...composers.values()].map((c) => c.run())).then(() => respond(summaries()));
        return true;
      case 'approval/request': {
        const composer = [...composers.values()].find((c) => c.editor.isConnected && c.hasText);
        if (!composer) respond({ ok: false, reason: 'no-draft' });
        else
          void client.requestApproval(composer.draft(), composer.accountName, composer.shown).then(respond);
        return true;
      }
      case 'selection/get':
        respond({
          selection: reportableSelection(),
          url: location.href.slice(0, 8_000),
          title: document.title.slice(0, 1_000),
        });
        return undefined;
      default:
        return undefined;
    }
  });
}
