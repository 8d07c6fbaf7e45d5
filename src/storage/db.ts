/**
 * The extension's IndexedDB: the pupil roster (never in synced storage, never in a page), the school's logo
 * fingerprints and the staff member's own report history. Versioned: each version's upgrade runs in order, so
 * data written by any earlier version survives an update.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Pupil } from '../roster/pupil';

export interface RosterRecord {
  pupils: Pupil[];
  /** When and from which file it was imported, for the options page. */
  importedAt: string;
  fileName: string;
}

export interface PostGuardDb extends DBSchema {
  roster: { key: 'current'; value: RosterRecord };
}

export const DB_NAME = 'post-guard';
export const DB_VERSION = 1;

/** One step per version: `MIGRATIONS[n]` takes a database at version n to n + 1. */
const MIGRATIONS: Array<(db: IDBPDatabase<PostGuardDb>) => void> = [
  (db) => {
    db.createObjectStore('roster');
  },
];

let opening: Promise<IDBPDatabase<PostGuardDb>> | undefined;

export function database(): Promise<IDBPDatabase<PostGuardDb>> {
  opening ??= openDB<PostGuardDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(db);
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      opening = undefined;
    },
  });
  return opening;
}

export async function loadRoster(): Promise<RosterRecord | undefined> {
  return (await database()).get('roster', 'current');
}

export async function saveRoster(record: RosterRecord): Promise<void> {
  await (await database()).put('roster', record, 'current');
}

export async function clearRoster(): Promise<void> {
  await (await database()).delete('roster', 'current');
}
