/**
 * The page's fixed structure, built once at load with every string from _locales: headings, the banners,
 * the profile form's shell, and the roster, logos, "About you" and deployment sections. The sections'
 * modules fill and wire the elements by id.
 */
import { t } from '../page/i18n';
import { el } from './dom';

const text = (
  tag: 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'li' | 'span',
  key: string,
  attributes: Record<string, string> = {},
) => el(tag, attributes, t(key));

function section(id: string, headingKey: string, ...children: Array<Node | null>): HTMLElement {
  return el(
    'section',
    { id, 'aria-labelledby': `${id}-heading` },
    text('h2', headingKey, { id: `${id}-heading` }),
    ...children,
  );
}

function fileInput(id: string, labelKey: string, hintKey: string, accept: string): HTMLElement {
  return el(
    'div',
    { class: 'file-row', id: `${id}-row` },
    el('label', { for: id }, t(labelKey)),
    text('p', hintKey, { class: 'hint', id: `${id}-hint` }),
    el('input', { type: 'file', id, accept, 'aria-describedby': `${id}-hint` }),
  );
}

const status = (id: string) => el('p', { id, class: 'status', role: 'status', 'aria-live': 'polite' });
const button = (id: string, key: string, className?: string) =>
  el('button', { type: 'button', id, class: className }, t(key));

function header(): HTMLElement {
  const links: Array<[string, string]> = [
    ['school-pack', 'options_pack_heading'],
    ['profile', 'options_profile_heading'],
    ['roster', 'options_roster_heading'],
    ['logos', 'options_logos_heading'],
    ['about-you', 'options_about_heading'],
    ['deployment', 'options_deploy_heading'],
  ];
  return el(
    'header',
    { class: 'page-header' },
    text('h1', 'options_title'),
    text('p', 'options_intro'),
    el(
      'nav',
      { 'aria-labelledby': 'contents-heading' },
      text('h2', 'options_contents', { id: 'contents-heading', class: 'visually-hidden' }),
      el(
        'ul',
        { class: 'contents' },
        ...links.map(([id, key]) => el('li', {}, el('a', { href: `#${id}` }, t(key)))),
      ),
    ),
  );
}

function banners(): Node[] {
  return [
    el('p', { id: 'loading', class: 'note', role: 'status' }, t('options_loading')),
    el('p', { id: 'load-error', class: 'error-box', role: 'alert', hidden: '' }),
    el(
      'section',
      { id: 'managed-banner', class: 'banner managed', 'aria-labelledby': 'managed-heading', hidden: '' },
      text('h2', 'options_managed_title', { id: 'managed-heading' }),
      text('p', 'options_managed_body'),
    ),
    el(
      'section',
      { id: 'fallback', class: 'banner warning', 'aria-labelledby': 'fallback-heading', hidden: '' },
      el('h2', { id: 'fallback-heading' }),
      el('p', { id: 'fallback-body' }),
      el('ul', { id: 'fallback-problems', class: 'problems' }),
    ),
  ];
}

function profile(): HTMLElement {
  return section(
    'profile',
    'options_profile_heading',
    el('p', { id: 'profile-source', class: 'source' }),
    el(
      'section',
      { id: 'missing', class: 'banner needed-box', 'aria-labelledby': 'missing-heading', hidden: '' },
      text('h3', 'options_missing_heading', { id: 'missing-heading' }),
      el('p', { id: 'missing-intro' }),
      el('ul', { id: 'missing-list' }),
    ),
    el(
      'section',
      {
        id: 'error-summary',
        class: 'error-box',
        tabindex: '-1',
        'aria-labelledby': 'error-summary-heading',
        hidden: '',
      },
      text('h3', 'options_error_summary_heading', { id: 'error-summary-heading' }),
      el('ul', { id: 'error-summary-list' }),
    ),
    el(
      'form',
      { id: 'profile-form', novalidate: '', 'aria-labelledby': 'profile-heading' },
      el(
        'div',
        { class: 'actions sticky', id: 'profile-actions' },
        el('button', { type: 'submit', id: 'profile-save' }, t('options_save')),
        button('profile-discard', 'options_discard', 'secondary'),
        text('span', 'options_unsaved', { id: 'profile-dirty', class: 'dirty', hidden: '' }),
        status('profile-status'),
      ),
    ),
    el(
      'section',
      { id: 'profile-files', 'aria-labelledby': 'files-heading' },
      text('h3', 'options_files_heading', { id: 'files-heading' }),
      text('p', 'options_files_intro'),
      fileInput('profile-import', 'options_import_label', 'options_import_hint', '.json,application/json'),
      status('import-status'),
      el(
        'div',
        { id: 'import-problems', class: 'error-box', role: 'alert', hidden: '' },
        el('h4', { id: 'import-problems-heading' }),
        text('p', 'options_import_refused_body'),
        el('ul', { id: 'import-problems-list', class: 'problems' }),
      ),
      el('p', {}, button('profile-export', 'options_export', 'secondary')),
      text('p', 'options_export_hint', { class: 'hint' }),
    ),
    el(
      'section',
      { id: 'profile-reset-section', 'aria-labelledby': 'reset-heading' },
      text('h3', 'options_reset_heading', { id: 'reset-heading' }),
      text('p', 'options_reset_intro'),
      el('p', {}, button('profile-reset', 'options_reset', 'danger')),
    ),
  );
}

