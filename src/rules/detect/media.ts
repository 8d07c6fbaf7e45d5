/**
 * Dealings with the press about the school (§9): a request for comment answered, or the press (an outlet, a
 * journalist, a news handle) and the writer talking to it, in the same or the next sentence. Passing the enquiry
 * to the Head or turning it down is what §9 asks for, not a breach of it.
 */
import { Casing, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import { wordBefore } from '../../text/sentences';
import type { CheckContext } from '../context';
import { DEALINGS, DEFLECTIONS, OUTLET_HANDLE_PARTS, OUTLETS, REQUESTS, TITLE_WORDS } from '../data/media';
import { aboutSchool } from './affiliation';
import { atWork } from './people';

const requests = new PhraseSet(
  REQUESTS.map((p) => [p, true] as const),
  { fixed: true },
);
const outlets = new PhraseSet(
  OUTLETS.map((p) => [p, true] as const),
  { fixed: true },
);
const dealings = new PhraseSet(
  DEALINGS.map((p) => [p, true] as const),
  { fixed: true },
);
const deflections = new PhraseSet(
  DEFLECTIONS.map((p) => [p, true] as const),
  { fixed: true },
);

/** Words that, just before an answer to the press, turn it down: "I won't be talking to them". */
const REFUSALS = new Set(['not', 'never', 'wont', 'wouldnt', 'cant', 'cannot', 'refused', 'declined', 'no']);

interface Span {
  start: number;
  end: number;
  first: number;
}

/** The press in the text: an outlet or journalist by name or word, or a news outlet's handle ("@WiganToday"). */
export function pressIn(doc: Doc): Span[] {
  return memo(doc, 'press', () => findPress(doc));
}

function findPress(doc: Doc): Span[] {
  const found: Span[] = [...outlets.find(doc)];
  const atoms = doc.atoms;
  const named = found.length;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const before = atoms[i - 1];
    if (
      atom.casing === Casing.Title &&
      before !== undefined &&
      before.key === 'the' &&
      before.sentence === atom.sentence &&
      TITLE_WORDS.has(atom.base)
    )
      found.push({ start: before.start, end: atom.baseEnd, first: i - 1 });
    // A handle, not the domain of an email address: "@WiganToday", never "jo@gmail.com".
    if (atom.lead === '@' && !/\S/.test(doc.text[atom.start - 2] ?? ' ') && outletHandle(atom.key))
      found.push({ start: atom.start - 1, end: atom.end, first: i });
  }
  return found.length > named ? found.sort((a, b) => a.start - b.start) : found;
}

/**
 * A news outlet's handle ("wigantoday"). Out of the loop over the words: a closure there that reads the loop's word
 * makes the engine allocate a scope for every word of the post, whether or not the closure is ever made.
 */
function outletHandle(key: string): boolean {
  return OUTLET_HANDLE_PARTS.some((part) => key.includes(part));
}

function refused(doc: Doc, first: number): boolean {
  return wordBefore(doc, first, REFUSALS);
}

export interface MediaDealing {
  start: number;
  end: number;
  /** 0 in a post about the school; 2 otherwise (dealing with the press about anything else is no one's business). */
  weaker: number;
}

export function mediaDealings(doc: Doc, ctx: CheckContext): MediaDealing[] {
  return memo(doc, 'media', () => {
    const sentenceOf = (span: { first: number }) => doc.atoms[span.first]!.sentence;
    // Passing the enquiry to the Head or turning it down, anywhere in the post, is what §9 asks for.
    if (deflections.find(doc).length > 0) return [];
    const school = aboutSchool(doc, ctx) || atWork(doc);
    // A request for comment answered is press business whatever it is about; the press and talking to it, only
    // about the school ("Our Biscuit made the local paper" is nobody's business).
    for (const m of requests.find(doc)) {
      if (refused(doc, m.first)) continue;
      return [{ start: m.start, end: m.end, weaker: school ? 0 : 1 }];
    }
    const weaker = school ? 0 : 2;
    const press = pressIn(doc);
    if (press.length === 0) return [];
    for (const deal of dealings.find(doc)) {
      const sentence = sentenceOf(deal);
      if (refused(doc, deal.first)) continue;
      const outlet = press.find((p) => Math.abs(sentenceOf(p) - sentence) <= 1);
      if (!outlet) continue;
      const sameSentence = sentenceOf(outlet) === sentence;
      const [first, last] = outlet.start <= deal.start ? [outlet, deal] : [deal, outlet];
      return [
        {
          start: sameSentence ? first.start : outlet.start,
          end: sameSentence ? last.end : outlet.end,
          weaker,
        },
      ];
    }
    return [];
  });
}
