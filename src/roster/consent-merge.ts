/**
 * A consent register exported on its own (some MIS keep it apart from the pupil list): its rows are matched to
 * the saved roster by name and replace the roster's consent. A row that names nobody on the roster, or more
 * than one pupil, is named by line and applies to no one: a wrong match would let a child be named.
 * Pupils the register does not mention have no consent.
 */
import { analyse } from '../text/analyse';
import type { RejectedRow, RosterImport } from './csv';
import { CONSENT_SITES, type ConsentSite, type Pupil } from './pupil';

export interface ConsentMerge {
  pupils: Pupil[];
  /** Pupils of the roster the register gave a row to. */
  matched: number;
  /** Register rows that named nobody on the roster, or several pupils. */
  unmatched: RejectedRow[];
  /** Pupils the register does not mention: no consent anywhere. */
  withoutRow: number;
}

const words = (name: string) =>
  analyse(name)
    .atoms.map((a) => a.key)
    .join(' ');
const keysOf = (pupil: Pupil) =>
  [pupil.forename, pupil.preferred]
    .filter((name): name is string => Boolean(name))
    .map((given) => `${words(given)}|${words(pupil.surname)}`);

export function mergeConsent(roster: readonly Pupil[], register: RosterImport): ConsentMerge {
  const byName = new Map<string, Set<number>>();
  roster.forEach((pupil, index) => {
    for (const key of keysOf(pupil)) {
      const found = byName.get(key) ?? new Set<number>();
      found.add(index);
      byName.set(key, found);
    }
  });
  const consent = new Map<number, Set<ConsentSite>>();
  const unmatched: RejectedRow[] = [];
  register.pupils.forEach((row, i) => {
    const line = register.lines[i] ?? 0;
    const matches = new Set<number>();
    for (const key of keysOf(row)) for (const index of byName.get(key) ?? []) matches.add(index);
    if (matches.size !== 1) {
      unmatched.push({
        line,
        reason:
          matches.size === 0
            ? 'names nobody on the roster'
            : `matches ${matches.size} pupils on the roster; give their consent in the roster export instead`,
      });
      return;
    }
    const [index] = matches;
    const sites = new Set(row.consent ?? []);
    // Two rows for one pupil: only what both allow.
    const earlier = consent.get(index!);
    consent.set(index!, earlier ? new Set([...earlier].filter((s) => sites.has(s))) : sites);
  });
  const pupils = roster.map((pupil, index) => {
    const sites = consent.get(index);
    return { ...pupil, consent: sites ? CONSENT_SITES.filter((s) => sites.has(s)) : [] };
  });
  return { pupils, matched: consent.size, unmatched, withoutRow: roster.length - consent.size };
}
