/**
 * The extension's IndexedDB: the pupil roster (never in synced storage, never in a page), the school's logo
 * fingerprints and the staff member's own report history. Versioned: each version's upgrade runs in order, so
 * data written by any earlier version survives an update.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { LogoPrint } from '../images';
import type { RosterIndex } from '../roster/compile';
import type { Pupil } from '../roster/pupil';

/**
 * The pupil roster: the names school IT imported from the MIS CSV on this browser, or, on a browser set up
 * from a school pack, the pack's keyed hashes (`index`) and no name at all.
 */
export type RosterRecord = {
  /** When and from which file it was imported, for the options page. */
  importedAt: string;
  fileName: string;
} & ({ pupils: Pupil[]; index?: undefined } | { index: RosterIndex; pupils?: undefined });

/** How many pupils a roster record holds, whichever form it is in. */
export function rosterSize(record: RosterRecord): number {
  return record.index ? record.index.pupils : record.pupils.length;
}

/** What a report says about the page: the same in the composed report and in the history. */
export interface ReportDetails {
  url: string;
  title: string;
  selection: string;
  link: string;
  image: string;
  note: string;
  reporter: string;
}

/** A report the member of staff sent: their own history, kept on this device only. */
export interface ReportRecord extends ReportDetails {
  id?: number;
  time: string;
  channel: 'email' | 'form' | 'clipboard';
  /** The mailto: or form address the report opened, or the copied text. */
  target: string;
  subject: string;
  body: string;
  /** The visible tab when the report was made, to attach to the email. */
  screenshot?: Blob;
}

/** A school logo, as the fingerprint the image check compares with (never the only copy of the picture). */
export interface LogoRecord {
  id?: number;
  name: string;
  addedAt: string;
  /** A small preview for the options page, as a data: URL. */
  thumbnail: string;
  /** The logo's fingerprint (src/images, LogoPrint). */
  print: LogoPrint;
  /** Came with the school pack: replaced by the next pack, kept apart from logos added here. */
  fromPack?: boolean;
}

/**
 * A signing key: the approver's (the Headteacher's copy only, §11) or the school's pack key (school IT's). A
 * CryptoKey is stored as itself, so it stays non-extractable; the public key is kept beside it because a non-extractable private key cannot give it back.
 */
export interface SigningKeyRecord {
  privateKey: CryptoKey;
  /** SubjectPublicKeyInfo, base64url (the approver's: what school IT adds to `approval.publicKeys`). */
  publicKey: string;
  createdAt: string;
}

export interface PostGuardDb extends DBSchema {
  roster: { key: 'current'; value: RosterRecord };
  reports: { key: number; value: ReportRecord };
  logos: { key: number; value: LogoRecord };
  approver: { key: 'current'; value: SigningKeyRecord };
  /** The school's pack key (school IT's browser only), the same way: non-extractable, in IndexedDB. */
  packKey: { key: 'current'; value: SigningKeyRecord };
}

export const DB_NAME = 'post-guard';
export const DB_VERSION = 4;

/** One step per version: `MIGRATIONS[n]` takes a database at version n to n + 1. Never edit a shipped step. */
const MIGRATIONS: Array<(db: IDBPDatabase<PostGuardDb>) => void> = [
  // 0 → 1 (0.1.0): the pupil roster.
  (db) => {
    db.createObjectStore('roster');
  },
  // 1 → 2: the report history and the school's logos.
  (db) => {
    db.createObjectStore('reports', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('logos', { keyPath: 'id', autoIncrement: true });
  },
  // 2 → 3: the approver's key.
  (db) => {
    db.createObjectStore('approver');
  },
  // 3 → 4: the school's pack key.
  (db) => {
    db.createObjectStore('packKey');
  },
];

let opening: Promise<IDBPDatabase<PostGuardDb>> | undefined;

export function database(): Promise<IDBPDatabase<PostGuardDb>> {
  opening ??= openDB<PostGuardDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(db);
    },
    blocking() {
      // A newer version of the extension wants to upgrade: close ours and let it; the next call reopens.
      const current = opening;
      opening = undefined;
      void current?.then((db) => db.close());
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

/** Keeps the newest reports: the history is for the member of staff, not an archive. */
const MAX_REPORTS = 200;

export async function addReport(report: ReportRecord): Promise<number> {
  const db = await database();
  const id = await db.add('reports', report);
  const keys = await db.getAllKeys('reports');
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REPORTS))) await db.delete('reports', old);
  return id;
}

export async function getReport(id: number): Promise<ReportRecord | undefined> {
  return (await database()).get('reports', id);
}

export async function listReports(): Promise<ReportRecord[]> {
  return (await (await database()).getAll('reports')).reverse();
}

export async function listLogos(): Promise<LogoRecord[]> {
  return (await database()).getAll('logos');
}

export async function addLogo(logo: LogoRecord): Promise<number> {
  return (await database()).add('logos', logo);
}

export async function removeLogo(id: number): Promise<void> {
  await (await database()).delete('logos', id);
}

export async function getApproverKey(): Promise<SigningKeyRecord | undefined> {
  return (await database()).get('approver', 'current');
}

export async function saveApproverKey(record: SigningKeyRecord): Promise<void> {
  await (await database()).put('approver', record, 'current');
}

export async function clearApproverKey(): Promise<void> {
  await (await database()).delete('approver', 'current');
}

export async function getPackKey(): Promise<SigningKeyRecord | undefined> {
  return (await database()).get('packKey', 'current');
}

export async function savePackKey(record: SigningKeyRecord): Promise<void> {
  await (await database()).put('packKey', record, 'current');
}

/** Swaps the logos that came with a pack for the next pack's, in one transaction; logos added here stay. */
export async function replacePackLogos(logos: readonly LogoRecord[]): Promise<void> {
  const tx = (await database()).transaction('logos', 'readwrite');
  let cursor = await tx.store.openCursor();
  while (cursor) {
    if (cursor.value.fromPack) await cursor.delete();
    cursor = await cursor.continue();
  }
  for (const logo of logos) await tx.store.add({ ...logo, fromPack: true });
  await tx.done;
}
