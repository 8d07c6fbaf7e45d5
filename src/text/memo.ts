import type { Doc } from './analyse';

const memos = new WeakMap<Doc, Map<string, unknown>>();

/**
 * Computes a value once per checked text. Several rules need the same facts (where the school is named,
 * where people are mentioned); a document lives for one `check`, so so does the memo.
 */
export function memo<T>(doc: Doc, key: string, compute: () => T): T {
  let map = memos.get(doc);
  if (!map) {
    map = new Map();
    memos.set(doc, map);
  }
  if (map.has(key)) return map.get(key) as T;
  const value = compute();
  map.set(key, value);
  return value;
}

/** Drops what was computed for a document, for a document object that is about to be reused. */
export function forget(doc: Doc): void {
  memos.delete(doc);
}
