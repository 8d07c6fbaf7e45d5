/**
 * The report page, opened by "Report this page" in the popup and "Report to Headteacher" in the context menu:
 * shows what is being reported, opens the school's channel at once (the email draft, the filled form, or the
 * report copied for pasting), offers the screenshot to save and attach, and lists the member of staff's earlier
 * reports. Everything shown here is the member of staff's own record on this device; nothing is sent by us.
 */
import browser from 'webextension-polyfill';
import { readableTime } from '../background/report';
import { copyText } from '../page/clipboard';
import { localise, t } from '../page/i18n';
import { h } from '../popup/text';
import { getReport, listReports, type ReportRecord } from '../storage/db';

const HISTORY_SIZE = 10;

const byId = (id: string) => document.getElementById(id)!;

function when(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : readableTime(time);
}

/** A file name for the screenshot: post-guard-report-2026-11-24T10-15-03Z.png */
function screenshotName(iso: string): string {
  return `post-guard-report-${iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.png`;
}

function linkOrText(address: string): Node {
  return /^https?:\/\//i.test(address)
    ? h('a', { href: address, target: '_blank', rel: 'noopener' }, address)
    : document.createTextNode(address);
}

function showDetails(record: ReportRecord): void {
  const rows: Array<[string, Node | string]> = [];
  // The browser shows an extension the tab's address only once the member of staff has clicked it.
  if (record.url) rows.push([t('report_field_page'), linkOrText(record.url)]);
  if (record.title) rows.push([t('report_field_title'), record.title]);
  if (record.selection) rows.push([t('report_field_quote'), h('blockquote', {}, record.selection)]);
  if (record.link) rows.push([t('report_field_link'), linkOrText(record.link)]);
  if (record.image) rows.push([t('report_field_image'), linkOrText(record.image)]);
  rows.push([t('report_field_time'), when(record.time)]);
  if (record.note) rows.push([t('report_field_note'), record.note]);
  if (record.reporter) rows.push([t('report_field_reporter'), record.reporter]);
  byId('details').replaceChildren(
    ...rows.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
  );
  byId('details-section').hidden = false;
}

function showScreenshot(record: ReportRecord): void {
  const box = byId('screenshot');
  if (record.screenshot instanceof Blob && record.screenshot.size > 0) {
    const url = URL.createObjectURL(record.screenshot);
    box.replaceChildren(
      h('figure', {}, h('img', { src: url, alt: t('report_screenshot_alt') })),
      h(
        'p',
        {},
        h(
          'a',
          { class: 'button-link', href: url, download: screenshotName(record.time), id: 'save-screenshot' },
          t('report_screenshot_save'),
        ),
      ),
      h('p', { class: 'muted' }, t('report_screenshot_explain')),
    );
  } else {
    box.replaceChildren(h('p', {}, t('report_screenshot_none')));
  }
  byId('screenshot-section').hidden = false;
}

function showMessage(record: Pick<ReportRecord, 'subject' | 'body'>): void {
  byId('subject').replaceChildren(h('strong', {}, t('report_subject')), ' ', record.subject);
  byId('message').textContent = record.body;
  byId('message-section').hidden = false;
}

