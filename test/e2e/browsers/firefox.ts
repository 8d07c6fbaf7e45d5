/**
 * The test driver for Debian's Firefox ESR: puppeteer-core over WebDriver BiDi, the built add-on from
 * dist-firefox/ installed as a temporary add-on with a fixed internal UUID, fixtures served at the sites' real
 * addresses by request interception (nothing leaves the machine).
 *
 * Our UI lives in a closed shadow root that neither the page nor BiDi's locators can enter; screen readers can.
 * So, as the Chromium driver reads the accessibility tree over CDP, this one reads Firefox's own accessibility
 * tree from the browser's chrome scope (`--remote-allow-system-access`): roles, names, focus and each node's box,
 * for real mouse clicks.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type HTTPRequest,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import type { Pupil } from '../../../src/roster/pupil';
import { CONTENT_TYPES, fixturePath } from '../harness';
import { writeRoster } from '../seed';
import { type AxNode, type Key, type TestBrowser, type TestPage, type Ui, waitForNode } from './driver';
import { markedOnScreen, wordBoxes } from './marks-on-screen';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = resolve(ROOT, 'dist-firefox');
export const FIREFOX = process.env.POST_GUARD_FIREFOX ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'post-guard@schools.example';
/** The add-on's internal UUID, fixed so its pages have a known address. */
const UUID = '5f3b1c2a-8d4e-4b6f-9a1c-7e2d0f4b8a61';
const ORIGIN = `moz-extension://${UUID}`;
/** An extension page kept open to run code with the extension's APIs (the background page cannot be reached). */
const CONSOLE = `${ORIGIN}/src/policy/index.html`;
const TIMEOUT = 15_000;

declare const browser: {
  tabs: { query(filter: object): Promise<Array<{ id?: number }>> };
};

/** Walks Firefox's accessibility tree of the selected tab, in the chrome scope. Returns JSON. */
const AX_SCRIPT = `(() => {
  const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const top = service.getAccessibleFor(gBrowser.selectedBrowser);
  const ROLES = { pushbutton: 'button', entry: 'textbox', 'text leaf': 'StaticText', document: 'RootWebArea' };
  const FOCUSED = Ci.nsIAccessibleStates.STATE_FOCUSED;
  const nodes = [];
  let origin = null;
  const walk = (node, depth) => {
    if (!node || depth > 200) return;
    const gecko = service.getStringRole(node.role);
    let aria = '';
    try { aria = node.attributes.getStringProperty('xml-roles').split(' ')[0]; } catch {}
    const x = {}, y = {}, w = {}, h = {};
    try { node.getBounds(x, y, w, h); } catch {}
    if (gecko === 'document' && !origin) origin = [x.value, y.value];
    const state = {}, extra = {};
    node.getState(state, extra);
    nodes.push({
      role: aria || ROLES[gecko] || gecko,
      name: node.name || '',
      focused: (state.value & FOCUSED) !== 0,
      box: [x.value, y.value, w.value, h.value],
    });
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, depth + 1);
  };
  walk(top, 0);
  return JSON.stringify({ nodes, origin: origin || [0, 0] });
})()`;

interface Boxed extends AxNode {
  box: [number, number, number, number];
}

/** Evaluates in the browser's chrome window (needs `--remote-allow-system-access`). */
async function chromeEvaluate(browser: Browser, expression: string): Promise<string> {
  // The BiDi connection puppeteer keeps (not in its public types).
  const connection = (
    browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }
  ).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: Array<{ context: string }> };
  };
  const context = tree.result.contexts[0]!.context;
  const reply = (await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
  if (reply.result.type === 'exception')
    throw new Error(`chrome scope: ${reply.result.exceptionDetails?.text}`);
  return String(reply.result.result?.value ?? '');
}

class FirefoxUi implements Ui {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  private async tree(): Promise<{ nodes: Boxed[]; origin: [number, number] }> {
    await this.page.bringToFront();
    return JSON.parse(await chromeEvaluate(this.browser, AX_SCRIPT));
  }

  async nodes(): Promise<AxNode[]> {
    return (await this.tree()).nodes.map(({ role, name, focused }) => ({ role, name, focused }));
  }

  async find(role: string, name: string | RegExp): Promise<AxNode | undefined> {
    return (await this.nodes()).find((n) => matches(n, role, name));
  }

  waitFor(role: string, name: string | RegExp, options: { gone?: boolean; timeout?: number } = {}) {
    return waitForNode(this, role, name, options, 80);
  }

  async click(role: string, name: string | RegExp): Promise<void> {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const { nodes, origin } = await this.tree();
      const node = nodes.find((n) => matches(n, role, name) && n.box[2] > 0);
      if (node) {
        const [x, y, w, h] = node.box;
        await this.page.mouse.click(x - origin[0] + w / 2, y - origin[1] + h / 2);
        return;
      }
      if (Date.now() > deadline) throw new Error(`not found: ${role} ${name}`);
      await new Promise((done) => setTimeout(done, 80));
    }
  }

  async spoken(): Promise<string> {
    return (await this.nodes()).map((n) => n.name).join('\n');
  }

  async focused(): Promise<AxNode | undefined> {
    return (await this.nodes()).filter((n) => n.focused).at(-1);
  }
}

