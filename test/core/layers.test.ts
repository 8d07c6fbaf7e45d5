/**
 * The core reads top-down: each layer imports only the layers below it, so there is no cycle to untangle and a
 * newcomer can read core → text → profile/roster → rules → engine in that order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Each layer and the layers it may import (besides itself). */
const LAYERS: Record<string, readonly string[]> = {
  core: [],
  text: ['core'],
  profile: ['core', 'text'],
  roster: ['core', 'text'],
  rules: ['core', 'text', 'profile', 'roster'],
  engine: ['core', 'text', 'profile', 'roster', 'rules'],
};

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesIn(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * Relative imports of a file, resolved to paths under src (type-only imports included: they are dependencies
 * too). Data from outside src (the English catalogue in assets/) is no layer.
 */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import)\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => relative(SRC, resolve(dirname(file), m[1]!)))
    .filter((path) => !path.startsWith('../assets/'));
}

const layerOf = (path: string) => path.split('/')[0]!;

describe('layers of the core', () => {
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    it(`${layer} imports only ${allowed.join(', ') || 'itself'}`, () => {
      const wrong = filesIn(join(SRC, layer)).flatMap((file) =>
        importsOf(file)
          .filter((target) => layerOf(target) !== layer && !allowed.includes(layerOf(target)))
          .map((target) => `${relative(SRC, file)} → ${target}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('has no import cycle between files', () => {
    const files = Object.keys(LAYERS).flatMap((layer) => filesIn(join(SRC, layer)));
    const graph = new Map(
      files.map((f) => [
        relative(SRC, f).replace(/\.ts$/, ''),
        importsOf(f).map((t) => t.replace(/\.ts$/, '')),
      ]),
    );
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
