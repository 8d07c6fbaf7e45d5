/** Indirect signs that the author works at the school, and disclaimers that they speak for themselves. */
import type { Doc } from '../../engine/analyse';
import type { CheckContext } from '../../engine/context';
import { memo } from '../../engine/memo';
import { type PhraseMatch, PhraseSet } from '../../engine/phrases';
import { INDIRECT_AFFILIATION } from '../data/affiliation';

const indirect = new PhraseSet(INDIRECT_AFFILIATION);

export function indirectAffiliation(doc: Doc): PhraseMatch<number>[] {
  return memo(doc, 'indirect-affiliation', () => indirect.find(doc));
}

export function hasDisclaimer(doc: Doc, ctx: CheckContext): boolean {
  return memo(doc, 'disclaimer', () => ctx.profile.disclaimers.find(doc).length > 0);
}
