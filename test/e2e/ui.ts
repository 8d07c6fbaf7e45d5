/**
 * Reaches the extension's UI the way assistive technology does. Everything we draw lives in a *closed* shadow
 * root that neither the page nor Playwright's selectors can enter; the browser's accessibility tree (over the
 * DevTools protocol) shows it as a screen reader would, with each node's box for real mouse clicks.
 */
import type { CDPSession, Page } from 'playwright-core';
import { waitForNode } from './browsers/driver';

interface AxValue {
  value?: unknown;
}
interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: AxValue;
  name?: AxValue;
  backendDOMNodeId?: number;
  properties?: Array<{ name: string; value: AxValue }>;
}

export interface Found {
  role: string;
  name: string;
  focused: boolean;
  backendNodeId: number;
}

export class Ui {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<Ui> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return new Ui(page, cdp);
  }

  /** Every named node of the accessibility tree. */
  async nodes(): Promise<Found[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes
      .filter((n) => !n.ignored && n.backendDOMNodeId !== undefined)
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        focused: n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
        backendNodeId: n.backendDOMNodeId!,
      }));
  }

  async find(role: string, name: string | RegExp): Promise<Found | undefined> {
    const matches = (n: Found) =>
      n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name));
    return (await this.nodes()).find(matches);
  }

  /** Waits until a node appears (or, with `gone`, disappears). */
  async waitFor(
    role: string,
    name: string | RegExp,
    options: { gone?: boolean; timeout?: number } = {},
  ): Promise<Found | undefined> {
    return waitForNode(this, role, name, options, 50);
  }

  /** Clicks the centre of a node with the real mouse. */
  async click(role: string, name: string | RegExp): Promise<void> {
    const node = await this.waitFor(role, name);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node!.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    await this.page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  }

  /** The node with keyboard focus. */
  async focused(): Promise<Found | undefined> {
    return (await this.nodes()).filter((n) => n.focused).at(-1);
  }

  /** The text of every named node, for assertions on what a screen reader would hear. */
  async spoken(): Promise<string> {
    return (await this.nodes()).map((n) => n.name).join('\n');
  }
}