function roster(): HTMLElement {
  const clear = button('roster-clear', 'options_roster_clear', 'danger');
  clear.hidden = true;
  return section(
    'roster',
    'options_roster_heading',
    text('p', 'options_roster_intro'),
    el('p', { id: 'roster-current', class: 'source' }),
    el('p', {}, clear),
    fileInput('roster-file', 'options_roster_file_label', 'options_roster_file_hint', '.csv,text/csv'),
    el('div', { id: 'roster-error', class: 'error-box', role: 'alert', hidden: '' }),
    el(
      'section',
      { id: 'roster-preview', class: 'preview', 'aria-labelledby': 'roster-preview-heading', hidden: '' },
      el('h3', { id: 'roster-preview-heading', tabindex: '-1' }),
      el('p', { id: 'roster-preview-count' }),
      text('h4', 'options_roster_columns_heading'),
      el('ul', { id: 'roster-columns' }),
      el('p', { id: 'roster-consent' }),
      el('h4', { id: 'roster-rejected-heading' }),
      // Focusable, so a long list scrolls from the keyboard.
      el('ul', {
        id: 'roster-rejected',
        class: 'problems scroll',
        tabindex: '0',
        'aria-labelledby': 'roster-rejected-heading',
      }),
      text('p', 'options_roster_privacy', { class: 'hint' }),
      el(
        'div',
        { class: 'actions' },
        button('roster-save', 'options_roster_save'),
        button('roster-cancel', 'options_cancel', 'secondary'),
      ),
    ),
    status('roster-status'),
    el(
      'section',
      { id: 'consent-section', 'aria-labelledby': 'consent-heading' },
      text('h3', 'options_consent_heading', { id: 'consent-heading' }),
      text('p', 'options_consent_intro'),
      fileInput('consent-file', 'options_consent_file_label', 'options_consent_file_hint', '.csv,text/csv'),
      el('div', { id: 'consent-error', class: 'error-box', role: 'alert', hidden: '' }),
      el(
        'div',
        { id: 'consent-preview', class: 'preview', hidden: '' },
        el('p', { id: 'consent-summary', tabindex: '-1' }),
        el('ul', {
          id: 'consent-unmatched',
          class: 'problems scroll',
          tabindex: '0',
          'aria-label': t('options_consent_unmatched_label'),
        }),
        el(
          'div',
          { class: 'actions' },
          button('consent-save', 'options_consent_save'),
          button('consent-cancel', 'options_cancel', 'secondary'),
        ),
      ),
      status('consent-status'),
    ),
  );
}

function schoolPack(): HTMLElement {
  return section(
    'school-pack',
    'options_pack_heading',
    el('p', { id: 'pack-current', class: 'source' }),
    el('div', { id: 'pack-join-slot' }),
    el(
      'section',
      { id: 'pack-share', 'aria-labelledby': 'pack-share-heading' },
      text('h3', 'options_pack_share_heading', { id: 'pack-share-heading' }),
      text('p', 'options_pack_share_intro'),
      el('p', { id: 'pack-share-needs', class: 'hint', hidden: '' }),
      el('p', {}, button('pack-share-build', 'options_pack_share_button')),
      el('p', { id: 'pack-key', class: 'hint' }),
      text('p', 'options_pack_share_cli', { class: 'hint' }),
      status('pack-share-status'),
    ),
  );
}

function logos(): HTMLElement {
  const input = fileInput('logo-file', 'options_logos_file_label', 'options_logos_file_hint', 'image/*');
  input.querySelector('input')?.setAttribute('multiple', '');
  return section(
    'logos',
    'options_logos_heading',
    text('p', 'options_logos_intro'),
    el('ul', { id: 'logo-list', class: 'logos' }),
    input,
    status('logo-status'),
  );
}

function about(): HTMLElement {
  return section(
    'about-you',
    'options_about_heading',
    el(
      'form',
      { id: 'about-form', novalidate: '' },
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'reporter-name' }, t('options_about_name')),
        text('p', 'options_about_hint', { class: 'hint', id: 'reporter-name-hint' }),
        el('input', {
          type: 'text',
          id: 'reporter-name',
          name: 'name',
          maxlength: '120',
          autocomplete: 'name',
          'aria-describedby': 'reporter-name-hint',
        }),
      ),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'submit' }, t('options_about_save')),
        status('about-status'),
      ),
    ),
  );
}

function deployment(): HTMLElement {
  return section(
    'deployment',
    'options_deploy_heading',
    text('p', 'options_deploy_intro'),
    el(
      'ul',
      {},
      text('li', 'options_deploy_google'),
      text('li', 'options_deploy_windows'),
      text('li', 'options_deploy_file'),
    ),
    text('p', 'options_deploy_readme'),
    el('p', {}, text('span', 'options_deploy_id'), ' ', el('code', { id: 'extension-id' })),
    el('p', {}, button('schema-download', 'options_deploy_schema', 'secondary')),
    status('deploy-status'),
  );
}

/** Builds the page into <body>; call before any section looks up its elements. */
export function buildPage(): void {
  document.title = t('options_title');
  const main = el(
    'main',
    { id: 'main', tabindex: '-1' },
    ...banners(),
    schoolPack(),
    profile(),
    roster(),
    logos(),
    about(),
    deployment(),
  );
  document.body.replaceChildren(el('a', { class: 'skip', href: '#main' }, t('options_skip')), header(), main);
}
