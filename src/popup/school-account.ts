/**
 * The popup's part for posts on the school's own accounts (§11 protocol): a switch "I'm posting for the
 * school" for the tab, and — while a compose box posts as the school — the protocol's checklist for the draft:
 * consent for the pupils named, nothing identifying, positive and relevant, pictures of pupils, and the
 * Headteacher's approval (with "Request approval").
 */
import { t } from '../page/i18n';
import type { AccountMode, ComposerSummary, FindingsReply } from '../protocol';
import { h } from './text';

type Mark = 'ok' | 'check' | 'no';

const POSITIVE_RULES = new Set(['disparagement', 'confidential-matter', 'offensive-language']);

function count(composer: ComposerSummary, test: (f: ComposerSummary['findings'][number]) => boolean): number {
  return composer.findings.filter(test).length;
}

/** The protocol's four steps (and the pictures) for one draft, each with its state. */
export function checklist(composer: ComposerSummary): Array<{ key: string; mark: Mark; text: string }> {
  const site = t(`site_${composer.site}`);
  const noConsent = count(
    composer,
    (f) => f.rule === 'pupil-name' && (f.severity === 'breach' || f.severity === 'block'),
  );
  const toCheck = count(
    composer,
    (f) => f.rule === 'pupil-name' && (f.severity === 'warning' || f.severity === 'advice'),
  );
  const personal = count(composer, (f) => f.rule === 'personal-data');
  const negative = count(composer, (f) => POSITIVE_RULES.has(f.rule));
  const items: Array<{ key: string; mark: Mark; text: string }> = [
    {
      key: 'consent',
      mark: noConsent > 0 ? 'no' : 'ok',
      text:
        noConsent > 0
          ? t('school_check_consent_no', site, String(noConsent))
          : t('school_check_consent_ok', site),
    },
    {
      key: 'identifying',
      mark: personal > 0 ? 'no' : toCheck > 0 ? 'check' : 'ok',
      text: personal > 0 || toCheck > 0 ? t('school_check_identifying_no') : t('school_check_identifying_ok'),
    },
    {
      key: 'positive',
      mark: negative > 0 ? 'no' : 'ok',
      text: negative > 0 ? t('school_check_positive_no') : t('school_check_positive_ok'),
    },
  ];
  if (composer.picturesWithPeople > 0) {
    items.push({
      key: 'pictures',
      mark: 'check',
      text: t('school_check_pictures', site, String(composer.picturesWithPeople)),
    });
  }
  items.push({
    key: 'approval',
    mark: composer.approved ? 'ok' : 'no',
    text: composer.approved ? t('school_check_approved') : t('school_check_not_approved'),
  });
  return items;
}

const MARKS: Record<Mark, string> = { ok: '✓', check: '!', no: '✗' };

export interface SchoolAccountActions {
  setMode(mode: AccountMode): Promise<FindingsReply | undefined>;
  requestApproval(): Promise<boolean>;
  /** Shows a new reply everywhere in the popup. */
  show(reply: FindingsReply | undefined): void;
}

export function renderSchoolAccount(reply: FindingsReply, actions: SchoolAccountActions): HTMLElement {
  const school = reply.composers.filter((c) => c.account === 'school');
  const mode = reply.composers[0]?.mode ?? 'auto';
  const on = school.length > 0;
  const detected = mode === 'auto' && on ? school[0]!.accountName : '';
  const toggle = h('input', { type: 'checkbox', id: 'school-mode', role: 'switch' }) as HTMLInputElement;
  toggle.checked = on;
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    actions.show(await actions.setMode(toggle.checked ? 'school' : 'personal'));
  });
  const parts: Array<Node | null> = [
    h('p', { class: 'switch' }, toggle, ' ', h('label', { for: 'school-mode' }, t('school_mode_label'))),
    h('p', { class: 'muted' }, detected ? t('school_mode_detected', detected) : t('school_mode_hint')),
  ];
  for (const composer of school) {
    const status = h('span', { role: 'status', class: 'muted' });
    const request = h(
      'button',
      { type: 'button', class: 'secondary', id: 'request-approval' },
      t('approval_request'),
    );
    request.addEventListener('click', async () => {
      request.disabled = true;
      status.textContent = (await actions.requestApproval())
        ? t('approval_requested')
        : t('approval_request_failed');
      request.disabled = false;
    });
    parts.push(
      h(
        'section',
        { class: 'protocol', 'aria-label': t('school_checklist_heading', composer.accountName) },
        h('h3', {}, t('school_checklist_heading', composer.accountName)),
        h(
          'ul',
          { class: 'checklist' },
          ...checklist(composer).map((item) =>
            h(
              'li',
              { class: `check ${item.mark}`, 'data-check': item.key },
              h('span', { class: 'mark', 'aria-hidden': 'true' }, MARKS[item.mark]),
              h('span', { class: 'sr-only' }, t(`school_mark_${item.mark}`)),
              ' ',
              item.text,
            ),
          ),
        ),
        composer.approved ? null : h('p', {}, request, ' ', status),
      ),
    );
  }
  return h('div', { class: 'school-account' }, ...parts);
}
