/**
 * Negative judgements in a text: insults, charges, scorn and sarcasm (src/rules/data/judgement.ts), each with
 * how sure it is. A judgement turned round by a negation ("not rude at all") or quoted from someone else ("they
 * said we were 'useless'") is not the writer's.
 */
import { atomIndexAt, type Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import { sentences, wordBefore } from '../../text/sentences';
import { IRONIC_ONE_WORD, JUDGEMENTS, NEGATIONS, SARCASM, SCORN, SCORN_EMOJI } from '../data/judgement';

const judgements = new PhraseSet(JUDGEMENTS, { fixed: true });
const sarcasm = new PhraseSet(SARCASM, { fixed: true });
const scorn = new PhraseSet(
  SCORN.map((p) => [p, true] as const),
  { fixed: true },
);
const SCORN_EMOJI_GLOBAL = new RegExp(SCORN_EMOJI.source, 'gu');

export interface Judgement {
  start: number;
  end: number;
  first: number;
  weaker: number;
  /** Scorn that needs a target in its own sentence, never the sentence before. */
  sarcastic: boolean;
}

const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'called',
  'calls',
  'reckons',
  'claimed',
  'accused',
]);
const QUOTES = /['"‘’“”]/;

/** ' " ‘ ’ “ ” by code, for the scan over every character. */
function isQuote(c: number): boolean {
  return c === 0x27 || c === 0x22 || (c >= 0x2018 && c <= 0x201d && c !== 0x201a && c !== 0x201b);
}

/**
 * A negation in the three words before the judgement, in its sentence: "not rude", "never been useless". But
 * "nothing short of a disgrace" and "no less than a shambles" say it the more.
 */
function negated(doc: Doc, first: number): boolean {
  const sentence = doc.atoms[first]!.sentence;
  for (let i = Math.max(0, first - 3); i < first; i++) {
    const atom = doc.atoms[i]!;
    if (atom.sentence !== sentence || !NEGATIONS.has(atom.key)) continue;
    const next = doc.atoms[i + 1]?.key;
    if (next === 'short' || next === 'less' || next === 'better') continue;
    return true;
  }
  return false;
}

/** Inside quotation marks after a reporting verb: someone else's words, reported. */
function reported(doc: Doc, first: number, start: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 2), start);
  if (!QUOTES.test(before)) return false;
  return wordBefore(doc, first, REPORTING, 4);
}

export function negativeJudgements(doc: Doc): Judgement[] {
  return memo(doc, 'judgements', () => {
    const found: Judgement[] = [];
    for (const m of judgements.find(doc)) {
      if (negated(doc, m.first) || reported(doc, m.first, m.start)) continue;
      found.push({ start: m.start, end: m.end, first: m.first, weaker: m.value, sarcastic: false });
    }
    for (const m of sarcasm.find(doc)) {
      found.push({ start: m.start, end: m.end, first: m.first, weaker: m.value, sarcastic: true });
    }
    // "…still found time to check his phone twice. Thorough." — one word of praise, alone, after a sentence.
    for (const s of sentences(doc)) {
      if (s.first !== s.last || s.first === 0) continue;
      const atom = doc.atoms[s.first]!;
      if (IRONIC_ONE_WORD.has(atom.key))
        found.push({ start: atom.start, end: atom.end, first: s.first, weaker: 1, sarcastic: false });
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

export interface Span {
  start: number;
  end: number;
}

/** Quotation marks around a few words, not someone's reported words: "the 'deep clean'", "their 'priorities'". */
function scareQuotes(doc: Doc): Span[] {
  const found: Span[] = [];
  const text = doc.text;
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < text.length; i++) {
    if (!isQuote(text.charCodeAt(i)) || letter(text[i - 1]) || !letter(text[i + 1])) continue;
    // The closing mark: after a letter, before a space, punctuation or the end; within four words.
    let j = i + 1;
    while (
      j < text.length &&
      j - i < 40 &&
      !(QUOTES.test(text[j]!) && letter(text[j - 1]) && !letter(text[j + 1]))
    )
      j++;
    if (j >= text.length || j - i >= 40) continue;
    const words = text.slice(i + 1, j).split(/\s+/).length;
    const first = atomIndexAt(doc, i);
    if (words <= 4 && first < doc.atoms.length && !reported(doc, first, i + 1))
      found.push({ start: i, end: j + 1 });
    i = j;
  }
  return found;
}

/**
 * Signs of scorn in the text, in order: ironic phrases (src/rules/data/judgement.ts SCORN), eye-rolling emojis and
 * scare quotes. One alone proves little; two in a post about the school's people make it disparaging.
 */
export function scornSignals(doc: Doc): Span[] {
  return memo(doc, 'scorn', () => {
    const found: Span[] = [...scorn.find(doc), ...sarcasm.find(doc)].map((m) => ({
      start: m.start,
      end: m.end,
    }));
    for (const m of doc.text.matchAll(SCORN_EMOJI_GLOBAL))
      found.push({ start: m.index, end: m.index + m[0].length });
    found.push(...scareQuotes(doc));
    return found.sort((a, b) => a.start - b.start);
  });
}
