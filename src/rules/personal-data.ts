import { removeFix } from '../core/fixes';
import { type Atom, atomIndexAt, Casing, type Doc } from '../text/analyse';
import { PhraseSet } from '../text/phrases';
import { CONTACT_INTRODUCERS, HEALTH, STREET_TYPES } from './data/personal-data';
import { defineRule, type Report } from './define';
import { schoolPeopleSentences, thirdPartySentences } from './detect/people';

const health = new PhraseSet(HEALTH.map((p) => [p, true] as const));
const introducers = new PhraseSet(CONTACT_INTRODUCERS.map((p) => [p, true] as const));
const DIGITS = /^\d+$/;
/** Groups of a phone number are joined by up to three spaces, dashes, dots or brackets: "01942 555-0199". */
function joinsNumber(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!' -.()'.includes(text[i]!)) return false;
  return true;
}
// Module-level: a regular expression literal is a new object each time it is evaluated, and these run per word.
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;
const HAS_DIGIT = /\d/;
const POSTCODE_OUT = /^[a-z]{1,2}\d[a-z\d]?$/;
const POSTCODE_IN = /^\d[a-z]{2}$/;

interface Span {
  start: number;
  end: number;
  first: number;
  what: 'phone' | 'address' | 'email';
}

/** UK phone numbers: 10 to 12 digits starting 0 (or 44 after a plus), in groups joined by spaces or dashes. */
function phones(doc: Doc): Span[] {
  const found: Span[] = [];
  const atoms = doc.atoms;
  for (let i = 0; i < atoms.length; i++) {
    if (!DIGITS.test(atoms[i]!.key)) continue;
    // The whole run of digit groups is one number or none: linear however many digits are typed.
    let digits = atoms[i]!.key;
    let j = i;
    for (
      let next = atoms[j + 1];
      next && DIGITS.test(next.key) && joinsNumber(doc.text, atoms[j]!.end, next.start);
      next = atoms[j + 1]
    ) {
      if (digits.length <= 14) digits += next.key;
      j++;
    }
    const plus = doc.text[atoms[i]!.start - 1] === '+';
    const national = digits.startsWith('0') && digits.length >= 10 && digits.length <= 12;
    const international = plus && digits.startsWith('44') && digits.length >= 11 && digits.length <= 13;
    if (national || international) {
      found.push({
        start: atoms[i]!.start - (plus ? 1 : 0),
        end: atoms[j]!.end,
        first: i,
        what: 'phone',
      });
    }
    i = j;
  }
  return found;
}

/** House number, one to three capitalised words, a street type: "22 Bryn Road". Or a full postcode. */
function addresses(doc: Doc): Span[] {
  const found: Span[] = [];
  const atoms = doc.atoms;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    // Cheap tests first: a regular expression run on every word of a long post costs more than it seems.
    const lead = atom.key.charCodeAt(0);
    if (lead >= 0x30 && lead <= 0x39 && atom.key.length <= 5 && HOUSE_NUMBER.test(atom.key)) {
      for (let j = i + 2; j <= i + 4; j++) {
        const words = atoms.slice(i + 1, j + 1);
        if (words.length !== j - i || words.some((w) => w.sentence !== atom.sentence)) break;
        if (!words.slice(0, -1).every((w: Atom) => w.casing === Casing.Title)) break;
        if (STREET_TYPES.has(atoms[j]!.key)) {
          found.push({ start: atom.start, end: atoms[j]!.end, first: i, what: 'address' });
          break;
        }
      }
    }
    const next = atoms[i + 1];
    if (
      next &&
      atom.key.length <= 4 &&
      next.key.length === 3 &&
      POSTCODE_OUT.test(atom.key) &&
      POSTCODE_IN.test(next.key) &&
      HAS_DIGIT.test(atom.key)
    ) {
      found.push({ start: atom.start, end: next.end, first: i, what: 'address' });
    }
  }
  return found;
}

/** Email addresses, found from each "@" outwards so that no regular expression can backtrack. */
function emails(doc: Doc, schoolDomains: readonly string[]): Span[] {
  const found: Span[] = [];
  const text = doc.text;
  const word = (c: number) =>
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  const local = (c: number) => word(c) || c === 0x2e || c === 0x2b || c === 0x2d;
  const host = (c: number) => word(c) || c === 0x2e || c === 0x2d;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && local(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && host(text.charCodeAt(end))) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const domain = text.slice(at + 1, end).toLowerCase();
    if (start === at || !/^[\w-]+(\.[\w-]+)+$/.test(domain)) continue;
    if (schoolDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    const first = atomIndexAt(doc, start);
    found.push({ start, end, first, what: 'email' });
  }
  return found;
}

export default defineRule({
  id: 'personal-data',
  clause: '§6(h)',
  defaultSeverity: 'breach',
  messages: { phone: [], address: [], email: [], health: [] },
  check(doc, ctx) {
    const aboutOthers = thirdPartySentences(doc, ctx);
    const introduced = new Set(introducers.find(doc).map((m) => doc.atoms[m.first]!.sentence));
    const reports: Report[] = [];
    const spans = [...phones(doc), ...addresses(doc), ...emails(doc, ctx.profile.domains)];
    for (const span of spans) {
      const sentence = doc.atoms[span.first]?.sentence ?? -1;
      // Your own number is your business; someone else's is not.
      const weaker = aboutOthers.has(sentence) ? 0 : introduced.has(sentence) ? 1 : 2;
      reports.push({
        start: span.start,
        end: span.end,
        weaker,
        messageId: span.what,
        fixes: [removeFix(doc.text, span.start, span.end)],
      });
    }
    // Health is only flagged about colleagues and pupils: "my mum's surgery went well" is nobody's business but yours.
    const aboutSchoolPeople = schoolPeopleSentences(doc, ctx);
    for (const m of health.find(doc)) {
      if (!aboutSchoolPeople.has(doc.atoms[m.first]!.sentence)) continue;
      reports.push({
        start: m.start,
        end: m.end,
        weaker: 1,
        messageId: 'health',
      });
    }
    return reports.sort((a, b) => a.start - b.start);
  },
});
