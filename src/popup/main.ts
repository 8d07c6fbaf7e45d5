/**
 * The toolbar popup: the findings on the current tab's compose boxes, one-click reporting of the page to the
 * Headteacher, the policy in plain words (searchable) and who to ask. It paints from local data at once (the
 * words come from _locales, the summary is built in) and fills in the findings and the school's details when
 * the content script and the service worker answer.
 */
import browser from 'webextension-polyfill';
import { mailto } from '../background/report';
import { localise, t } from '../page/i18n';
import { clauseFragment } from '../policy/clauses';
import { withoutShippedClauses } from '../profile/policy';
import type { Profile } from '../profile/schema';
import type { FindingSummary, FindingsReply, UiState } from '../protocol';
import {
  matches,
  queryTerms,
  type SummarySection,
  schoolSummarySections,
  summarySections,
} from './policy-summary';
import { renderSchoolAccount } from './school-account';
import { h, plural } from './text';

/** The policy shipped with Post Guard, rendered by the policy page; `#s<N>` is section N. */
const SHIPPED_POLICY = browser.runtime.getURL('src/policy/index.html');
const SEVERITY_ORDER: Record<FindingSummary['severity'], number> = {
  block: 0,
  breach: 1,
  warning: 2,
  advice: 3,
};

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Set when the school's profile carries its own policy: clauses are the school's, and so are the links. */
let ownPolicy = false;

/** Where the policy page shows a clause such as "§6(h)" (the shipped policy) or "4.2" (the school's own). */
function policySection(clause: string): string {
  const fragment = clauseFragment(clause, ownPolicy);
  return fragment ? `${SHIPPED_POLICY}#${fragment}` : SHIPPED_POLICY;
}

// ——— The findings on this page ———

function headline(reply: FindingsReply): { tone: string; text: string; detail: string } {
  const all = reply.composers.flatMap((composer) => composer.findings);
  const count = (...severities: string[]) => all.filter((f) => severities.includes(f.severity)).length;
  const breaches = count('breach', 'block');
  const warnings = count('warning');
  const advice = count('advice');
  const more = (n: number) => (n > 0 ? plural('popup_status_more', n) : '');
  if (breaches > 0)
    return {
      tone: 'breach',
      text: plural('popup_status_breach', breaches),
      detail: more(all.length - breaches),
    };
  if (warnings > 0)
    return { tone: 'warning', text: plural('popup_status_review', warnings), detail: more(advice) };
  if (advice > 0) return { tone: 'advice', text: plural('popup_status_advice', advice), detail: '' };
  return { tone: 'clear', text: t('popup_status_clear'), detail: t('popup_status_clear_detail') };
}

function renderFinding(finding: FindingSummary): HTMLLIElement {
  return h(
    'li',
    { class: `finding ${finding.severity}` },
    h(
      'p',
      { class: 'finding-head' },
      h('span', { class: `chip ${finding.severity}` }, t(`severity_${finding.severity}`)),
      h('strong', {}, finding.title),
      h(
        'a',
        {
          href: policySection(finding.clause),
          target: '_blank',
          rel: 'noopener',
          // A rule the school's own policy gives no clause: the link is to the policy itself.
          'aria-label': finding.clause
            ? t('popup_finding_clause_link', finding.clause)
            : t('popup_finding_policy_link'),
        },
        finding.clause || t('popup_finding_policy'),
      ),
    ),
    h(
      'p',
      {},
      h('span', { class: 'label' }, t('popup_finding_words')),
      ' ',
      finding.excerpt
        ? h('span', { class: 'excerpt' }, `“${finding.excerpt}”`)
        : h('span', { class: 'muted' }, t('popup_finding_whole')),
    ),
    h('p', {}, finding.message),
    h('p', {}, h('span', { class: 'label' }, t('popup_finding_todo')), ' ', finding.guidance),
  );
}

let messagingModule: Promise<typeof import('./messaging')> | undefined;
let currentTab: Promise<number | undefined> | undefined;

