/**
 * Data safety across an update: the profile, roster and name that an earlier version stored are still there,
 * and used, after this version upgrades its IndexedDB schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import { focusSurface, type Harness, launch, surface } from './harness';
import { Ui } from './ui';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

describe('an update keeps what staff and IT saved', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
    // What version 0.1.0 wrote: its IndexedDB (version 1: the roster only) and its local storage.
    await harness.serviceWorker.evaluate(
      (profile) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('post-guard', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('roster');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('roster', 'readwrite');
            tx.objectStore('roster').put(
              {
                pupils: [
                  { forename: 'Wren', surname: 'Tickle' },
                  { forename: 'Isla', surname: 'Brown' },
                ],
                importedAt: '2026-09-01T08:00:00.000Z',
                fileName: 'pupils-2026.csv',
              },
              'current',
            );
            tx.oncomplete = () => {
              open.result.close();
              void chrome.storage.local
                .set({ profile, profileLastGood: profile, reporterName: 'Sam Teacher' })
                .then(resolve);
            };
          };
        }),
      { ...DEFAULT_PROFILE, school: { ...DEFAULT_PROFILE.school, name: 'Oak Academy', aliases: [] } },
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('upgrades the database and keeps the roster, the profile and the name', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
    const state = (await options.evaluate(() => chrome.runtime.sendMessage({ kind: 'ui/state' }))) as {
      profile: { school: { name: string } };
      roster: { count: number; fileName: string };
      reporterName: string;
    };
    expect(state.profile.school.name).toBe('Oak Academy');
    expect(state.roster).toMatchObject({ count: 2, fileName: 'pupils-2026.csv' });
    expect(state.reporterName).toBe('Sam Teacher');
    const database = await harness.serviceWorker.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const open = indexedDB.open('post-guard');
          open.onsuccess = () => {
            const result = { version: open.result.version, stores: [...open.result.objectStoreNames].sort() };
            open.result.close();
            resolve(result);
          };
        }),
    );
    expect(database).toEqual({ version: 4, stores: ['approver', 'logos', 'packKey', 'reports', 'roster'] });
    await options.close();
  });

  it('checks posts with the kept roster and profile', async () => {
    const page = await harness.open('facebook');
    const ui = await Ui.of(page);
    await focusSurface(page, surface('facebook', 'post'));
    await page.keyboard.type('Wren Tickle was brilliant at Oak Academy today');
    await ui.waitFor('button', /^Post Guard, Facebook post: 2 findings/);
  });
});
