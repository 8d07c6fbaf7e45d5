/**
 * The finding card: the rule in plain words, the clause, why it matters, what to do, the fixes, and
 * "Not a problem". Opened by hovering a highlight, by moving the caret into one, or from the indicator.
 */
import { rank } from '../../core/severity';
import type { Fix, Severity } from '../../core/types';
import type { ShownFinding as Finding } from '../../protocol';
import { t } from '../browser';
import { button, el } from './dom';

export interface CardActions {
  fix(finding: Finding, fix: Fix): void;
  dismiss(finding: Finding): void;
  close(): void;
}

export function severityLabel(severity: Severity): string {
  return t(`severity_${severity}`);
}

function findingBlock(
  finding: Finding,
  excerpt: string,
  actions: CardActions,
  detailed: boolean,
  thumbnail?: string,
): HTMLElement {
  const id = `pg-${finding.rule}-${finding.start}`;
  return el(
    'section',
    { class: 'item', 'aria-labelledby': id },
    el(
      'h2',
      { id },
      el('span', { class: `chip ${finding.severity}` }, severityLabel(finding.severity)),
      finding.title,
      finding.clause && el('span', { class: 'clause' }, finding.clause),
    ),
    thumbnail && el('img', { class: 'thumb', src: thumbnail, alt: '' }),
    excerpt && el('p', { class: 'excerpt' }, `“${excerpt}”`),
    el('p', {}, finding.message),
    detailed && finding.why && el('p', {}, el('span', { class: 'label' }, `${t('card_why')} `), finding.why),
    el('p', {}, el('span', { class: 'label' }, `${t('card_todo')} `), finding.guidance),
    el(
      'div',
      { class: 'actions' },
      ...finding.fixes.map((fix, i) =>
        button(fix.label, i === 0 ? 'action primary' : 'action', () => actions.fix(finding, fix)),
      ),
      button(t('card_dismiss'), 'action quiet', () => actions.dismiss(finding)),
    ),
  );
}

/** A card for some findings; `placeCard` puts it beside them once it is in the page. */
export function renderCard(
  findings: Array<{ finding: Finding; excerpt: string; thumbnail?: string }>,
  actions: CardActions,
): HTMLElement {
  const sorted = [...findings].sort((a, b) => rank(b.finding.severity) - rank(a.finding.severity));
  const card = el(
    'div',
    { class: 'pg card', role: 'dialog', 'aria-label': t('card_label'), tabindex: '-1' },
    button('×', 'close', actions.close),
    ...sorted.map(({ finding, excerpt, thumbnail }) =>
      findingBlock(finding, excerpt, actions, sorted.length === 1, thumbnail),
    ),
  );
  card.querySelector('.close')?.setAttribute('aria-label', t('card_close'));
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      actions.close();
    }
  });
  return card;
}

/** Places an attached card beside its anchor: below if it fits, else above, else wherever it is fully visible. */
export function placeCard(card: HTMLElement, anchor: DOMRect): void {
  const margin = 8;
  const width = card.offsetWidth || 340;
  const height = card.offsetHeight;
  const left = Math.max(margin, Math.min(anchor.left, window.innerWidth - width - margin));
  let top = anchor.bottom + 6;
  if (top + height > window.innerHeight - margin) top = anchor.top - height - 6;
  if (top < margin) top = Math.max(margin, window.innerHeight - height - margin);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}