/** Opens the school's channel (once per report: not again on reload or from the history) and offers it again. */
async function openChannel(record: Pick<ReportRecord, 'channel' | 'target'>, fresh: boolean): Promise<void> {
  const box = byId('channel');
  if (record.channel === 'email') {
    box.replaceChildren(
      ...(fresh ? [h('p', {}, t('report_email_opened'))] : []),
      h('a', { class: 'button-link', id: 'open-channel', href: record.target }, t('report_email_again')),
    );
    if (fresh) location.href = record.target; // the mailto: draft; the page stays
    return;
  }
  if (record.channel === 'form') {
    box.replaceChildren(
      ...(fresh ? [h('p', {}, t('report_form_opened'))] : []),
      h(
        'a',
        { class: 'button-link', id: 'open-channel', href: record.target, target: '_blank', rel: 'noopener' },
        t('report_form_again'),
      ),
    );
    if (fresh) {
      // The form opens in a tab of its own, so this page (and the screenshot to upload) stays at hand.
      try {
        const current = await browser.tabs.getCurrent();
        await browser.tabs.create({ url: record.target, ...(current ? { index: current.index + 1 } : {}) });
      } catch {
        location.assign(record.target);
      }
    }
    return;
  }
  const result = h('p', {});
  const button = h('button', { type: 'button', id: 'copy' }, t('report_copy'));
  const done = h('span', { class: 'done', role: 'status' });
  button.addEventListener('click', async () => {
    if (await copyText(record.target)) {
      done.textContent = t('report_copied');
      result.textContent = t('report_clipboard_copied');
    } else {
      result.textContent = t('report_copy_failed');
      const selection = getSelection();
      selection?.selectAllChildren(byId('message'));
    }
  });
  const copied = fresh && (await copyText(record.target));
  result.textContent = copied ? t('report_clipboard_copied') : t('report_clipboard_refused');
  if (copied) done.textContent = t('report_copied');
  box.replaceChildren(result, h('p', {}, button, ' ', done));
}

const CHANNEL_KEYS = {
  email: 'report_channel_email',
  form: 'report_channel_form',
  clipboard: 'report_channel_clipboard',
} as const;

async function showHistory(current: number | undefined): Promise<void> {
  const list = byId('history');
  const reports = (await listReports().catch(() => [] as ReportRecord[]))
    .filter((record) => record.id !== current)
    .slice(0, HISTORY_SIZE);
  if (reports.length === 0) {
    list.replaceChildren(h('li', { class: 'muted' }, t('report_history_empty')));
    return;
  }
  list.replaceChildren(
    ...reports.map((record) =>
      h(
        'li',
        {},
        h('a', { href: `?id=${record.id}&view=1` }, when(record.time)),
        (record.title || record.url) && h('span', { class: 'what' }, record.title || record.url),
        h('span', { class: 'how' }, t(CHANNEL_KEYS[record.channel] ?? 'report_channel_email')),
      ),
    ),
  );
}

/**
 * An approval request for a post on the school's account: handed over once by the service worker and never
 * stored (it holds the draft). The history of reports is not about it, so it is not shown.
 */
async function showApproval(token: string): Promise<void> {
  document.title = t('approval_page_title');
  byId('page-heading').textContent = t('approval_page_heading');
  byId('history-section').hidden = true;
  const reply = (await browser.runtime
    .sendMessage({ kind: 'ui/approval/pending', token: token.slice(0, 64) })
    .catch(() => undefined)) as
    | {
        approval?: { channel: ReportRecord['channel']; target: string; subject: string; body: string } | null;
      }
    | undefined;
  const approval = reply?.approval;
  if (!approval || typeof approval.target !== 'string') {
    byId('channel').replaceChildren(h('p', { class: 'error' }, t('approval_page_gone')));
    return;
  }
  byId('message-heading').textContent = t('approval_page_message');
  showMessage(approval);
  await openChannel(approval, true);
  document.body.dataset.ready = 'true';
}

async function start(): Promise<void> {
  localise();
  document.title = t('report_page_title');
  const params = new URLSearchParams(location.search);
  const token = params.get('approval');
  if (token) return showApproval(token);
  const id = Number(params.get('id'));
  const record = Number.isSafeInteger(id) && id > 0 ? await getReport(id).catch(() => undefined) : undefined;
  if (!record) {
    byId('channel').replaceChildren(h('p', { class: 'error' }, t('report_not_found')));
    await showHistory(undefined);
    return;
  }
  showDetails(record);
  showScreenshot(record);
  showMessage(record);
  const key = `post-guard-opened-${id}`;
  const fresh = !params.has('view') && sessionStorage.getItem(key) === null;
  sessionStorage.setItem(key, '1');
  await Promise.all([openChannel(record, fresh), showHistory(id)]);
  document.body.dataset.ready = 'true';
}

void start();
