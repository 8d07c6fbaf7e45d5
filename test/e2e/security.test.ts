/**
 * Hostile input at every door, in the real browser:
 * - the service worker is fed malformed, oversized and wrong-sender messages, from inside our own content script's
 *   world (reached over the DevTools protocol) and from an extension page: each is refused, none crashes the
 *   worker, none changes stored data;
 * - a page script on a fixture site tries to read our UI, the roster and the findings (DOM walks, shadow roots,
 *   CSS.highlights, events, postMessage, style sheets), and puts a name in the box itself: it learns no pupil
 *   name that the user did not type, nor which of the names in the box are pupils'.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURFACES } from '../fixtures/shared/sites';
import { inContentScript } from './content-world';
import { focusSurface, type Harness, launch } from './harness';
import { seedRoster } from './seed';

/** The little of the extension API the service-worker side of these tests uses. */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const ROSTER = [
  { forename: 'Oliver', surname: 'Smith' },
  { forename: 'Isla', surname: 'Brown' },
  { forename: 'Zainab', surname: 'Okafor' },
  { forename: 'Tomasz', surname: 'Wiśniewski' },
];
const TYPED = 'Well done Oliver Smith at Cansfield today';

describe('security', () => {
  let harness: Harness;
  let page: Page;

  /** What is stored: the profile key and the roster, as the worker sees them. */
  const stored = () =>
    harness.serviceWorker.evaluate(async () => {
      const local = await chrome.storage.local.get(null);
      const roster = await new Promise<unknown>((resolve) => {
        const open = indexedDB.open('post-guard');
        open.onsuccess = () => {
          // Close at once: an open connection would block the extension's own upgrade of the database.
          const db = open.result;
          const done = (value: unknown) => {
            db.close();
            resolve(value);
          };
          if (!db.objectStoreNames.contains('roster')) return done(null);
          const get = db.transaction('roster').objectStore('roster').get('current');
          get.onsuccess = () =>
            done((get.result as { pupils: unknown[] } | undefined)?.pupils.length ?? null);
          get.onerror = () => done('error');
        };
        open.onerror = () => resolve('error');
      });
      return JSON.stringify({ local, roster });
    });

  beforeAll(async () => {
    harness = await launch();
    await seedRoster(harness, ROSTER);
    page = await harness.open('facebook');
    // The worker's own writes after a start are not the messages' doing.
    await harness.started();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses malformed, oversized and wrong-sender messages from a content script, and keeps working', async () => {
    const before = await stored();
    const replies = (await inContentScript(
      page,
      `(async () => {
        const deep = {}; let at = deep; for (let i = 0; i < 5000; i++) { at.next = {}; at = at.next; }
        const attempts = [
          'not an object', 42, null, [], { kind: 'nope' }, { kind: 'check' },
          { kind: 'check', site: 'facebook', surface: 'post', account: 'personal', text: 'x'.repeat(300000) },
          { kind: 'check', site: 'myspace', surface: 'post', account: 'personal', text: 'hi' },
          { kind: 'check', site: 'facebook', surface: 'post', account: 'personal', text: 'hi', extra: true },
          { kind: 'badge/set', breaches: -1, total: 0 },
          { kind: 'badge/set', breaches: 1e12, total: 0 },
          { kind: 'ui/profile/save', profile: { school: { name: 'Evil Academy' } } },
          { kind: 'ui/profile/reset' },
          { kind: 'ui/roster/clear' },
          { kind: 'ui/roster/save', pupils: [{ forename: 'Evil', surname: 'Pupil' }], fileName: 'x.csv' },
          { kind: 'ui/reporter/save', name: 'Mallory' },
          { kind: 'ui/state' },
          { kind: 'check', __proto__: { polluted: true } },
          { kind: 'approval/verify', site: 'x', accountName: '@a', text: 'hi', pictures: [], code: 'x'.repeat(5000) },
          { kind: 'approval/verify', site: 'x', accountName: '@a', text: 'hi', pictures: [{ name: 'a' }], code: 'PG1-' },
          { kind: 'approval/request', site: 'x', accountName: '@a', text: 'hi', pictures: 'none', findings: [] },
          { kind: 'approval/request', site: 'x', accountName: '@a', text: 'hi', pictures: [], findings: Array(1000).fill({}) },
          { kind: 'image/check', name: 'a.png', width: 2, height: 2, luma: 'AAAAAA==', rgb: 'A'.repeat(5000000) },
          { kind: 'ui/approval/pending', token: 'anything' },
          deep,
        ];
        const out = [];
        for (const message of attempts) {
          try { out.push(await chrome.runtime.sendMessage(message) ?? null); }
          catch (error) { out.push('error: ' + error.message); }
        }
        const alive = await chrome.runtime.sendMessage({ kind: 'check', site: 'facebook', surface: 'post', account: 'personal', text: 'Oliver Smith' });
        return { out, alive };
      })()`,
    )) as { out: unknown[]; alive: { findings: Array<{ rule: string }> } };
    // Nothing answered (no handler acted); a message that cannot even be sent fails on our side, which is fine.
    for (const reply of replies.out) expect(reply === null || String(reply).startsWith('error:')).toBe(true);
    expect(replies.alive.findings.map((f) => f.rule)).toContain('pupil-name');
    expect(await stored()).toBe(before);
  });

  it('refuses malformed requests from our own pages, leaving the profile and roster as they were', async () => {
    const before = await stored();
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
    const replies = (await options.evaluate(`(async () => {
      const attempts = [
        { kind: 'ui/roster/save', pupils: [], fileName: 'empty.csv' },
        { kind: 'ui/roster/save', pupils: Array.from({ length: 60000 }, () => ({ forename: 'A', surname: 'B' })), fileName: 'huge.csv' },
        { kind: 'ui/roster/save', pupils: [{ forename: 'x'.repeat(500), surname: 'B' }], fileName: 'long.csv' },
        { kind: 'ui/report', tabId: -1, note: '' },
        { kind: 'ui/reporter/save', name: 'x'.repeat(10000) },
        { kind: 'ui/profile/save', profile: JSON.parse('{"school": {"name": "Oak"}, "__proto__": {"polluted": true}}') },
        { kind: 'ui/profile/save', profile: { school: { name: 'x'.repeat(5000) } } },
      ];
      const out = [];
      for (const message of attempts) {
        try { out.push(await chrome.runtime.sendMessage(message) ?? null); }
        catch (error) { out.push('error: ' + error.message); }
      }
      return out;
    })()`)) as unknown[];
    // The first five are not valid messages at all; the last two are valid messages with invalid profiles.
    for (const reply of replies.slice(0, 5))
      expect(reply === null || String(reply).startsWith('error:')).toBe(true);
    for (const reply of replies.slice(5)) expect(reply).toMatchObject({ ok: false });
    expect(await stored()).toBe(before);
    expect(await options.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    await options.close();
  });

  it('lets a page script learn no pupil name that was not typed', async () => {
    const spy = await harness.open('facebook');
    // The page's own script, as a hostile site could run it: it records everything it can reach.
    await spy.evaluate(`(() => {
      window.__seen = [];
      const note = (what) => { if (typeof what === 'string' && what) window.__seen.push(what); };
      for (const type of ['click', 'keydown', 'input', 'focusin', 'focusout', 'mouseover', 'message', 'paste', 'beforeinput', 'selectionchange']) {
        addEventListener(type, (event) => {
          note(type);
          try { note(JSON.stringify(event.detail ?? null)); note(String(event.data ?? '')); } catch {}
          for (const node of event.composedPath()) note(node.textContent ?? '');
        }, true);
      }
      window.__walk = () => {
        const visit = (root) => {
          for (const element of root.querySelectorAll('*')) {
            note(element.textContent ?? '');
            for (const attribute of element.attributes) note(attribute.value);
            if (element.shadowRoot) visit(element.shadowRoot);
          }
        };
        visit(document);
        for (const [name, highlight] of CSS.highlights) { note(name); for (const range of highlight) note(range.toString()); }
        for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) {
          try { for (const rule of sheet.cssRules) note(rule.cssText); } catch {}
        }
        note(JSON.stringify(Object.keys(window)));
        return window.__seen;
      };
    })()`);
    const info = SURFACES.find((s) => s.site === 'facebook' && s.name === 'post')!;
    await focusSurface(spy, info);
    await spy.keyboard.type(TYPED);
    await spy.waitForTimeout(600);
    // The page puts a name in the box itself, as a script probing the roster would: what we mark must not say.
    await spy.evaluate(`document.execCommand('insertText', false, ' with Isla Brown')`);
    await spy.waitForTimeout(600);
    await spy.keyboard.press('Alt+Shift+KeyP'); // open the card too: its contents must stay out of reach
    await spy.waitForTimeout(300);
    const seen = ((await spy.evaluate('window.__walk()')) as string[]).join('\n');
    // Nothing of ours in the page's highlight registry or style sheets (the marks are boxes in our shadow root).
    expect(await spy.evaluate('CSS.highlights.size')).toBe(0);
    expect(seen).not.toContain('post-guard');
    expect(seen).toContain('Oliver Smith'); // what the user typed is the page's own text
    for (const pupil of ROSTER.slice(2)) {
      expect(seen).not.toContain(pupil.forename);
      expect(seen).not.toContain(pupil.surname);
    }
    // Nor what Post Guard thinks of the text: the card's words never reach the page.
    expect(seen).not.toContain('names a pupil');
    expect(seen).not.toContain('§11');
  });

  it('makes no network request', () => {
    expect(harness.requests).toEqual([]);
  });
});
