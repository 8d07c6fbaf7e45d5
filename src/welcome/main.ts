/**
 * The welcome page, opened once when Post Guard is installed: "Join your school" with the school pack the
 * school sent, so a member of staff's own browser is set up in one step (src/options/pack-join.ts does the
 * choosing and confirming). Without a pack Post Guard still works with the policy it ships with.
 */
import browser from 'webextension-polyfill';
import { el, formatDate } from '../options/dom';
import { packJoin } from '../options/pack-join';
import { localise, t } from '../page/i18n';
import { send } from '../page/messages';
import { type PackReply, UiStateSchema } from '../protocol';

const text = (tag: 'h1' | 'h2' | 'p' | 'li', key: string, attributes: Record<string, string> = {}) =>
  el(tag, attributes, t(key));

const current = el('p', { id: 'welcome-current', class: 'source', hidden: '' });
const doneHeading = el('h2', { id: 'welcome-done-heading', tabindex: '-1' });
const done = el(
  'section',
  { id: 'welcome-done', class: 'banner ok', 'aria-labelledby': 'welcome-done-heading', hidden: '' },
  doneHeading,
  text('p', 'welcome_done_body'),
  el(
    'ul',
    {},
    text('li', 'welcome_done_compose'),
    text('li', 'welcome_done_popup'),
    text('li', 'welcome_done_updates'),
  ),
  el(
    'p',
    {},
    el(
      'a',
      { href: browser.runtime.getURL('src/policy/index.html'), target: '_blank', rel: 'noopener' },
      t('welcome_done_policy'),
    ),
  ),
);

async function showCurrent(): Promise<void> {
  const state = await send({ kind: 'ui/state' }, UiStateSchema).catch(() => undefined);
  const pack = state?.pack;
  current.hidden = !pack;
  if (pack) {
    const key = pack.managed ? 'options_pack_managed' : 'options_pack_current';
    current.textContent = t(key, pack.school, formatDate(pack.created), pack.fingerprint);
  }
}

function joined(reply: Extract<PackReply, { ok: true }>): Promise<void> {
  doneHeading.textContent = t('welcome_done_heading', reply.pack.school);
  done.hidden = false;
  doneHeading.focus();
  return showCurrent();
}

document.title = t('welcome_title');
document.body.replaceChildren(
  el(
    'main',
    { id: 'main' },
    text('h1', 'welcome_title'),
    text('p', 'welcome_intro'),
    current,
    packJoin({ id: 'welcome-pack', labelKey: 'welcome_choose_label', onJoined: joined }),
    done,
    el(
      'section',
      { 'aria-labelledby': 'welcome-none-heading' },
      text('h2', 'welcome_none_heading', { id: 'welcome-none-heading' }),
      text('p', 'welcome_none_body'),
      text('p', 'welcome_privacy'),
    ),
  ),
);
localise();
void showCurrent();
