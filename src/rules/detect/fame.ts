/**
 * What public, fictional and historical people are written about for: famous people's games, songs, films and
 * shows, public life; and stories told about people long dead or made up. Found once per text. A famous name in a
 * post about their field is that person, not the pupil who shares it (src/rules/detect/pupils.ts); a death or an
 * illness in a film's plot or a history lesson is no colleague's personal information (src/rules/detect/personal.ts).
 */
import type { Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import type { Field } from '../data/public-figures';

const fameOf = (patterns: string[]) =>
  new PhraseSet(
    patterns.map((p) => [p, true] as const),
    { fixed: true },
  );

/** What famous people are written about for, by field: their games, songs, films and shows, public life. */
const FAME: Record<Field, PhraseSet<boolean>> = {
  sport: fameOf([
    'penalty|penalties|hat+trick|premier+league|world+cup|euros|olympics|olympic|wimbledon|test+match|innings|grand+prix|pundit|punditry|midfield|striker|wembley|anfield|old+trafford|headingley|snooker|darts|crucible|147|national+treasure|england|lionesses|three+lions|transfer|ballon+dor|champions+league|fa+cup|six+nations|ashes|tour+de+france|podium|medal|knockout|title+fight',
    'scores|scored again',
  ]),
  music: fameOf([
    'album|albums|single|gig|gigs|concert|tour|arena|o2|festival|glastonbury|playlist|lyrics|band|pop+star|music+video|came+on|karaoke|new+song|new+music|number+one|brits|grammys|eurovision|spotify',
  ]),
  screen: fameOf([
    'film|films|movie|movies|cinema|oscars|baftas|met+gala|red+carpet|premiere|trailer|series|episode|telly|tv|netflix|iplayer|bond|marvel|spider+man|cast|actor|actress|sitcom|strictly|bake+off|i+m+a+celeb|comedy|stand+up|box+set',
  ]),
  public: fameOf([
    'prime+minister|pm|minister|parliament|mp|election|manifesto|government|cabinet|budget|king|queen|prince|princess|royal|royals|coronation|novel|author|press+conference|downing+street|white+house|president|billionaire|twitter|tesla',
  ]),
};

/**
 * Stories rather than news of someone the writer knows: films and plots, books and poems, rulers and centuries.
 * Not sport's or music's words, which staff use of their own lives ("a single mum", "her arm's in a cast"), nor
 * words that are idioms too ("what a character", "a drama queen", "president of the PTA", "Burger King"). Words
 * only stories use are enough alone; words of everyday life too ("that film", "lost the plot") need a second.
 */
const TOLD = fameOf([
  'biopic|screenplay|screenwriter|oscar|oscars|sequel|remake|starring|portrayed|portrays|novelist|playwright|emperor|caliph|dynasty|century|centuries',
]);
const STORIES = fameOf([
  'film|films|movie|movies|thriller|sitcom|plot|storyline|actor|actress|actors|adaptation|adaptations|novel|poet|painter|composer',
]);

/** Does the text use the words of this field ("penalty", "album", "film", "prime minister")? */
export function aboutField(doc: Doc, field: Field): boolean {
  return memo(doc, `fame-${field}`, () => FAME[field].find(doc).length > 0);
}

/**
 * Does the text tell a story about people long dead or made up: a year of the last millennium ("died in 1926"), or
 * two different words of films and books (a review: "the plot", "the actors")? One word is not enough: staff go
 * to the film too ("off with depression after watching that film").
 */
export function aboutStories(doc: Doc): boolean {
  return memo(doc, 'stories', () => {
    if (aboutHistory(doc) || TOLD.find(doc).length > 0) return true;
    const words = new Set<string>();
    for (const m of STORIES.find(doc)) words.add(doc.atoms[m.first]!.key);
    return words.size >= 2;
  });
}

/**
 * Words a year follows: "in 1875", "born 1902", "until 1945", "in late 1885", "November 1936". Not "at 1530" (a
 * time) nor "of 1200" (a count).
 */
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const BEFORE_YEARS = new Set([
  ...'in since born died circa until till during year late early mid'.split(' '),
  ...MONTHS,
]);

/** Does the text name a year of the last millennium ("in 1875")? Pupils at school today were not born then. */
export function aboutHistory(doc: Doc): boolean {
  return memo(doc, 'history', () =>
    doc.atoms.some((atom, i) => {
      if (atom.key.length !== 4 || atom.key.charCodeAt(0) !== 0x31 || !/^1\d{3}$/.test(atom.key))
        return false;
      const before = doc.atoms[i - 1];
      if (before === undefined || before.sentence !== atom.sentence) return false;
      if (BEFORE_YEARS.has(before.key)) return true;
      // "Dec. 8, 1881": a day of a month.
      const month = doc.atoms[i - 2];
      return /^\d{1,2}$/.test(before.key) && month?.sentence === atom.sentence && MONTHS.has(month.key);
    }),
  );
}
