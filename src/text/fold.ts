/**
 * Folds text to the form every matcher compares: lower case, no diacritics, one apostrophe.
 * "Zoë", "ZOE" and "Zoe" all fold to "zoe"; "Ó Briain" to "o briain"; "Straße" to "strasse".
 */

/** Letters that NFD does not decompose but that people type as their ASCII look-alikes. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ſ: 's',
};

const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

/** Folds one non-ASCII character (a code point). Results are cached: names repeat. */
export function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = SPECIAL[ch] ?? ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
    // NFKD can expand compatibility forms (ligatures, full-width letters); fold what it produced once more.
    folded = Array.from(folded, (c) => SPECIAL[c] ?? c).join('');
    if (cache.size < 4096) cache.set(ch, folded);
  }
  return folded;
}

/** Folds a whole string; used for data (names, phrases), not for text with offsets to keep. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code < 128 ? ch.toLowerCase() : foldChar(ch);
  }
  return out;
}
