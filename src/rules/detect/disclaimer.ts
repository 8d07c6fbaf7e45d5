/**
 * Whether a post says the views are the writer's own and not the school's (§11), in any wording and position.
 * People say it in endless ways ("tweets my own", "My tweets, my views.", "posting as me, not as RGS", "nothing on
 * this profile is on behalf of my employer", "personal acc x"), so besides the usual phrases
 * (src/rules/data/disclaimers.ts) this reads the shape of the sentence: whose views, and who is not speaking.
 */
import type { Atom, Doc } from '../../text/analyse';
import { memo } from '../../text/memo';
import { PhraseSet } from '../../text/phrases';
import type { CheckContext } from '../context';
import { BUILT_IN_DISCLAIMERS } from '../data/disclaimers';
import { schoolMentions } from './school';

const builtIn = new PhraseSet(
  BUILT_IN_DISCLAIMERS.map((p) => [p, true] as const),
  { fixed: true },
);

/** What a disclaimer is about: the writer's views, posts and words. */
const OWNER = new Set(
  'views view opinions opinion thoughts tweets tweet posts post comments comment words takes take rts retweets content page account profile ones'.split(
    ' ',
  ),
);
/** Whose they are: the writer's alone. */
const MINE = new Set('mine own personal myself solely alone private'.split(' '));
/** Whom the writer is not speaking for. */
const EMPLOYERS = new Set(
  'school schools employer employers work workplace job trust academy college board governors governing staff them department company bosses organisation organization'.split(
    ' ',
  ),
);
/** Ways of speaking for someone. */
const SPEAKING_FOR = new Set(
  'behalf speaking speak posting post writing tweeting commenting representing represent represents reflect reflects reflecting official officially sharing for as'.split(
    ' ',
  ),
);
const NEGATIONS = new Set([
  'not',
  'nothing',
  'never',
  'no',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  'dont',
  'doesnt',
]);
/** "posting as me", "speaking as a mum", "just me being proud". */
const AS_MYSELF = new Set(
  'me myself individual friend mum dad parent mam nan grandparent neighbour private'.split(' '),
);
const WINDOW = 6;
/** "just me being proud", "just me talking", or "…just me." at the end of a sentence. */
const JUST_ME = new Set(['being', 'talking', 'posting', 'saying', 'speaking', 'here', 'sharing', 'writing']);

function inWindow(atoms: readonly Atom[], from: number, test: (atom: Atom, i: number) => boolean): boolean {
  const sentence = atoms[from]!.sentence;
  for (let i = Math.max(0, from - WINDOW); i <= Math.min(atoms.length - 1, from + WINDOW); i++) {
    if (i !== from && atoms[i]!.sentence === sentence && test(atoms[i]!, i)) return true;
  }
  return false;
}

/** Words of OWNER that are verbs too: "tried to take her own life" is no disclaimer, "Views his own" is one. */
const VERBS = new Set(['take', 'post', 'comment', 'tweet']);

/** Someone else's, not the writer's: "her own life". */
const OTHERS = new Set(['her', 'his', 'their', 'your', 'its', "everyone's", 'everyones']);

function othersOwn(atoms: readonly Atom[], i: number): boolean {
  const before = atoms[i - 1];
  return (
    atoms[i]!.key === 'own' &&
    before !== undefined &&
    before.sentence === atoms[i]!.sentence &&
    OTHERS.has(before.key)
  );
}

/** The shapes of a disclaimer, read around each word. */
function shaped(doc: Doc, ctx: CheckContext): boolean {
  const atoms = doc.atoms;
  const school = new Set<number>();
  for (const m of schoolMentions(doc, ctx)) for (let i = m.first; i <= m.last; i++) school.add(i);
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const key = atom.key;
    if (key === 'disclaimer' || key === 'disclaimers') return true;
    // "views my own", "opinions are mine alone", "my tweets, my views", "posts are personal".
    if (
      OWNER.has(atom.base) &&
      inWindow(atoms, i, (a, k) => MINE.has(a.key) && !(VERBS.has(key) && othersOwn(atoms, k)))
    )
      return true;
    if (OWNER.has(atom.base) && atoms[i - 1]?.key === 'my' && atoms[i + 1]?.key !== 'on') {
      const next = atoms[i + 1];
      const pair =
        next && next.sentence === atom.sentence && next.key === 'my' && OWNER.has(atoms[i + 2]?.base ?? '');
      if (pair) return true;
    }
    // "not on behalf of my employer", "not speaking for them", "posting as me, not as RGS", "not representing the school".
    if (NEGATIONS.has(key)) {
      for (
        let j = i + 1;
        j <= Math.min(atoms.length - 1, i + WINDOW) && atoms[j]!.sentence === atom.sentence;
        j++
      ) {
        if (!SPEAKING_FOR.has(atoms[j]!.key)) continue;
        for (
          let k = j + 1;
          k <= Math.min(atoms.length - 1, j + 4) && atoms[k]!.sentence === atom.sentence;
          k++
        ) {
          if (EMPLOYERS.has(atoms[k]!.base) || school.has(k)) return true;
        }
      }
    }
    // "posting as me", "sharing as a private individual", "commenting as a mum"; "just me being proud".
    if (key === 'as' && SPEAKING_FOR.has(atoms[i - 1]?.key ?? '')) {
      for (let j = i + 1; j <= i + 3 && atoms[j]?.sentence === atom.sentence; j++) {
        if (AS_MYSELF.has(atoms[j]!.key)) return true;
      }
    }
    if (key === 'just' && atoms[i + 1]?.key === 'me' && atoms[i + 1]!.sentence === atom.sentence) {
      const after = atoms[i + 2];
      if (!after || after.sentence !== atom.sentence || JUST_ME.has(after.key)) return true;
    }
    // "personal account", "personal acc x", "personal capacity".
    if (
      key === 'personal' &&
      /^(account|acc|page|profile|post|capacity|views|opinion|opinions|ones|basis)$/.test(
        atoms[i + 1]?.key ?? '',
      )
    )
      return true;
  }
  return false;
}

export function hasDisclaimer(doc: Doc, ctx: CheckContext): boolean {
  return memo(
    doc,
    'disclaimer',
    () => builtIn.find(doc).length > 0 || ctx.profile.disclaimers.find(doc).length > 0 || shaped(doc, ctx),
  );
}