function matches(node: AxNode, role: string, name: string | RegExp): boolean {
  return node.role === role && (typeof name === 'string' ? node.name === name : name.test(node.name));
}

/** Playwright's key names, as puppeteer presses them. */
async function pressKey(page: Page, key: Key): Promise<void> {
  const parts = key.split('+').map((part) => (part === 'ControlOrMeta' ? 'Control' : part)) as KeyInput[];
  // puppeteer's BiDi keyboard knows the space bar by its key, not its code.
  const last = parts.pop()!;
  const main = (last === ('Space' as KeyInput) ? ' ' : last) as KeyInput;
  for (const modifier of parts) await page.keyboard.down(modifier);
  await page.keyboard.press(main);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
}

class FirefoxPage implements TestPage {
  readonly browser = 'firefox';
  readonly ui: Ui;

  constructor(
    browser: Browser,
    private readonly page: Page,
  ) {
    this.ui = new FirefoxUi(browser, page);
  }

  url(): string {
    return this.page.url();
  }
  private element(selector: string) {
    return this.page.waitForSelector(`pierce/${selector}`, { visible: true, timeout: TIMEOUT });
  }
  async click(selector: string): Promise<void> {
    await (await this.element(selector))!.click();
  }
  async focus(selector: string): Promise<void> {
    await (await this.element(selector))!.focus();
  }
  async isVisible(selector: string): Promise<boolean> {
    const element = await this.page.$(`pierce/${selector}`);
    return element ? element.isVisible() : false;
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  press(key: Key): Promise<void> {
    return pressKey(this.page, key);
  }
  async chooseFile(selector: string, path: string): Promise<void> {
    // BiDi's input.setFiles: Firefox sets the files and fires input and change, as its file picker does.
    const input = await this.page.waitForSelector(`pierce/${selector}`, { timeout: TIMEOUT });
    await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  async evaluateOn<R, A = undefined>(
    selector: string,
    fn: (element: Element, arg: A) => R,
    arg?: A,
  ): Promise<R> {
    const element = await this.page.waitForSelector(`pierce/${selector}`, { timeout: TIMEOUT });
    return element!.evaluate(fn as (element: Element, arg: unknown) => R, arg) as Promise<R>;
  }
  readonly marked = async (selector: string): Promise<string[]> => {
    const words = await this.evaluateOn(selector, wordBoxes);
    const width = await this.page.evaluate(() => window.innerWidth);
    return markedOnScreen(await this.page.screenshot(), width, words);
  };
  wait(ms: number): Promise<void> {
    return new Promise((done) => setTimeout(done, ms));
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** Opens an extension page: `goto` never settles for moz-extension pages, so start it and wait for the page. */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const ready = await page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`extension page did not open: ${url}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function launchFirefox(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'post-guard-firefox-'));
  const instance = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    dumpio: Boolean(process.env.DEBUG_FIREFOX),
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // The add-on's errors on Firefox's own output, for debugging.
      'devtools.console.stdout.content': Boolean(process.env.DEBUG_FIREFOX),
      'devtools.console.stdout.chrome': Boolean(process.env.DEBUG_FIREFOX),
    },
  });
  await instance.installExtension(DIST);
  const requests: string[] = [];
  const pageErrors: string[] = [];

  const serve = (request: HTTPRequest) => {
    const address = request.url();
    if (!/^https?:/.test(address)) return void request.continue();
    const file = fixturePath(new URL(address), request.isNavigationRequest());
    if (!file) {
      requests.push(address);
      return void request.abort('blockedbyclient');
    }
    const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return void request.respond({ status: 200, contentType, body: readFileSync(file) });
  };
  const newPage = async () => {
    const page = await instance.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${(error as Error).message}`));
    await page.setRequestInterception(true);
    page.on('request', serve);
    return page;
  };
  const extension = await openExtensionPage(instance, CONSOLE);
  const inExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
    extension.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;

  return {
    name: 'firefox',
    requests,
    pageErrors,
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__fixture?.ready.then(() => true), { timeout: TIMEOUT });
      return new FirefoxPage(instance, page);
    },
    async extensionPage(path) {
      return new FirefoxPage(instance, await openExtensionPage(instance, `${ORIGIN}/${path}`));
    },
    inExtension,
    seedRoster: (pupils: Pupil[]) => inExtension(writeRoster, pupils),
    async tabIdOf(page) {
      await page.bringToFront();
      const ids = await inExtension(async () =>
        (await browser.tabs.query({ active: true, currentWindow: true })).map((tab) => tab.id),
      );
      if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one active tab, got ${ids}`);
      return ids[0];
    },
    async close() {
      await instance.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
