/**
 * The browsers the suite runs in: Debian's Chromium and Firefox ESR. `describe.each(BROWSERS)` runs a story in
 * both; `POST_GUARD_BROWSERS=chromium` (or `firefox`) narrows a local run.
 */
import { launchChromium } from './chromium';
import type { BrowserName, TestBrowser } from './driver';
import { launchFirefox } from './firefox';

export * from './driver';

const ALL: BrowserName[] = ['chromium', 'firefox'];

export const BROWSERS: BrowserName[] = process.env.POST_GUARD_BROWSERS
  ? ALL.filter((name) => process.env.POST_GUARD_BROWSERS!.split(',').includes(name))
  : ALL;

export function launchBrowser(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
