/**
 * What ships: the built manifests ask for no more than they need, expose nothing to sites, run no remote or
 * evaluated code, and the content script stays small. Reads dist/ (built by the e2e global setup) and
 * dist-firefox/ (built by `npm run build`, which `npm test` runs first).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../manifest.config';
import { FIREFOX } from './browsers/firefox';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe.each(['dist', 'dist-firefox'])('%s', (folder) => {
  const dir = join(ROOT, folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks only for the permissions the README explains', () => {
    // offscreen: Chrome's service worker cannot start the face detector's worker (Firefox has no such permission).
    expect(manifest.permissions).toEqual(
      folder === 'dist'
        ? ['storage', 'contextMenus', 'activeTab', 'offscreen']
        : ['storage', 'contextMenus', 'activeTab'],
    );
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('injects its content script on the four sites only, and exposes no file to any site', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(SITE_MATCHES);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a strict content security policy and runs no remote or evaluated code', () => {
    expect(manifest.content_security_policy.extension_pages).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w.$])Function\s*\(/);
      expect(code, file).not.toMatch(
        /<script[^>]+src=["']https?:|importScripts\(\s*["']https?:|import\(\s*["']https?:/,
      );
    }
  });

  it('keeps the content script one small, self-contained file', () => {
    const script = join(dir, manifest.content_scripts[0].js[0]);
    expect(statSync(script).size).toBeLessThan(80 * 1024);
    // No loader: no import of another chunk at run time.
    expect(readFileSync(script, 'utf8')).not.toMatch(/\bimport\s*\(|^import /m);
  });
});

describe('Firefox manifest', () => {
  const path = join(ROOT, 'dist-firefox/manifest.json');
  it('declares its id, minimum version and that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: 'post-guard@schools.example',
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
  });

  it('asks for no older Firefox than the one the browser suite runs in', () => {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const tested = /Firefox (\d+)\./.exec(execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }))?.[1];
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe(`${tested}.0`);
  });
});
