/**
 * What the school-pack browser tests share (pack.test.ts in Chromium, pack-browsers.test.ts in Chromium and
 * Firefox): Harrowden Park's profile with its own policy, its pupils, a signed pack of them written to a file,
 * a dump of everything the extension stored, and the search for pupils' names in it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PackSigner } from '../../src/pack/keys';
import { buildPack, packText } from '../../src/pack/pack';
import { parseProfileJson } from '../../src/profile/parse';
import type { Profile } from '../../src/profile/schema';
import { parseRosterCsv } from '../../src/roster/csv';
import type { Pupil } from '../../src/roster/pupil';

const HARROWDEN = resolve(import.meta.dirname, '../fixtures/holdout/harrowden');

declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', { get(): Promise<object> } | undefined>;
};

/** Harrowden's profile with its own policy, numbered its own way. */
export function harrowden(): Profile {
  const parsed = parseProfileJson(readFileSync(join(HARROWDEN, 'school.json'), 'utf8'));
  if (!parsed.ok) throw new Error('school.json');
  return {
    ...parsed.value,
    policy: {
      title: 'Harrowden Park Online Conduct Policy',
      markdown: [
        '# Harrowden Park Online Conduct Policy',
        '',
        '## 3. Who you are online',
        '',
        '### 3.1 Saying where you work',
        '',
        'Staff who say they work at the Academy add that their views are their own.',
        '',
        '## 4. Pupils',
        '',
        '### 4.2 Pupils’ names and pictures',
        '',
        'Never name a pupil on a personal account.',
        '',
        '## 6. Concerns',
        '',
        '### 6.1 Reporting',
        '',
        'Report harmful content to the Principal.',
      ].join('\n'),
      clauses: { 'pupil-name': '4.2', 'affiliation-without-disclaimer': '3.1', reporting: '6.1' },
    },
  };
}

export const PUPILS: Pupil[] = parseRosterCsv(readFileSync(join(HARROWDEN, 'pupils.csv'), 'utf8')).pupils;
/** A pupil of the roster, by full name. */
export const NAMED = `${PUPILS[0]!.forename} ${PUPILS[0]!.surname}`;

/** A date as the browser's language writes it ("1 September 2026" or "September 1, 2026"). */
export const day = (iso: string) =>
  new RegExp(
    `(${new Date(iso).getUTCDate()} ${new Date(iso).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })}|${new Date(iso).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${new Date(iso).getUTCDate()},) ${new Date(iso).getUTCFullYear()}`,
  );

/** Harrowden's pack of `pupils` (all of them by default), signed by `signer`, written as `dir/name`. */
export async function writePackFile(
  dir: string,
  name: string,
  options: { created: string; signer: PackSigner; pupils?: Pupil[] },
): Promise<string> {
  const pack = await buildPack({
    profile: harrowden(),
    pupils: options.pupils ?? PUPILS,
    logos: [],
    signer: options.signer,
    created: new Date(options.created),
  });
  const file = join(dir, name);
  writeFileSync(file, packText(pack));
  return file;
}

/**
 * Runs inside the extension (Chromium's service worker, or a Firefox extension page: the same origin): everything
 * the extension stored, as text: its local, session and sync storage, and every record of every IndexedDB store of
 * the extension's origin (Blobs and keys by their type only).
 */
export function dumpStorage(): Promise<string> {
  const all = async () => {
    const parts: string[] = [];
    for (const area of ['local', 'session', 'sync'] as const) {
      const storage = chrome.storage[area];
      if (storage) parts.push(JSON.stringify(await storage.get()));
    }
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(
          JSON.stringify(records, (_, value) =>
            value instanceof Blob || value instanceof CryptoKey ? `[${value.constructor.name}]` : value,
          ),
        );
      }
      db.close();
    }
    return parts.join('\n');
  };
  return all();
}

/** The roster's names found in a text, as whole words (base64 and base64url, random letters, spell a name now and then). */
export function namesIn(text: string): string[] {
  const words = new Set(PUPILS.flatMap((p) => [p.forename, p.surname]).filter((n) => n.length >= 4));
  return [...words].filter((name) =>
    new RegExp(`(?<![A-Za-z0-9+/_-])${name}(?![A-Za-z0-9+/=_-])`, 'i').test(text),
  );
}
