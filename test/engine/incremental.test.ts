/**
 * `check` keeps what it read of the last text: the analysis (analyseReusing) and every phrase set's matches
 * (PhraseSet.find). Whatever is typed, pasted or deleted, its findings must be exactly those of a check that reads
 * the text from scratch.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileRoster } from '../../src/roster/compile';
import { analyseReusing } from '../../src/text/analyse';
import { corpusPosts, corpusRoster, prng } from '../bench/lib/fixtures';

describe('check of an edited post', () => {
  it('finds exactly what a check from scratch finds, after every keystroke, paste and cut', () => {
    const ctx = createContext({
      roster: compileRoster(corpusRoster()),
      site: 'facebook',
      now: new Date('2024-03-05T10:30:00Z'),
    });
    const posts = corpusPosts().map((p) => p.text);
    const words = posts.flatMap((p) => p.split(/(?<=\s)/));
    const random = prng(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    let text = posts.slice(0, 8).join('\n');
    const states: string[] = [];
    for (let step = 0; step < 1_500; step++) {
      const at = Math.floor(random() * (text.length + 1));
      const kind = random();
      if (kind < 0.15) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 30));
      else if (kind < 0.2) text = text.slice(0, at) + pick(posts) + text.slice(at);
      else if (kind < 0.3) text = text.slice(0, at) + pick(['. ', '\n', ', ', '!', "'s "]) + text.slice(at);
      else if (kind < 0.4 && text.length > 0) text = text.slice(0, at) + text.slice(at + 1);
      else text = text.slice(0, at) + pick(words) + text.slice(at);
      if (text.length > 4_000) text = text.slice(Math.floor(random() * 1_000));
      states.push(text);
    }
    analyseReusing('');
    const typed = states.map((s) => check(s, ctx, { strict: true }));
    for (let k = 0; k < states.length; k++) {
      analyseReusing('');
      expect(typed[k], `state ${k}: ${JSON.stringify(states[k])}`).toEqual(
        check(states[k]!, ctx, { strict: true }),
      );
    }
  });
});
