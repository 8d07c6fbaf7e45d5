/**
 * Contact details in a text: UK phone numbers, home addresses and postcodes, email addresses. Linear scans over
 * the atoms (no regular expression that could backtrack on a long post). Whose they are is the rule's question.
 */
import { atomIndexAt, Casing, type Doc } from '../../text/analyse';
import { postcodeInward, postcodeOutward } from '../../text/postcodes';
import { NOT_PHONE, STREET_TYPES } from '../data/personal-data';

const DIGITS = /^\d+$/;
/** Groups of a phone number are joined by up to three spaces, dashes, dots or brackets: "01942 555-0199". */
function joinsNumber(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!' -.()'.includes(text[i]!)) return false;
  return true;
}
// Module-level: a regular expression literal is a new object each time it is evaluated, and these run per word.
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;

export interface ContactSpan {
  start: number;
  end: number;
  first: number;
  what: 'phone' | 'address' | 'email';
}

/**
 * UK phone numbers: 10 or 11 digits starting 01, 02, 03, 07 or 08 (or 44 after a plus), in groups of two or more
 * digits, the first of three or more, joined by spaces, dashes or dots. Not an ISBN (0-14-044913-6), an order,
 * tracking or booking number, or a lottery line: a word before it that says what it is rules it out.
 */
export function phones(doc: Doc): ContactSpan[] {
  const found: ContactSpan[] = [];
  const atoms = doc.atoms;
  for (let i = 0; i < atoms.length; i++) {
    if (!DIGITS.test(atoms[i]!.key)) continue;
    // The whole run of digit groups is one number or none: linear however many digits are typed.
    let digits = atoms[i]!.key;
    let shortest = digits.length;
    let j = i;
    for (
      let next = atoms[j + 1];
      next && DIGITS.test(next.key) && joinsNumber(doc.text, atoms[j]!.end, next.start);
      next = atoms[j + 1]
    ) {
      if (digits.length <= 14) digits += next.key;
      shortest = Math.min(shortest, next.key.length);
      j++;
    }
    const plus = doc.text[atoms[i]!.start - 1] === '+';
    // Eleven digits with the 0, though people often write one too many ("01942 555 0199").
    const national = /^0[12378]/.test(digits) && digits.length >= 10 && digits.length <= 12;
    const international = plus && /^44[12378]/.test(digits) && digits.length >= 11 && digits.length <= 12;
    const grouped = shortest >= 2 && (j === i || international || atoms[i]!.key.length >= 3);
    if ((national || international) && grouped && !namedOtherwise(doc, i)) {
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

/** "ISBN 0 14 044913 6", "Order no. 0123…": a word just before the number says it is something else. */
function namedOtherwise(doc: Doc, first: number): boolean {
  for (let i = Math.max(0, first - 3); i < first; i++) if (NOT_PHONE.has(doc.atoms[i]!.key)) return true;
  return false;
}

/** House number, one to three capitalised words, a street type: "22 Bryn Road". Or a full postcode. */
export function addresses(doc: Doc): ContactSpan[] {
  const found: ContactSpan[] = [];
  const atoms = doc.atoms;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    // Cheap tests first: a regular expression run on every word of a long post costs more than it seems.
    const lead = atom.key.charCodeAt(0);
    if (lead >= 0x30 && lead <= 0x39 && atom.key.length <= 5 && HOUSE_NUMBER.test(atom.key)) {
      // "12 Acacia Avenue", "4 Old Mill Lane": one to three capitalised words, then the street's type.
      for (let j = i + 2; j <= i + 4; j++) {
        const street = atoms[j];
        if (street === undefined || street.sentence !== atom.sentence) break;
        if (atoms[j - 1]!.casing !== Casing.Title) break;
        if (STREET_TYPES.has(street.key)) {
          found.push({ start: atom.start, end: atoms[j]!.end, first: i, what: 'address' });
          break;
        }
      }
    }
    const next = atoms[i + 1];
    if (next && postcodeOutward(atom.key) && postcodeInward(next.key)) {
      found.push({ start: atom.start, end: next.end, first: i, what: 'address' });
    }
  }
  return found;
}

/** Email addresses, found from each "@" outwards so that no regular expression can backtrack. */
export function emails(doc: Doc, schoolDomains: readonly string[]): ContactSpan[] {
  const found: ContactSpan[] = [];
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
