/**
 * The pupil roster: read the MIS CSV export, preview it (how many pupils, which columns were read, every
 * rejected line with its reason; no names, for privacy), then save it to the service worker, which keeps it
 * in the extension's IndexedDB only. A file with no usable row shows why and changes nothing.
 */

import { confirmAction } from '../page/confirm';
import { t } from '../page/i18n';
import { send } from '../page/messages';
import { SaveReplySchema } from '../protocol';
import { announce, byId, el, formatDate, formatNumber, readText } from './dom';
import { MAX_PUPILS, MAX_ROSTER_BYTES, previewRoster, type RosterPreview } from './files';
import type { PageState } from './state';

export class RosterSection {
  private readonly status = byId('roster-status');
  private readonly error = byId('roster-error');
  private readonly preview = byId('roster-preview');
  private pending: { preview: RosterPreview; fileName: string } | undefined;

  constructor(private readonly reload: () => Promise<void>) {
    byId<HTMLInputElement>('roster-file').addEventListener('change', (event) => {
      void this.read(event.target as HTMLInputElement);
    });
    byId('roster-save').addEventListener('click', () => void this.save());
    byId('roster-cancel').addEventListener('click', () => this.cancel());
    byId('roster-clear').addEventListener('click', () => void this.clear());
  }

  render(state: PageState): void {
    const current = byId('roster-current');
    const roster = state.roster;
    current.textContent = !roster
      ? t('options_roster_none')
      : t(
          roster.hashed ? 'options_roster_current_pack' : 'options_roster_current',
          formatNumber(roster.count),
          roster.fileName,
          formatDate(roster.importedAt),
        );
    // A roster the school deploys by policy is not this browser's to clear.
    byId('roster-clear').hidden = !roster || state.pack?.managed === true;
  }

  private async read(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.hidePreview();
    this.error.hidden = true;
    this.status.textContent = '';
    const text = await readText(file, MAX_ROSTER_BYTES);
    const preview: RosterPreview =
      text === undefined
        ? { error: 'file', detail: t('options_roster_too_large'), pupils: [], columns: [], rejected: [] }
        : previewRoster(text);
    if (preview.error) {
      this.showError(file.name, preview);
      return;
    }
    this.pending = { preview, fileName: file.name };
    this.showPreview(file.name, preview);
  }

  private showError(fileName: string, preview: RosterPreview): void {
    const message =
      preview.error === 'too-many'
        ? t('options_roster_too_many', fileName, formatNumber(MAX_PUPILS))
        : preview.error === 'no-pupils'
          ? t('options_roster_no_pupils', fileName)
          : t('options_roster_file_error', fileName, preview.detail ?? '');
    this.error.replaceChildren(el('p', {}, message), el('p', {}, t('options_roster_unchanged')));
    if (preview.rejected.length > 0) this.error.append(this.rejectedList(preview));
    this.error.hidden = false;
  }

  private rejectedList(preview: RosterPreview): HTMLElement {
    return el(
      'ul',
      { class: 'problems scroll', tabindex: '0', 'aria-label': t('options_roster_rejected_label') },
      ...preview.rejected.map((row) =>
        el('li', {}, t('options_roster_rejected_line', String(row.line), row.reason)),
      ),
    );
  }

  private showPreview(fileName: string, preview: RosterPreview): void {
    const heading = byId('roster-preview-heading');
    heading.textContent = t('options_roster_preview_heading', fileName);
    byId('roster-preview-count').textContent = t('options_roster_found', formatNumber(preview.pupils.length));
    byId('roster-columns').replaceChildren(
      ...preview.columns.map((column) =>
        el('li', {}, t('options_roster_column', t(`options_roster_field_${column.field}`), column.header)),
      ),
    );
    byId('roster-consent').textContent = preview.consent
      ? t(
          'options_roster_consent',
          preview.consent.headers.join(', '),
          formatNumber(preview.consent.counts.facebook),
          formatNumber(preview.consent.counts.instagram),
          formatNumber(preview.consent.counts.x),
          formatNumber(preview.consent.counts.linkedin),
        )
      : t('options_roster_consent_none');
    const rejected = preview.rejected;
    byId('roster-rejected-heading').textContent =
      rejected.length > 0
        ? t('options_roster_rejected_heading', formatNumber(rejected.length))
        : t('options_roster_rejected_none');
    const list = byId('roster-rejected');
    list.hidden = rejected.length === 0;
    list.replaceChildren(
      ...rejected.map((row) => el('li', {}, t('options_roster_rejected_line', String(row.line), row.reason))),
    );
    this.preview.hidden = false;
    heading.focus();
  }

  private hidePreview(): void {
    this.pending = undefined;
    this.preview.hidden = true;
    byId('roster-rejected').replaceChildren();
  }

  private async save(): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    try {
      await send(
        { kind: 'ui/roster/save', pupils: pending.preview.pupils, fileName: pending.fileName.slice(0, 260) },
        SaveReplySchema,
      );
    } catch (error) {
      announce(this.status, t('options_roster_save_failed', String(error)), 'error');
      return;
    }
    this.hidePreview();
    await this.reload();
    announce(this.status, t('options_roster_saved', formatNumber(pending.preview.pupils.length)), 'ok');
    byId('roster-file').focus();
  }

  private cancel(): void {
    this.hidePreview();
    announce(this.status, t('options_roster_cancelled'), 'info');
    byId('roster-file').focus();
  }

  private async clear(): Promise<void> {
    const sure = await confirmAction(
      t('options_roster_clear_confirm_title'),
      t('options_roster_clear_confirm_body'),
      t('options_roster_clear_confirm'),
      t('options_cancel'),
    );
    if (!sure) return;
    await send({ kind: 'ui/roster/clear' }, SaveReplySchema);
    await this.reload();
    announce(this.status, t('options_roster_cleared'), 'ok');
    byId('roster-file').focus();
  }
}
