/**
 * The settings the first draft is checked with (src/background/settings.ts). Chromium answers managed storage
 * only once its policy service has loaded, about 2 s after the browser starts: a browser where the last reading
 * found no policy must not wait for it, must still learn when policy arrived meanwhile, and a browser with policy
 * (or never read) must wait, so that a school's deployed settings are never passed over.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../src/profile/default';

let local: Record<string, unknown> = {};
let answerManaged: (value: Record<string, unknown>) => void = () => undefined;
let managedAnswered = false;

const fakeBrowser = {
  storage: {
    local: {
      async get(keys: string | string[]) {
        const wanted = typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(wanted.filter((k) => k in local).map((k) => [k, local[k]]));
      },
      async set(items: Record<string, unknown>) {
        local = { ...local, ...structuredClone(items) };
      },
    },
    managed: {
      get: () =>
        new Promise<Record<string, unknown>>((resolve) => {
          answerManaged = (value) => {
            managedAnswered = true;
            resolve(value);
          };
        }),
    },
  },
};
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('../../src/storage/db', () => ({
  loadRoster: async () => ({ pupils: [{ forename: 'Isla', surname: 'Brown' }] }),
}));

const { currentSettings } = await import('../../src/background/settings');

/** Whether `promise` settles within a few turns of the event loop (no timers: the fake answers only when told). */
async function settlesNow<T>(promise: Promise<T>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  return settled;
}

const POLICY = { school: { ...DEFAULT_PROFILE.school, name: 'Deployed Academy' } };

describe('the first check after the browser starts', () => {
  beforeEach(() => {
    local = {};
    managedAnswered = false;
  });

  it('does not wait for managed storage where the last reading found no policy, and says so when none came', async () => {
    local.managedPolicyAbsent = true;
    const pending = currentSettings();
    expect(await settlesNow(pending)).toBe(true);
    expect(managedAnswered).toBe(false);
    const settings = await pending;
    expect(settings.source).toBe('default');
    expect(settings.roster).toEqual([{ forename: 'Isla', surname: 'Brown' }]);
    answerManaged({});
    expect(await settings.confirmed).toBe(true);
    expect(local.managedPolicyAbsent).toBe(true);
  });

  it('tells the checker when policy arrived after all, and waits for it at the next start', async () => {
    local.managedPolicyAbsent = true;
    const settings = await currentSettings();
    expect(settings.source).toBe('default');
    answerManaged(POLICY);
    expect(await settings.confirmed).toBe(false);
    expect(local.managedPolicyAbsent).toBe(false);

    const next = currentSettings();
    expect(await settlesNow(next)).toBe(false);
    answerManaged(POLICY);
    const deployed = await next;
    expect(deployed.source).toBe('managed');
    expect(deployed.profile.school.name).toBe('Deployed Academy');
    expect(await deployed.confirmed).toBe(true);
  });

  it('waits for managed storage the first time (nothing known yet)', async () => {
    const pending = currentSettings();
    expect(await settlesNow(pending)).toBe(false);
    answerManaged(POLICY);
    expect((await pending).source).toBe('managed');
    expect(local.managedPolicyAbsent).toBe(false);
  });
});
