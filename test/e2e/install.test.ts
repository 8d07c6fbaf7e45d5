/**
 * What staff see when they add Post Guard to their own browser: one "Join your school" tab, opened by the
 * extension on install, and none when the browser later starts again with it already installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from './harness';

const profile = mkdtempSync(join(tmpdir(), 'post-guard-install-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe('installing on a browser no school manages', () => {
  it('opens the welcome page once on install, and not on later starts', async () => {
    const installed = await launch({ profile });
    // A browser window to open it in, as staff have when they install (the harness starts with none).
    await installed.open('facebook');
    await expect.poll(() => installed.welcomeTabs, { timeout: 10_000 }).toBe(1);
    await installed.close();

    const restarted = await launch({ profile });
    await restarted.open('facebook');
    // The worker reads managed storage before it would open the tab: wait past that (~2 s after a start).
    await restarted.serviceWorker.evaluate(() => new Promise((done) => setTimeout(done, 3_000)));
    expect(restarted.welcomeTabs).toBe(0);
    await restarted.close();
  });
});