function showSchoolAccount(reply: FindingsReply | undefined): void {
  const box = byId('school-account');
  if (!reply || reply.composers.length === 0 || !messagingModule || !currentTab) {
    box.replaceChildren();
    return;
  }
  const [messaging, tab] = [messagingModule, currentTab];
  box.replaceChildren(
    renderSchoolAccount(reply, {
      setMode: async (mode) => (await messaging).setAccountMode(await tab, mode),
      requestApproval: async () => (await messaging).requestApproval(await tab),
      show: (next) => {
        showFindings(next);
        byId<HTMLInputElement>('school-mode')?.focus();
      },
    }),
  );
}

function showFindings(reply: FindingsReply | undefined): void {
  lastFindings = reply;
  showSchoolAccount(reply);
  if (ownPolicy) dropShippedClauses(byId('school-account'));
  const status = byId('status');
  const detail = byId('status-detail');
  const list = byId('findings');
  if (!reply) {
    status.className = 'status';
    status.textContent = t('popup_status_unsupported');
    detail.textContent = t('popup_status_unsupported_detail');
    detail.hidden = false;
    list.replaceChildren();
    return;
  }
  const { tone, text, detail: more } = headline(reply);
  status.className = `status ${tone}`;
  status.textContent = text;
  detail.textContent = more;
  detail.hidden = !more;
  list.replaceChildren(
    ...reply.composers
      .filter((composer) => composer.findings.length > 0)
      .map((composer) =>
        h(
          'section',
          { class: 'composer', 'aria-label': composer.label },
          h('h3', {}, composer.label),
          h(
            'ul',
            { class: 'findings' },
            ...[...composer.findings]
              .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
              .map(renderFinding),
          ),
        ),
      ),
  );
}

/** The tab the popup was opened on: `?tab=<id>` (tests open the popup as a page), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d{1,15}$/.test(param)) return Number(param);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

// ——— The policy in plain words ———

function renderSection(section: SummarySection): HTMLDetailsElement {
  const list = (kind: 'do' | 'dont', items: string[]) => {
    if (items.length === 0) return null;
    const id = `${section.key}-${kind}`;
    return h(
      'div',
      { class: kind },
      h('p', { class: 'label', id }, t(kind === 'do' ? 'popup_policy_do' : 'popup_policy_dont')),
      h('ul', { 'aria-labelledby': id }, ...items.map((item) => h('li', {}, item))),
    );
  };
  return h(
    'details',
    { class: 'section', id: `summary-${section.key}` },
    h('summary', {}, h('span', { class: 'clause' }, section.clause), ' ', section.title),
    h(
      'div',
      { class: 'section-body' },
      h('p', {}, section.summary),
      list('do', section.do),
      list('dont', section.dont),
      h(
        'p',
        {},
        h(
          'a',
          { href: `${SHIPPED_POLICY}#${section.fragment}`, target: '_blank', rel: 'noopener' },
          t('popup_policy_section_link', section.clause),
        ),
      ),
    ),
  );
}

let filterSummary = () => {};

function setUpSummary(sections: SummarySection[]): void {
  const nodes = sections.map(renderSection);
  byId('sections').replaceChildren(...nodes);
  const input = byId<HTMLInputElement>('search');
  const status = byId('search-status');
  input.removeEventListener('input', filterSummary);
  const filter = () => {
    const terms = queryTerms(input.value);
    let shown = 0;
    sections.forEach((section, i) => {
      const hit = matches(section, terms);
      nodes[i]!.hidden = !hit;
      nodes[i]!.open = hit && terms.length > 0;
      if (hit) shown++;
    });
    status.textContent =
      terms.length === 0
        ? ''
        : shown > 0
          ? plural('popup_policy_matches', shown)
          : t('popup_policy_no_results', input.value.trim());
  };
  filterSummary = filter;
  input.addEventListener('input', filter);
  if (input.value) filter();
  byId<HTMLAnchorElement>('policy-full').href = SHIPPED_POLICY;
}

// ——— The school's details: who to ask, where reports go ———

/** A contact's name and mailto: link, or, while the school has not added their email, the prompt to. */
function contact(
  element: HTMLElement,
  who: { name: string; email: string },
  missingKey: string | null,
): void {
  element.replaceChildren(
    ...(who.name ? [h('strong', {}, who.name), ' '] : []),
    missingKey
      ? h('span', { class: 'notice', role: 'note' }, t(missingKey))
      : h('a', { href: mailto(who.email) }, t('popup_ask_email', who.email)),
  );
}

