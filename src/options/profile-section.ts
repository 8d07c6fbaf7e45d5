/**
 * The school profile section: live validation of the form, Save (refused while anything is invalid, and
 * checked again by the service worker), discarding changes, the "still to fill in" box, importing and
 * exporting the profile as JSON, and resetting to the default school.
 *
 * A good imported file fills the form and is not saved straight away: the person importing reviews what it
 * sets (every field shows, with any still missing) and then chooses Save, exactly as after editing by hand.
 */

import { confirmAction } from '../page/confirm';
import { t } from '../page/i18n';
import { send } from '../page/messages';
import type { Profile } from '../profile/schema';
import { SaveReplySchema } from '../protocol';
import { announce, byId, download, el, readText } from './dom';
import { MISSING_LABELS } from './fields';
import { EXPORT_FILE_NAME, exportProfileText, profileFileTooLarge, readProfileFile } from './files';
import { ProfileForm } from './form';
import {
  checkForm,
  type FieldProblem,
  missingFields,
  placeProblems,
  sameProfile,
  valuesFromProfile,
} from './model';
import type { PageState } from './state';

export class ProfileSection {
  private readonly form: ProfileForm;
  private readonly status = byId('profile-status');
  private readonly summary = byId('error-summary');
  private readonly dirtyNote = byId('profile-dirty');
  private readonly importStatus = byId('import-status');
  private readonly importProblems = byId('import-problems');
  private state: PageState | undefined;
  private managed = false;
  /** Set once Save was refused: from then on the error summary follows the form as it is fixed. */
  private summaryOpen = false;

  constructor(private readonly reload: () => Promise<void>) {
    const formElement = byId<HTMLFormElement>('profile-form');
    this.form = new ProfileForm(formElement);
    formElement.addEventListener('input', () => this.update());
    formElement.addEventListener('change', () => this.update());
    formElement.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    byId('profile-discard').addEventListener('click', () => this.discard());
    byId<HTMLInputElement>('profile-import').addEventListener('change', (event) => {
      void this.importFile(event.target as HTMLInputElement);
    });
    byId('profile-export').addEventListener('click', () => this.exportProfile());
    byId('profile-reset').addEventListener('click', () => void this.reset());
    addEventListener('beforeunload', (event) => {
      if (this.isDirty()) event.preventDefault();
    });
  }

  /** Shows the profile in force; `keepEdits` leaves unsaved edits alone (a refresh after a roster change). */
  render(state: PageState, keepEdits = false): void {
    const wasDirty = this.isDirty();
    this.state = state;
    this.managed = state.source === 'managed';
    const source = byId('profile-source');
    source.textContent =
      state.source === 'managed'
        ? t('options_source_managed', state.profile.school.name)
        : state.source === 'local'
          ? t('options_source_local', state.profile.school.name)
          : t('options_source_default', state.profile.school.name);
    for (const id of ['profile-actions', 'profile-import-row', 'profile-reset-section'])
      byId(id).hidden = this.managed;
    this.form.setReadOnly(this.managed);
    if (!(keepEdits && wasDirty) || this.managed) this.form.fill(valuesFromProfile(state.profile));
    this.update();
  }

  private isDirty(): boolean {
    if (!this.state || this.managed) return false;
    const check = checkForm(this.form.values());
    return !check.ok || !sameProfile(check.profile, this.state.profile);
  }

  /** After every edit: problems next to their fields, the missing box, the unsaved-changes note. */
  private update(): FieldProblem[] {
    const check = checkForm(this.form.values());
    const problems = check.ok ? [] : check.problems;
    const loose = this.form.showProblems(problems);
    if (this.summaryOpen) this.showSummary(problems, loose);
    if (check.ok && this.state) this.showMissing(missingFields(check.profile));
    this.dirtyNote.hidden = !this.isDirty();
    return problems;
  }

