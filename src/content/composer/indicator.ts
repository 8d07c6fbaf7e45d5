/** The small badge by a compose box: how many findings, the worst one's colour; a click opens the card. */
import { worst } from '../../core/severity';
import { t } from '../browser';
import { el } from '../ui/dom';
import type { Shown } from './shown';

export class Indicator {
  readonly element = el('button', { class: 'indicator', type: 'button', hidden: '' });

  constructor(onClick: () => void, signal: AbortSignal) {
    this.element.addEventListener('click', onClick, { signal });
  }

  /** Shows the count and worst severity, or hides when there is nothing. Returns whether it shows. */
  show(shown: readonly Shown[], label: string): boolean {
    const top = worst(shown.map((s) => s.finding.severity));
    if (!top) {
      this.element.hidden = true;
      return false;
    }
    this.element.hidden = false;
    this.element.className = `indicator ${top}`;
    this.element.textContent = `${top === 'advice' ? 'ℹ' : '⚠'} ${shown.length}`;
    const name = t('indicator_label', String(shown.length), t(`severity_${top}`), label);
    this.element.setAttribute('aria-label', name);
    this.element.title = name;
    return true;
  }

  /** Keeps to the bottom-right corner of the editor. */
  place(editor: DOMRect): void {
    const width = this.element.offsetWidth || 44;
    this.element.style.left = `${Math.max(0, editor.right - width - 6)}px`;
    this.element.style.top = `${Math.max(0, editor.bottom - 30)}px`;
  }

  get rect(): DOMRect {
    return this.element.getBoundingClientRect();
  }

  remove(): void {
    this.element.remove();
  }
}
