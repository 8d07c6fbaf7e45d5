/** The test driver for Debian's Chromium: Playwright, the built extension from dist/ (see ../harness.ts). */
import type { Page } from 'playwright-core';
import type { Pupil } from '../../../src/roster/pupil';
import { markedWords } from '../content-world';
import { launch } from '../harness';
import { seedRoster } from '../seed';
import { Ui as CdpUi } from '../ui';
import type { Key, TestBrowser, TestPage, Ui } from './driver';

declare const chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } };

class ChromiumPage implements TestPage {
  readonly browser = 'chromium';
  private constructor(
    readonly page: Page,
    readonly ui: Ui,
  ) {}

  static async of(page: Page): Promise<ChromiumPage> {
    return new ChromiumPage(page, await CdpUi.of(page));
  }

  url(): string {
    return this.page.url();
  }
  private first(selector: string) {
    return this.page.locator(selector).filter({ visible: true }).first();
  }
  async click(selector: string): Promise<void> {
    await this.first(selector).click();
  }
  async focus(selector: string): Promise<void> {
    await this.first(selector).focus();
  }
  isVisible(selector: string): Promise<boolean> {
    return this.page.locator(selector).first().isVisible();
  }
  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }
  press(key: Key): Promise<void> {
    return this.page.keyboard.press(key);
  }
  chooseFile(selector: string, path: string): Promise<void> {
    return this.page.locator(selector).first().setInputFiles(path);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Playwright's overloads cannot see through the generic function type.
    return (this.page.evaluate as (f: unknown, a: unknown) => Promise<R>).call(this.page, fn, arg);
  }
  evaluateOn<R, A = undefined>(selector: string, fn: (element: Element, arg: A) => R, arg?: A): Promise<R> {
    const locator = this.page.locator(selector).first();
    return (locator.evaluate as (f: unknown, a: unknown) => Promise<R>).call(locator, fn, arg);
  }
  readonly marked = (selector: string): Promise<string[]> => markedWords(this.page, selector);
  wait(ms: number): Promise<void> {
    return this.page.waitForTimeout(ms);
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

export async function launchChromium(): Promise<TestBrowser> {
  const harness = await launch();
  return {
    name: 'chromium',
    requests: harness.requests,
    pageErrors: harness.pageErrors,
    async open(url) {
      const page = await harness.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__fixture?.ready.then(() => true));
      return ChromiumPage.of(page);
    },
    async extensionPage(path) {
      const page = await harness.context.newPage();
      await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
      return ChromiumPage.of(page);
    },
    inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) {
      const worker = harness.serviceWorker;
      return (worker.evaluate as (f: unknown, a: unknown) => Promise<R>).call(worker, fn, arg);
    },
    seedRoster: (pupils: Pupil[]) => seedRoster(harness, pupils),
    async tabIdOf(page) {
      // Without the "tabs" permission the worker cannot read tabs' addresses: the front tab is the one.
      await page.bringToFront();
      const ids = await harness.serviceWorker.evaluate(async () =>
        (await chrome.tabs.query({ active: true })).map((tab) => tab.id),
      );
      if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one active tab, got ${ids}`);
      return ids[0];
    },
    close: () => harness.close(),
  };
}
