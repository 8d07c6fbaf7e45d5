/**
 * Puts a pupil roster into the extension's IndexedDB from its service worker, for tests that are not about
 * importing one (the options page tests import through the real form).
 */
import type { Pupil } from '../../src/roster/pupil';
import type { Harness } from './harness';

export async function seedRoster(harness: Harness, pupils: Pupil[]): Promise<void> {
  await harness.serviceWorker.evaluate(
    (roster) =>
      new Promise<void>((resolve, reject) => {
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
      }),
    pupils,
  );
}
