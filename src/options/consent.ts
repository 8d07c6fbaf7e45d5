/**
 * A consent register exported on its own: read it, match its rows to the saved roster by name (in this page:
 * the roster is the extension's own IndexedDB), show how many pupils it covers and every line it could not
 * match, then save the roster with the new consent through the service worker. Names are never shown.
 */
import { t } from '../page/i18n';
import { send } from '../page/messages';
import { SaveReplySchema } from '../protocol';
import { type ConsentMerge, mergeConsent } from '../roster/consent-merge';
import { parseRosterCsv } from '../roster/csv';
import { loadRoster, type RosterRecord } from '../storage/db';
import { announce, byId, el, formatNumber, readText } from './dom';
import { MAX_ROSTER_BYTES } from './files';

export class ConsentSection {
  private readonly status = byId('consent-status');
  private readonly error = byId('consent-error');
  private readonly preview = byId('consent-preview');
  private pending: { merged: ConsentMerge; roster: RosterRecord; fileName: string } | undefined;

  constructor(private readonly reload: () => Promise<void>) {
    byId<HTMLInputElement>('consent-file').addEventListener('change', (event) => {
      void this.read(event.target as HTMLInputElement);
    });
    byId('consent-save').addEventListener('click', () => void this.save());
    byId('consent-cancel').addEventListener('click', () => this.hide());
  }

  private fail(message: string): void {
    this.error.replaceChildren(el('p', {}, message), el('p', {}, t('options_roster_unchanged')));
    this.error.hidden = false;
  }

  private async read(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.hide();
    this.error.hidden = true;
    const roster = await loadRoster().catch(() => undefined);
    if (!roster) return this.fail(t('options_consent_no_roster'));
    // A roster from a school pack holds no names to match a register to: consent comes in the pack.
    if (!roster.pupils) return this.fail(t('options_consent_pack_roster'));
    const text = await readText(file, MAX_ROSTER_BYTES);
    if (text === undefined) return this.fail(t('options_roster_too_large'));
    const register = parseRosterCsv(text);
    if (register.error) return this.fail(t('options_roster_file_error', file.name, register.error));
    if (register.consent.length === 0) return this.fail(t('options_consent_no_columns', file.name));
    const merged = mergeConsent(roster.pupils, register);
    // Lines the reader refused (a bad consent cell, a formula) are as unmatched as names nobody has.
    merged.unmatched.push(...register.rejected);
    merged.unmatched.sort((a, b) => a.line - b.line);
    this.pending = { merged, roster, fileName: file.name };
    byId('consent-summary').textContent = t(
      'options_consent_summary',
      file.name,
      formatNumber(merged.matched),
      formatNumber(merged.withoutRow),
      formatNumber(merged.unmatched.length),
    );
    const list = byId('consent-unmatched');
    list.hidden = merged.unmatched.length === 0;
    list.replaceChildren(
      ...merged.unmatched.map((row) =>
        el('li', {}, t('options_roster_rejected_line', String(row.line), row.reason)),
      ),
    );
    this.preview.hidden = false;
    byId('consent-summary').focus();
  }

  private async save(): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    const reply = await send(
      {
        kind: 'ui/roster/save',
        pupils: pending.merged.pupils,
        fileName: `${pending.roster.fileName} + ${pending.fileName}`.slice(0, 260),
      },
      SaveReplySchema,
    );
    this.hide();
    if (!reply.ok) return this.fail(t('options_consent_failed'));
    await this.reload();
    announce(this.status, t('options_consent_saved', formatNumber(pending.merged.matched)), 'ok');
  }

  private hide(): void {
    this.pending = undefined;
    this.preview.hidden = true;
  }
}
