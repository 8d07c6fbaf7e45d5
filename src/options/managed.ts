/**
 * Where the profile comes from, shown above everything: the "Managed by your school" banner when the school
 * deploys it through enterprise policy (the form is then read-only), and the problems of a managed or saved
 * profile that could not be used (a saved profile that no longer validates falls back to the last good one).
 */
import { t } from '../page/i18n';
import { formatProblem } from '../profile/errors';
import { byId, el } from './dom';
import type { PageState } from './state';

const MANAGED_PREFIX = 'managed policy: ';

export function renderSource(state: PageState): void {
  byId('managed-banner').hidden = state.source !== 'managed';

  const box = byId('fallback');
  const managedProblems = state.problems.filter((p) => p.path.startsWith(MANAGED_PREFIX));
  const savedProblems = state.problems.filter((p) => !p.path.startsWith(MANAGED_PREFIX));
  box.hidden = state.problems.length === 0 && !state.fellBack;
  if (box.hidden) return;
  const paragraphs: string[] = [];
  if (managedProblems.length > 0) paragraphs.push(t('options_fallback_managed'));
  if (state.fellBack) paragraphs.push(t('options_fallback_last_good'));
  else if (savedProblems.length > 0) paragraphs.push(t('options_fallback_default'));
  byId('fallback-heading').textContent = t('options_fallback_heading');
  byId('fallback-body').textContent = paragraphs.join(' ');
  byId('fallback-problems').replaceChildren(
    ...state.problems.map((problem) =>
      el(
        'li',
        {},
        problem.path.startsWith(MANAGED_PREFIX)
          ? formatProblem(
              { ...problem, path: problem.path.slice(MANAGED_PREFIX.length) },
              t('options_fallback_managed_source'),
            )
          : formatProblem(problem, t('options_fallback_saved_source')),
      ),
    ),
  );
}
