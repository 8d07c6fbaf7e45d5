/** "About you": the staff member's own name, which goes in the reports they send. Editable even when managed. */
import { t } from '../page/i18n';
import { send } from '../page/messages';
import { SaveReplySchema } from '../protocol';
import { announce, byId } from './dom';
import type { PageState } from './state';

export class AboutSection {
  private readonly input = byId<HTMLInputElement>('reporter-name');
  private readonly status = byId('about-status');
  /** The name last shown, so a refresh never overwrites what someone is typing. */
  private shown = '';

  constructor() {
    byId<HTMLFormElement>('about-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
  }

  render(state: PageState): void {
    if (this.input.value === this.shown) this.input.value = state.reporterName;
    this.shown = state.reporterName;
  }

  private async save(): Promise<void> {
    const name = this.input.value.trim().slice(0, 120);
    try {
      await send({ kind: 'ui/reporter/save', name }, SaveReplySchema);
    } catch (error) {
      announce(this.status, t('options_save_failed', String(error)), 'error');
      return;
    }
    this.input.value = name;
    this.shown = name;
    announce(this.status, name ? t('options_about_saved', name) : t('options_about_cleared'), 'ok');
  }
}
