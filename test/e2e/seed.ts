/**
 * Puts a pupil roster into the extension's IndexedDB from inside the extension (its service worker, or in
 * Firefox an extension page: the same origin and database), for tests that are not about importing one (the
 * options page tests import through the real form).
 */
import type { Pupil } from '../../src/roster/pupil';
import type { Harness } from './harness';

/** Runs inside the extension: writes the roster where the extension keeps it. */
export function writeRoster(roster: Pupil[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // No version: a fresh database starts as version 1 (the roster only) and the extension upgrades it.
    const open = indexedDB.open('post-guard');
    open.onupgradeneeded = () => open.result.createObjectStore('roster');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('roster', 'readwrite');
      tx.objectStore('roster').put(
        { pupils: roster, importedAt: new Date().toISOString(), fileName: 'test.csv' },
        'current',
      );
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function seedRoster(harness: Harness, pupils: Pupil[]): Promise<void> {
  await harness.serviceWorker.evaluate(writeRoster, pupils);
}
