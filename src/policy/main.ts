/**
 * The policy page: the school's own policy when its profile (or pack) carries one, else the Social Media Policy
 * shipped with Post Guard, rendered as readable HTML with an anchor per section (`#s11`), so the popup and the
 * findings can link to the clause they rest on (a school's own clause: `#clause-4.2`, see clauses.ts).
 */
import browser from 'webextension-polyfill';
import { localise, t } from '../page/i18n';
import { send } from '../page/messages';
import { validateProfile } from '../profile/parse';
import { UiStateSchema } from '../protocol';
import { clauseHeading } from './clauses';
import { type Block, parseMarkdown, plainText, renderBlocks } from './markdown';

const POLICY_FILE = 'policy/cansfield-social-media-policy.md';

/** The table of contents: one link per numbered section. */
function contents(blocks: Block[]): HTMLElement | null {
  const sections = blocks.filter(
    (block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading' && block.level === 2,
  );
  if (sections.length === 0) return null;
  const nav = document.createElement('nav');
  nav.className = 'contents';
  nav.setAttribute('aria-labelledby', 'contents-heading');
  const heading = document.createElement('h2');
  heading.id = 'contents-heading';
  heading.className = 'contents-title';
  heading.textContent = t('policy_page_contents');
  const list = document.createElement('ol');
  for (const section of sections) {
    const a = document.createElement('a');
    a.href = `#${section.id}`;
    a.textContent = plainText(section.children).trim();
    const li = document.createElement('li');
    li.appendChild(a);
    list.appendChild(li);
  }
  nav.append(heading, list);
  return nav;
}

/** The school's own policy, when the profile in force carries one. */
async function schoolPolicy(): Promise<{ title?: string; markdown: string } | undefined> {
  const state = await send({ kind: 'ui/state' }, UiStateSchema).catch(() => undefined);
  const profile = state ? validateProfile(state.profile) : undefined;
  return profile?.ok ? profile.value.policy : undefined;
}

let blocks: Block[] = [];

/** Brings the section named in the address into view once it exists (it did not when the page loaded). */
function showTarget(): void {
  const fragment = location.hash.slice(1);
  const id = fragment.startsWith('clause-')
    ? clauseHeading(blocks, decodeURIComponent(fragment.slice('clause-'.length)))
    : decodeURIComponent(fragment);
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.tabIndex = -1;
  target.scrollIntoView();
  target.focus({ preventScroll: true });
}

async function start(): Promise<void> {
  localise();
  document.title = t('policy_page_title');
  const status = document.getElementById('policy-status')!;
  const article = document.getElementById('document')!;
  try {
    const own = await schoolPolicy();
    let markdown = own?.markdown;
    if (markdown === undefined) {
      const response = await fetch(browser.runtime.getURL(POLICY_FILE));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      markdown = await response.text();
    }
    if (own) {
      document.title = own.title ?? t('policy_page_title');
      document.querySelector('.note-text')!.textContent = t('policy_page_note_school');
    }
    blocks = parseMarkdown(markdown);
    article.replaceChildren(renderBlocks(blocks));
    const nav = contents(blocks);
    const first = article.querySelector('h2');
    if (nav && first) article.insertBefore(nav, first);
    status.remove();
    showTarget();
    window.addEventListener('hashchange', showTarget);
  } catch (error) {
    status.className = 'error';
    status.textContent = t('policy_page_failed', error instanceof Error ? error.message : String(error));
  }
}

void start();
