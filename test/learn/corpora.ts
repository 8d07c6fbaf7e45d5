/**
 * The labelled corpora, and which may be learned from. Training: the development corpus's train split, the
 * original 56 posts, the schools written to train on (test/fixtures/dev, test/fixtures/train) and 2,000 everyday
 * sentences from nlp-corpus's even-numbered half. Never learned from, only scored: the development corpus's test
 * split, the held-out schools (test/fixtures/holdout) and nlp-corpus's odd-numbered half.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Site, Surface } from '../../src/core/types';
import { type CompiledProfile, compileProfile } from '../../src/profile/compile';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { ProfileSchema } from '../../src/profile/schema';
import { type CompiledRoster, compileRoster } from '../../src/roster/compile';
import { parseRosterCsv } from '../../src/roster/csv';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface LabelledPost {
  id: number;
  site: Site;
  surface: Surface;
  text: string;
  expect: string[];
  hard?: boolean;
  split?: string;
}

export interface Corpus {
  name: string;
  posts: LabelledPost[];
  roster: CompiledRoster;
  profile: CompiledProfile;
  /** The raw files, for the training data's hash. */
  raw: string;
}

function readPosts(file: string): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPost);
}

/** A school's corpus folder: posts.jsonl, pupils.csv and school.json (the school part of a profile). */
export function schoolCorpus(folder: string, name = folder): Corpus {
  const dir = join(FIXTURES, folder);
  const school = JSON.parse(readFileSync(join(dir, 'school.json'), 'utf8')) as { school: object };
  const rosterCsv = readFileSync(join(dir, 'pupils.csv'), 'utf8');
  const postsText = readFileSync(join(dir, 'posts.jsonl'), 'utf8');
  const profile = ProfileSchema.parse({
    ...DEFAULT_PROFILE,
    school: { ...DEFAULT_PROFILE.school, ...school.school },
  });
  return {
    name,
    posts: readPosts(join(dir, 'posts.jsonl')),
    roster: compileRoster(parseRosterCsv(rosterCsv).pupils),
    profile: compileProfile(profile),
    raw: postsText + rosterCsv + JSON.stringify(school),
  };
}

/** The default school's corpora (test/fixtures/corpus): the original 56 posts, and the 500 with a split. */
export function cansfieldCorpus(file: 'posts.jsonl' | 'posts-v3.jsonl', split?: 'train' | 'test'): Corpus {
  const dir = join(FIXTURES, 'corpus');
  const rosterCsv = readFileSync(join(dir, 'pupils.csv'), 'utf8');
  const posts = readPosts(join(dir, file)).filter((p) => !split || p.split === split);
  return {
    name: split ? `cansfield ${split}` : 'cansfield original',
    posts,
    roster: compileRoster(parseRosterCsv(rosterCsv).pupils),
    profile: compileProfile(DEFAULT_PROFILE),
    raw: JSON.stringify(posts) + rosterCsv,
  };
}

/** nlp-corpus: 100,000 sentences of SMS, Reddit, transcripts, lyrics, reviews, UN documents and fiction. */
export function nlpSentences(): string[] {
  const dir = resolve(import.meta.dirname, '../../node_modules/nlp-corpus/builds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => Number.parseInt(a.slice(4), 10) - Number.parseInt(b.slice(4), 10))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[]);
}

/**
 * Everyday English about anything but school, as clean posts: every 25th of nlp-corpus's even-numbered sentences
 * (2,000). The learned scorer learns from them what is not a breach, and its thresholds are set with them among
 * the posts it must not flag. The odd-numbered sentences are never learned from: the bench reports them apart.
 */
export function everydayCorpus(): Corpus {
  const rosterCsv = readFileSync(join(FIXTURES, 'corpus', 'pupils.csv'), 'utf8');
  const posts: LabelledPost[] = nlpSentences()
    .filter((_, i) => i % 50 === 0)
    .map((text, id) => ({ id, site: 'facebook', surface: 'post', text, expect: [] }));
  return {
    name: 'everyday',
    posts,
    roster: compileRoster(parseRosterCsv(rosterCsv).pupils),
    profile: compileProfile(DEFAULT_PROFILE),
    raw: posts.map((p) => p.text).join('\n'),
  };
}

export function trainingCorpora(): Corpus[] {
  return [
    cansfieldCorpus('posts-v3.jsonl', 'train'),
    cansfieldCorpus('posts.jsonl'),
    schoolCorpus('dev/moorside', 'moorside'),
    schoolCorpus('train/riverside', 'riverside'),
    schoolCorpus('train/ridge', 'ridge'),
    everydayCorpus(),
  ];
}

export function testCorpora(): Corpus[] {
  return [
    cansfieldCorpus('posts-v3.jsonl', 'test'),
    schoolCorpus('holdout/harrowden', 'harrowden'),
    schoolCorpus('holdout/stbrides', 'stbrides'),
  ];
}
