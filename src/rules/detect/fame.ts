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
 * Not sport's or music's words, which staff use of their own lives ("a single mum", "her arm's in a cast").
 */
const STORIES = fameOf([
  'film|films|movie|movies|thriller|drama|sitcom|character|characters|scene|scenes|plot|storyline|biopic|actor|actress|actors|oscar|oscars|screenplay|screenwriter|adaptation|adaptations|sequel|remake|starring|portrayed|portrays|novel|poet|poem|playwright|novelist|painter|composer|emperor|caliph|king|queen|president|century|centuries|dynasty',
]);

/** Does the text use the words of this field ("penalty", "album", "film", "prime minister")? */
export function aboutField(doc: Doc, field: Field): boolean {
  return memo(doc, `fame-${field}`, () => FAME[field].find(doc).length > 0);
}

/** Does the text tell a story about people long dead or made up: a plot, a reign, a year before 2000 ("died in 1926")? */
export function aboutStories(doc: Doc): boolean {
  return memo(doc, 'stories', () => STORIES.find(doc).length > 0 || aboutHistory(doc));
}

/** Does the text name a year of the last millennium ("in 1875")? Pupils at school today were not born then. */
export function aboutHistory(doc: Doc): boolean {
  return memo(doc, 'history', () =>
    doc.atoms.some((atom) => atom.key.length === 4 && atom.key.startsWith('1') && /^1\d{3}$/.test(atom.key)),
  );
}