  private showMissing(paths: string[]): void {
    this.form.showNeeded(paths);
    const box = byId('missing');
    box.hidden = paths.length === 0;
    byId('missing-intro').textContent = t(
      this.managed ? 'options_missing_intro_managed' : 'options_missing_intro',
    );
    byId('missing-list').replaceChildren(
      // Managed fields cannot be edited here: no links to them.
      ...paths.map((path) => {
        const label = t(MISSING_LABELS[path] ?? path);
        return el('li', {}, this.managed ? label : this.link(path, label));
      }),
    );
  }

  private link(path: string, text: string): HTMLElement {
    const a = el('a', { href: `#${this.form.anchorOf(path) ?? 'profile-form'}` }, text);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      this.form.focusField(path);
    });
    return a;
  }

  private showSummary(problems: FieldProblem[], loose: FieldProblem[]): void {
    this.summary.hidden = problems.length === 0;
    if (problems.length === 0) this.summaryOpen = false;
    byId('error-summary-list').replaceChildren(
      ...problems.map((p) => {
        const where = this.form.fieldName(p.field);
        const message = p.line ? t('options_problem_line', String(p.line), p.message) : p.message;
        if (!where || loose.includes(p)) return el('li', {}, `${p.path}: ${message}`);
        return el('li', {}, this.link(p.field, `${where}: ${message}`));
      }),
    );
  }

  private async save(): Promise<void> {
    if (this.managed) return;
    const check = checkForm(this.form.values());
    if (!check.ok) {
      this.refuse(check.problems);
      return;
    }
    try {
      const reply = await send({ kind: 'ui/profile/save', profile: check.profile }, SaveReplySchema);
      if (!reply.ok) {
        this.refuse(placeProblems(reply.problems));
        return;
      }
    } catch (error) {
      announce(this.status, t('options_save_failed', String(error)), 'error');
      return;
    }
    this.summaryOpen = false;
    this.summary.hidden = true;
    await this.reload();
    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date());
    announce(this.status, t('options_saved', time), 'ok');
  }

  private refuse(problems: FieldProblem[]): void {
    const loose = this.form.showProblems(problems);
    this.summaryOpen = true;
    this.showSummary(problems, loose);
    announce(this.status, t('options_save_refused', String(problems.length)), 'error');
    this.summary.focus();
  }

  private discard(): void {
    if (!this.state) return;
    this.form.fill(valuesFromProfile(this.state.profile));
    this.summaryOpen = false;
    this.summary.hidden = true;
    this.update();
    announce(this.status, t('options_discarded'), 'info');
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.managed) return;
    this.importProblems.hidden = true;
    this.importStatus.textContent = '';
    let lines: string[];
    const text = profileFileTooLarge(file.size) ? undefined : await readText(file, Number.POSITIVE_INFINITY);
    if (text === undefined) lines = [t('options_import_too_large', file.name)];
    else {
      const result = readProfileFile(text, file.name);
      if (result.ok) {
        this.fillFromImport(result.profile, file.name);
        return;
      }
      lines = result.lines;
    }
    byId('import-problems-heading').textContent = t(
      'options_import_refused',
      file.name,
      String(lines.length),
    );
    byId('import-problems-list').replaceChildren(...lines.map((line) => el('li', {}, line)));
    this.importProblems.hidden = false;
    this.importStatus.textContent = '';
  }

  private fillFromImport(profile: Profile, fileName: string): void {
    this.form.fill(valuesFromProfile(profile));
    this.update();
    announce(this.importStatus, t('options_import_filled', fileName), 'ok');
  }

  private exportProfile(): void {
    if (!this.state) return;
    download(
      new Blob([exportProfileText(this.state.profile)], { type: 'application/json' }),
      EXPORT_FILE_NAME,
    );
  }

  private async reset(): Promise<void> {
    if (this.managed) return;
    const sure = await confirmAction(
      t('options_reset_confirm_title'),
      t('options_reset_confirm_body'),
      t('options_reset_confirm'),
      t('options_cancel'),
    );
    if (!sure) return;
    await send({ kind: 'ui/profile/reset' }, SaveReplySchema);
    this.summaryOpen = false;
    this.summary.hidden = true;
    await this.reload();
    this.form.fill(valuesFromProfile(this.state!.profile));
    this.update();
    announce(this.status, t('options_reset_done'), 'ok');
  }
}
