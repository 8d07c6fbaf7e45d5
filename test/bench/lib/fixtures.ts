/**
 * Deterministic inputs for the benchmarks: the corpus, rosters of any size generated from name lists with a
 * seeded PRNG (the corpus roster first, so that its names in the posts match), and post-like texts of exact
 * lengths built from the corpus posts with the names and numbers varied.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRosterCsv } from '../../../src/roster/csv';
import type { Pupil } from '../../../src/roster/pupil';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../fixtures/corpus');

export interface CorpusPost {
  id: number;
  site: string;
  surface: string;
  text: string;
  expect: string[];
}

let posts: CorpusPost[] | undefined;
let corpusPupils: Pupil[] | undefined;

export function corpusPosts(): CorpusPost[] {
  posts ??= readFileSync(join(CORPUS_DIR, 'posts.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusPost);
  return posts;
}

export function corpusRosterCsv(): string {
  return readFileSync(join(CORPUS_DIR, 'pupils.csv'), 'utf8');
}

export function corpusRoster(): Pupil[] {
  corpusPupils ??= parseRosterCsv(corpusRosterCsv()).pupils;
  return corpusPupils;
}

/** mulberry32: small, fast and good enough to shuffle test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

const FORENAMES = `Oliver George Harry Noah Jack Leo Arthur Muhammad Oscar Charlie Jacob Thomas Henry William Freddie
  Alfie Theo Archie Joshua James Isaac Ethan Mason Lucas Reuben Dylan Kai Ryan Aaron Callum Jayden Kian Reece Declan
  Ciarán Seán Oisín Rhys Dafydd Ifan Tomasz Jakub Mateusz Kacper Ahmed Yusuf Ibrahim Hamza Ayaan Arjun Rohan Dev
  Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Evie Poppy Florence Ella Freya Willow Millie Phoebe
  Chloé Zoë Niamh Aoife Siân Cerys Ffion Seren Maja Zuzanna Aisha Fatima Maryam Zainab Amara Priya Ananya Leila
  Imogen Harriet Matilda Scarlett Esme Layla Hannah Bethany Jessica Lauren Megan Courtney Kayleigh Demi Jade Keeley
  Renée Anaïs Beatriz João José Björn Mohammed Abdullah Ebony Kemi Chidi Tobi Femi Adaeze Nneka Yasmin Inaya`;

const SURNAMES = `Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
  Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Cox
  Alexander Morgan Moore Mills King Lee Baker Harris Campbell Price Bennett Griffiths Hughes Edwards Turner Parker
  Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Ward Bailey Bell Shaw Holmes Kaur Singh Ahmed Hussain
  Ali Begum Rahman Chowdhury Nowak Kowalski Wiśniewski Dąbrowski Lewandowski O'Brien O'Neill McCarthy D'Souza Okafor Adeyemi Mensah Nguyen Tran Chen Wong Li Ramírez García Müller Schäfer
  Seddon-Yates Smith-Jones Bradley-Hughes Ashcroft Atherton Billinge Catterall Dootson Fazackerley Gregson Heyes
  Hindley Liptrot Marsden Pennington Rigby Standish Tyldesley Winstanley Worsley Hilton Leigh Unsworth Horrocks`;

const forenames = FORENAMES.split(/\s+/).filter(Boolean);
const surnames = [...SURNAMES.split(/\s+/).filter(Boolean), 'Ó Súilleabháin', 'De Souza', 'van der Berg'];

const rosters = new Map<number, Pupil[]>();

/** A roster of `size` pupils: the corpus roster first, then generated pupils, the same every run. */
export function roster(size: number): Pupil[] {
  let pupils = rosters.get(size);
  if (pupils) return pupils;
  const random = prng(size);
  pupils = corpusRoster().slice(0, size);
  while (pupils.length < size) {
    const forename = pick(random, forenames);
    const surname =
      random() < 0.04 ? `${pick(random, surnames)}-${pick(random, surnames)}` : pick(random, surnames);
    const preferred = random() < 0.05 ? pick(random, forenames) : undefined;
    pupils.push(
      preferred && preferred !== forename ? { forename, surname, preferred } : { forename, surname },
    );
  }
  rosters.set(size, pupils);
  return pupils;
}

/** A roster as the CSV an MIS exports, for timing the import too. */
export function rosterCsv(pupils: readonly Pupil[]): string {
  const quote = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const rows = pupils.map((p) => [p.forename, p.surname, p.preferred ?? ''].map(quote).join(','));
  return ['Legal Forename,Legal Surname,Preferred Forename', ...rows].join('\r\n');
}

/** Cuts to exactly `length` UTF-16 units without leaving half a surrogate pair at the end. */
export function exactly(text: string, length: number): string {
  if (text.length < length) throw new Error(`text too short: ${text.length} < ${length}`);
  let cut = text.slice(0, length);
  const last = cut.charCodeAt(length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = `${cut.slice(0, -1)}.`;
  return cut;
}

/** `unit` repeated, then cut, to exactly `length` characters: for adversarial input. */
export function repeatTo(unit: string, length: number): string {
  return exactly(unit.repeat(Math.ceil(length / unit.length)), length);
}

const FULL_NAME = /\b(?!(?:Mrs?|Miss|Ms|Mx|Dr) )[A-Z][a-zé’'-]+ (?:O |D’|O’)?[A-Z][a-zA-Z’'-]+/g;

/**
 * A post-like text of exactly `length` characters: corpus posts in a seeded order, as paragraphs, with pupils'
 * names swapped for other roster pupils (so a larger roster gets matched too) and year groups varied.
 */
export function postText(length: number, seed = length, pupils: readonly Pupil[] = roster(2000)): string {
  const random = prng(seed);
  const source = corpusPosts().map((p) => p.text);
  let text = '';
  while (text.length < length) {
    let post = pick(random, source);
    if (random() < 0.5) {
      post = post.replace(FULL_NAME, (name) => {
        const p = pick(random, pupils);
        return random() < 0.3 ? name : `${p.preferred ?? p.forename} ${p.surname}`;
      });
    }
    post = post.replace(/Year (\d+)/g, () => `Year ${7 + Math.floor(random() * 7)}`);
    text += text === '' ? post : `${random() < 0.4 ? '\n\n' : ' '}${post}`;
  }
  return exactly(text, length);
}

/** The lengths the targets are set for: a tweet, a long Facebook post, and Facebook's maximum. */
export const LENGTHS = [280, 3_000, 63_206] as const;
