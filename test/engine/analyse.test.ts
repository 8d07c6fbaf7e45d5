import { describe, expect, it } from 'vitest';
import { analyse, analyseReusing, atomIndexAt, Casing } from '../../src/text/analyse';

const keys = (text: string) => analyse(text).atoms.map((a) => a.key);
const spans = (text: string) => analyse(text).atoms.map((a) => text.slice(a.start, a.end));

describe('analyse', () => {
  it.each([
    ['Zoë Nowak', ['zoe', 'nowak']],
    ['ZOË', ['zoe']],
    ['Straße', ['strasse']],
    ['Ó Briain', ['o', 'briain']],
    ["O'Connor O’Connor Oʼconnor", ['oconnor', 'oconnor', 'oconnor']],
    ['Seddon-Yates', ['seddon', 'yates']],
    ['Oli\u200Bver\u00ADSmith', ['oliversmith']],
    ['St. Mary St Helens', ['saint', 'mary', 'saint', 'helens']],
    ['f*cking sh**', ['fcking', 'sh']],
    ['#Cansfield @CansfieldHigh', ['cansfield', 'cansfieldhigh']],
    ['cansfield.wigan.sch.uk', ['cansfield', 'wigan', 'sch', 'uk']],
    ['Ⅻ ﬁne', ['xii', 'fine']],
    ['😀🎉', []],
    ['مدرسة עברית', ['مدرسة', 'עברית']],
  ])('folds %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keeps UTF-16 spans of the original text, surrogate pairs included', () => {
    expect(spans('𝐁old 😀 Zoë')).toEqual(['𝐁old', 'Zoë']);
    expect(spans("Smith's")).toEqual(["Smith's"]);
  });

  it('reads possessives', () => {
    const [atom] = analyse("Smith's").atoms;
    expect(atom).toMatchObject({ key: 'smiths', base: 'smith', start: 0, end: 7, baseEnd: 5 });
    expect(analyse('Marys')!.atoms[0]!.base).toBe('marys');
  });

  it('records casing, hashtags and handles', () => {
    const atoms = analyse('Oliver SMITH isla #Tag @Handle 12').atoms;
    expect(atoms.map((a) => a.casing)).toEqual([
      Casing.Title,
      Casing.Upper,
      Casing.Lower,
      Casing.Title,
      Casing.Title,
      Casing.None,
    ]);
    expect(atoms.map((a) => a.lead)).toEqual(['', '', '', '#', '@', '']);
  });

  it('splits sentences on full stops, question marks and new lines, not on abbreviations or decimals', () => {
    const sentences = (text: string) => analyse(text).atoms.map((a) => a.sentence);
    expect(sentences('One. Two! Three? Four\nFive')).toEqual([0, 1, 2, 3, 4]);
    expect(sentences('Mr. Jolley lives on St. Helens Rd')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sentences('At 6.30pm we met')).toEqual([0, 0, 0, 0, 0]);
    expect(sentences('Great day." Next')).toEqual([0, 0, 1]);
  });

  it('finds the atom at an offset', () => {
    const doc = analyse('one two three');
    expect(atomIndexAt(doc, 0)).toBe(0);
    expect(atomIndexAt(doc, 3)).toBe(1);
    expect(atomIndexAt(doc, 9)).toBe(2);
    expect(atomIndexAt(doc, 99)).toBe(3);
  });
});

describe('reused analysis', () => {
  it('gives the same keys and casing however often a word is seen, in any case and at any length', () => {
    const texts = [
      'Extraordinarily WELL done, Oliver',
      'extraordinarily well DONE, oliver',
      'EXTRAORDINARILY Well Done, OLIVER',
    ];
    const seen = texts.map((text) =>
      analyseReusing(text).atoms.map((a) => [a.key, a.casing, text.slice(a.start, a.end)]),
    );
    for (const atoms of seen)
      expect(atoms.map(([key]) => key)).toEqual(['extraordinarily', 'well', 'done', 'oliver']);
    expect(seen[0]!.map(([, casing]) => casing)).toEqual([
      Casing.Title,
      Casing.Upper,
      Casing.Lower,
      Casing.Title,
    ]);
    expect(seen[2]!.map(([, casing]) => casing)).toEqual([
      Casing.Upper,
      Casing.Title,
      Casing.Title,
      Casing.Upper,
    ]);
    // The same answers as a fresh analysis, and a shorter text leaves no atoms of the longer one behind.
    expect(analyseReusing('Hi').atoms.map((a) => a.key)).toEqual(['hi']);
    expect(analyse(texts[1]!).atoms.map((a) => a.key)).toEqual(seen[1]!.map(([key]) => key));
  });
});

describe('analysis of an edited text', () => {
  // Pieces chosen for what joins or splits words and sentences: apostrophes, stars, hidden characters,
  // abbreviations, hashtags, line breaks, other scripts and surrogate pairs.
  const PIECES = [
    'Mr',
    '. ',
    '.',
    ' ',
    '\n',
    "'",
    '’',
    's',
    'll',
    '*',
    '#',
    '@',
    '\u200b',
    'é',
    'Zoë',
    '𝐁',
    'Smith',
    'he',
    'f',
    'ck',
    '!',
    '? ',
    '"',
    ')',
    'St',
    '9B',
    'Y11',
    '😀',
    '\u00ad',
  ];
  const fields = (text: string) => analyse(text).atoms.map((a) => ({ ...a }));

  it('reads exactly as a fresh analysis, whatever is typed, pasted or deleted, wherever', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const piece = () => PIECES[random(PIECES.length)]!;
    let text = '';
    for (let step = 0; step < 4_000; step++) {
      const at = random(text.length + 1);
      const kind = random(6);
      if (kind === 0 && text.length > 0) text = text.slice(0, at) + text.slice(at + 1 + random(4));
      else if (kind === 1)
        text = text.slice(0, at) + Array.from({ length: 1 + random(8) }, piece).join('') + text.slice(at);
      else if (kind === 2 && text.length > 0) text = text.slice(0, at) + piece() + text.slice(at + 1);
      else if (kind === 3 && text.length > 300) text = text.slice(random(40));
      else text = text.slice(0, at) + piece() + text.slice(at);
      const reused = analyseReusing(text).atoms.map((a) => ({ ...a }));
      expect(reused, `after step ${step}: ${JSON.stringify(text)}`).toEqual(fields(text));
    }
  });
});
