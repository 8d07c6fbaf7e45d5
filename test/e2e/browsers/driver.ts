/**
 * One way for the browser tests to drive Chromium (Playwright) and Firefox ESR (puppeteer-core over WebDriver
 * BiDi), so the compose, pause, fix and popup stories are written once and run in both. Only what those stories
 * need: pages at the sites' real addresses, keys, clicks, the page's own script, and our closed-shadow UI as
 * assistive technology sees it (the browser's accessibility tree).
 */
import type { Pupil } from '../../../src/roster/pupil';
import type { Lang } from '../../fixtures/shared/l10n';
import type { SurfaceInfo } from '../../fixtures/shared/sites';

export type BrowserName = 'chromium' | 'firefox';

/** A node of the accessibility tree, with its box in page coordinates. */
export interface AxNode {
  role: string;
  name: string;
  focused: boolean;
}

/** Our UI as a screen reader meets it (roles as ARIA names them: button, dialog, alertdialog, status, textbox). */
export interface Ui {
  nodes(): Promise<AxNode[]>;
  find(role: string, name: string | RegExp): Promise<AxNode | undefined>;
  /** Waits until a node appears (or, with `gone`, disappears). */
  waitFor(
    role: string,
    name: string | RegExp,
    options?: { gone?: boolean; timeout?: number },
  ): Promise<AxNode | undefined>;
  /** Clicks the centre of a node with the real mouse. */
  click(role: string, name: string | RegExp): Promise<void>;
  /** Every name in the tree, one a line: what a screen reader could read. */
  spoken(): Promise<string>;
  /** The node that has keyboard focus. */
  focused(): Promise<AxNode | undefined>;
}

/** A node as both accessibility readers report it. */
type Named = { role: string; name: string };

/**
 * Polls `ui` every `every` ms until the node appears (or, with `gone`, disappears); after the timeout (15 s by
 * default: CI machines are small and busy) the error lists the last 40 named nodes the tree held.
 */
export async function waitForNode<N extends Named>(
  ui: { find(role: string, name: string | RegExp): Promise<N | undefined>; nodes(): Promise<Named[]> },
  role: string,
  name: string | RegExp,
  options: { gone?: boolean; timeout?: number },
  every: number,
): Promise<N | undefined> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  for (;;) {
    const found = await ui.find(role, name);
    if (options.gone ? !found : found) return found;
    if (Date.now() > deadline) {
      const seen = (await ui.nodes()).filter((n) => n.name).map((n) => `${n.role} "${n.name}"`);
      throw new Error(
        `${options.gone ? 'still there' : 'not found'}: ${role} ${name}\nseen: ${seen.slice(-40).join('\n')}`,
      );
    }
    await new Promise((done) => setTimeout(done, every));
  }
}

/** Keys as Playwright names them; both drivers take these. */
export type Key =
  | 'Enter'
  | 'Escape'
  | 'Tab'
  | 'Shift+Tab'
  | 'Space'
  | 'Shift+Enter'
  | 'ControlOrMeta+Enter'
  | 'ControlOrMeta+Shift+Enter'
  | 'ArrowLeft'
  | 'Alt+Shift+KeyP';

export interface TestPage {
  readonly browser: BrowserName;
  readonly ui: Ui;
  url(): string;
  /** Clicks the first visible element matching `selector` (open shadow roots included). */
  click(selector: string): Promise<void>;
  /** Moves keyboard focus to an element, as Tab would. */
  focus(selector: string): Promise<void>;
  isVisible(selector: string): Promise<boolean>;
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Chooses a file in the file input matching `selector`, as the browser's file picker would (input, change). */
  chooseFile(selector: string, path: string): Promise<void>;
  /** Runs a function in the page (its main world). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a function on the first element matching `selector`. */
  evaluateOn<R, A = undefined>(selector: string, fn: (element: Element, arg: A) => R, arg?: A): Promise<R>;
  /**
   * The words our boxes mark as breaches in the editor `selector`: read from inside our closed shadow root through
   * the content script's world (Chromium), or off the screen where the driver cannot enter it (Firefox).
   */
  readonly marked: (selector: string) => Promise<string[]>;
  wait(ms: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** Opens an address on one of the sites and waits for the fixture's editors. */
  open(url: string): Promise<TestPage>;
  /** Opens a page of the extension (`src/popup/index.html?tab=3`). */
  extensionPage(path: string): Promise<TestPage>;
  /** Runs a function where the extension's APIs are (`chrome.*` / `browser.*`). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  seedRoster(pupils: Pupil[]): Promise<void>;
  /** The id the browser gives the tab showing `page`. */
  tabIdOf(page: TestPage): Promise<number>;
  /** Requests that were not fixture files (should stay empty), and page errors. */
  readonly requests: string[];
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Surfaces stand in closed dialogs until their opener is clicked; then the editor is clicked, as a user would. */
export async function focusSurface(page: TestPage, info: SurfaceInfo): Promise<void> {
  await page.bringToFront();
  if (info.opener && !(await page.isVisible(info.editor))) await page.click(info.opener);
  await page.click(info.editor);
}

/** Submits a surface the way its site does (button click or key press); `how` defaults to its main way. */
export async function submitSurface(page: TestPage, info: SurfaceInfo, how = info.submit): Promise<void> {
  if ('click' in how) await page.click(how.click);
  else await page.press(how.press);
}

/** The address of a surface's page in a language; see sites.ts. */
export type { Lang };
