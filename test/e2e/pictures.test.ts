/**
 * The school's logo in attached pictures (§11), on every site's fixture: the school uploads its logo in the
 * options page; staff attach a photo with the crest through the site's file input, paste it or drop it into the
 * compose box; the finding shows by the composer with its preview, the popup-facing summary lists it, and posting
 * pauses. Other crests pass; a picture that cannot be read gets a quiet note and never blocks posting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusSurface, type Harness, launch, submitSurface, surface } from './harness';
import { Ui } from './ui';

const PICTURES = join(import.meta.dirname, '../fixtures/pictures');
const picture = (name: string, mimeType: string) => ({
  name,
  mimeType,
  buffer: readFileSync(join(PICTURES, name)),
});
const PHOTO = picture('board-with-crest.jpg', 'image/jpeg');
const OTHER = picture('other-crest.png', 'image/png');
const BROKEN = picture('broken.jpg', 'image/jpeg');

declare const chrome: {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(
      tab: number,
      message: object,
    ): Promise<{ composers: Array<{ findings: Array<{ excerpt: string }> }> }>;
  };
};

/** Delivers files the way a user's paste or drop does: an event carrying them, on the compose box. */
async function deliver(
  page: Page,
  selector: string,
  type: 'paste' | 'drop',
  file: ReturnType<typeof picture>,
) {
  await page.locator(selector).evaluate(
    (editor, { kind, name, mime, data }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: mime }));
      const event =
        kind === 'paste'
          ? new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
          : new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      editor.dispatchEvent(event);
    },
    { kind: type, name: file.name, mime: file.mimeType, data: file.buffer.toString('base64') },
  );
}

describe('pictures with the school logo', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
    await options.locator('#logo-file').setInputFiles(picture('school-logo.png', 'image/png'));
    await options.locator('#logo-list li img').waitFor({ timeout: 15_000 });
    await options.close();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("flags the crest attached through Facebook's file input and pauses the post", async () => {
    const page = await harness.open('facebook');
    const ui = await Ui.of(page);
    const info = surface('facebook', 'post');
    await focusSurface(page, info);
    await page.locator('[role=dialog] input[type=file]').setInputFiles(PHOTO);
    await ui.waitFor('button', /^Post Guard, Facebook post: 1 findings, the worst a Breach/);
    await page.keyboard.type('Our new display board');
    await page.keyboard.press('Alt+Shift+KeyP');
    await ui.waitFor('dialog', 'Post Guard finding');
    expect(await ui.spoken()).toContain('The picture "board-with-crest.jpg" shows the school\'s logo.');
    await page.keyboard.press('Escape');
    await submitSurface(page, info);
    await ui.waitFor('alertdialog', 'Before you post');
    await page.screenshot({
      path: join(import.meta.dirname, '../../test-results/screenshots/facebook-picture-pause.png'),
    });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__fixture.posts)).toHaveLength(0);
    // The summary the popup shows lists the picture by name.
    const summaries = await harness.serviceWorker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const replies = await Promise.all(
        tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { kind: 'findings/get' }).catch(() => null)),
      );
      return replies.flatMap(
        (reply) => reply?.composers.flatMap((c) => c.findings.map((f) => f.excerpt)) ?? [],
      );
    });
    expect(summaries).toContain('Picture: board-with-crest.jpg');
  });

  it("flags the crest attached through X's file input", async () => {
    const page = await harness.open('x');
    const ui = await Ui.of(page);
    await focusSurface(page, surface('x', 'post'));
    await page.locator('[data-testid=primaryColumn] input[data-testid=fileInput]').setInputFiles(PHOTO);
    await ui.waitFor('button', /^Post Guard, X post: 1 findings, the worst a Breach/);
  });

  it("flags the crest in Instagram's create dialog", async () => {
    const page = await harness.open('instagram');
    const ui = await Ui.of(page);
    await focusSurface(page, surface('instagram', 'caption'));
    await page.locator('[role=dialog] input[type=file]').setInputFiles(PHOTO);
    await ui.waitFor('button', /^Post Guard, Instagram caption: 1 findings, the worst a Breach/);
  });

  it("flags the crest pasted into LinkedIn's share box and dropped on a Facebook comment", async () => {
    const linkedin = await harness.open('linkedin');
    const info = surface('linkedin', 'post');
    await focusSurface(linkedin, info);
    await deliver(linkedin, info.editor, 'paste', PHOTO);
    await (await Ui.of(linkedin)).waitFor(
      'button',
      /^Post Guard, LinkedIn post: 1 findings, the worst a Breach/,
    );

    const facebook = await harness.open('facebook');
    const comment = surface('facebook', 'comment');
    await focusSurface(facebook, comment);
    await deliver(facebook, comment.editor, 'drop', PHOTO);
    await (await Ui.of(facebook)).waitFor(
      'button',
      /^Post Guard, Facebook comment: 1 findings, the worst a Breach/,
    );
  });

  it("leaves another school's crest alone, and only notes a picture it cannot read", async () => {
    const page = await harness.open('x');
    const ui = await Ui.of(page);
    const info = surface('x', 'post');
    await focusSurface(page, info);
    await deliver(page, info.editor, 'paste', OTHER);
    await page.waitForTimeout(1_500);
    expect((await ui.nodes()).some((n) => n.name.startsWith('Post Guard, X post:'))).toBe(false);

    await page.locator('[data-testid=primaryColumn] input[data-testid=fileInput]').setInputFiles(BROKEN);
    await ui.waitFor('button', /^Post Guard, X post: 1 findings, the worst a Advice/);
    await page.keyboard.type('A clean post');
    await submitSurface(page, info);
    await expect.poll(() => page.evaluate(() => window.__fixture.posts.length)).toBe(1);
  });

  it('hears a file input in a shadow root whose box the site had focused before we loaded', async () => {
    const page = await harness.open('linkedin');
    // Before the content script runs (document_idle): a box and a file input in a shadow root, the box focused
    // by the page. No focus or click of the member's ever shows us that root, and `change` does not leave it.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const host = document.createElement('div');
        document.body.prepend(host);
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.innerHTML =
          '<form><div id="autofocused" contenteditable="true" role="textbox" aria-label="What do you want to talk about?" ' +
          'style="width:400px;height:60px"></div><input id="shadow-file" type="file" accept="image/*"></form>';
        (shadow.getElementById('autofocused') as HTMLElement).focus();
      });
    });
    await page.reload();
    await page.waitForFunction(() => window.__fixture?.ready.then(() => true));
    const ui = await Ui.of(page);
    await page.locator('#shadow-file').setInputFiles(PHOTO);
    await ui.waitFor('button', /^Post Guard, .*1 findings, the worst a Breach/);
    await page.close();
  });

  it('makes no network request', () => {
    expect(harness.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