let lastFindings: FindingsReply | undefined;

/** The words written for the shipped policy cite its clauses; under the school's own policy they go. */
function dropShippedClauses(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.includes('§')) node.nodeValue = withoutShippedClauses(text);
  }
}

function showState(state: UiState): void {
  const profile = state.profile as Profile;
  byId('school').textContent = profile.school.name;
  if (profile.policy) {
    // The school's own policy: its clauses, in the summary and in the findings' links.
    ownPolicy = true;
    setUpSummary(schoolSummarySections(profile.policy, t));
    byId('policy-intro').textContent = t('popup_policy_intro_school');
    dropShippedClauses(document.body);
    byId('policy-heading').textContent = t(
      'popup_policy_heading_school',
      profile.policy.title ?? profile.school.name,
    );
    if (lastFindings) showFindings(lastFindings);
  }
  const missing = (path: string, email: string) => state.missing.includes(path) || !email;
  const { headteacher, businessManager } = profile.contacts;
  const missingHead = missing('contacts.headteacher.email', headteacher.email);
  const missingBm = missing('contacts.businessManager.email', businessManager.email);
  contact(byId('headteacher'), headteacher, missingHead ? 'popup_missing_headteacher_email' : null);
  contact(
    byId('business-manager'),
    businessManager,
    missingBm ? 'popup_missing_business_manager_email' : null,
  );
  // The way to the settings stands out while the school still has details to add.
  byId('settings').classList.toggle('primary', missingHead || missingBm);

  const head = profile.contacts.headteacher;
  const who = head.name ? t('popup_named_headteacher', head.name) : t('popup_the_headteacher');
  const channel = profile.report.channel === 'email' && !head.email ? 'clipboard' : profile.report.channel;
  byId('report-channel').textContent =
    channel === 'form' ? t('popup_report_channel_form') : t(`popup_report_channel_${channel}`, who);

  if (profile.policyUrl) {
    const full = byId<HTMLAnchorElement>('policy-full');
    full.href = profile.policyUrl;
    full.textContent = t('popup_policy_full_school');
  }
}

// ——— Reporting ———

type Messaging = typeof import('./messaging');

function setUpReport(tab: Promise<number | undefined>, messaging: Promise<Messaging>): void {
  const button = byId<HTMLButtonElement>('report');
  const progress = byId('report-progress');
  const error = byId('report-error');
  void tab.then((id) => {
    if (id === undefined) {
      button.disabled = true;
      error.textContent = t('popup_report_no_tab');
    }
  });
  button.addEventListener('click', async () => {
    const tabId = await tab;
    if (tabId === undefined || button.disabled) return;
    button.disabled = true;
    error.textContent = '';
    progress.textContent = t('popup_report_working');
    try {
      const note = byId<HTMLTextAreaElement>('note').value.trim().slice(0, 2_000);
      const reply = await (await messaging).requestReport(tabId, note);
      if (!reply.ok) throw new Error(reply.error ?? 'no reply');
      window.close(); // the report page has opened in a tab of its own
    } catch (problem) {
      progress.textContent = '';
      error.textContent = t(
        'popup_report_failed',
        problem instanceof Error ? problem.message : String(problem),
      );
      button.disabled = false;
      button.focus();
    }
  });
}

function start(): void {
  localise();
  setUpSummary(summarySections(t));
  const tab = targetTab();
  const messaging = import('./messaging');
  currentTab = tab;
  messagingModule = messaging;
  setUpReport(tab, messaging);
  byId('settings').addEventListener('click', () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  performance.mark('post-guard:first-render');

  void Promise.all([messaging, tab])
    .then(([{ fetchFindings }, id]) => fetchFindings(id))
    .then(showFindings);
  void messaging
    .then(({ fetchState }) => fetchState())
    .then(showState)
    .catch(() => {
      // No answer from the service worker: the page still works from its built-in words.
    });
}

start();
