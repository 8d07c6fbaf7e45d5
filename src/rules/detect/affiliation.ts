/** Indirect signs that the author works at the school, and disclaimers that they speak for themselves. */
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { type PhraseMatch, PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { INDIRECT_AFFILIATION } from '../data/affiliation';
import { BUILT_IN_DISCLAIMERS } from '../data/disclaimers';

const indirect = new PhraseSet(INDIRECT_AFFILIATION);
const builtInDisclaimers = new PhraseSet(BUILT_IN_DISCLAIMERS.map((p) => [p, true] as const));

export function indirectAffiliation(doc: Doc): PhraseMatch<number>[] {
  return memo(doc, 'indirect-affiliation', () => indirect.find(doc));
}

export function hasDisclaimer(doc: Doc, ctx: CheckContext): boolean {
  return memo(
    doc,
    'disclaimer',
    () => builtInDisclaimers.find(doc).length > 0 || ctx.profile.disclaimers.find(doc).length > 0,
  );
}
