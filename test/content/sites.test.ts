/**
 * The site adapters are data; this holds the data to its promises, as Dark Reader tests its site lists: the
 * hosts are written once and the manifest is made from them, each adapter owns its hosts and no other's, every
 * label staff see is a `_locales` key, every rule says how it recognises a box, routes find the pages they are
 * meant for, the sites' own words are only hints (lower case, English), account detection is data, and nothing
 * reads the fixtures' markers. (That every selector parses is checked in both browsers: test/e2e/sites.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../manifest.config';
import { ADAPTERS } from '../../src/content/sites';
import { SITE_HOSTS } from '../../src/content/sites/hosts';
import type { SurfaceRule } from '../../src/content/sites/types';

const ROOT = resolve(import.meta.dirname, '../..');
const MESSAGES = JSON.parse(
  readFileSync(join(ROOT, 'assets/extension/_locales/en_GB/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

const rules = ADAPTERS.flatMap((adapter) => adapter.surfaces.map((rule) => [adapter.site, rule] as const));

/** The first rule of a site whose host and route fit a URL (the structural part a URL can decide). */
function routed(url: string): SurfaceRule | undefined {
  const { host, pathname, search } = new URL(url);
  const adapter = ADAPTERS.find((a) => a.hosts.includes(host));
  return adapter?.surfaces.find(
    (rule) =>
      !rule.editor &&
      (rule.hosts || rule.route) &&
      (!rule.hosts || rule.hosts.includes(host)) &&
      (!rule.route || rule.route.test(pathname + search)),
  );
}

describe('site adapters', () => {
  it('take their hosts from the one list the manifest is made from', () => {
    expect(SITE_MATCHES).toEqual(
      Object.values(SITE_HOSTS).flatMap((hosts) => hosts.map((h) => `https://${h}/*`)),
    );
    for (const adapter of ADAPTERS) expect(adapter.hosts).toBe(SITE_HOSTS[adapter.site]);
    const all = ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(all).size).toBe(all.length);
    for (const [site, rule] of rules) {
      for (const host of rule.hosts ?? []) expect(SITE_HOSTS[site], `${site} ${rule.label}`).toContain(host);
    }
  });

  it('match only the four sites, over HTTPS, with no wildcard host', () => {
    for (const match of SITE_MATCHES) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\.(com)\/\*$/);
  });

  it.each(rules.map(([site, rule]) => [`${site} ${rule.label}`, rule] as const))(
    '%s: its label is a _locales key, and it says how it recognises a box',
    (_, rule) => {
      expect(MESSAGES[rule.label]?.message, rule.label).toBeTruthy();
      expect(Boolean(rule.hosts || rule.route || rule.editor || rule.words)).toBe(true);
      for (const pattern of [rule.route, rule.words]) if (pattern) expect(pattern.flags).not.toMatch(/[gy]/);
      for (const word of rule.submit?.words ?? []) expect(word).toBe(word.toLowerCase());
      const selectors = [rule.editor, rule.submit?.selector, ...(rule.scope ?? [])].filter(Boolean).join(' ');
      expect(selectors).not.toMatch(/data-fixture|data-l10n/);
    },
  );

  it('find the pages they are meant for by route', () => {
    expect(routed('https://x.com/compose/post?in_reply_to=1790000000000000001')).toBeUndefined(); // needs its editor
    expect(routed('https://x.com/i/chat/100-200')?.label).toBe('surface_x_message');
    expect(routed('https://www.facebook.com/messages/t/100/')?.label).toBe('surface_facebook_message');
    expect(routed('https://www.messenger.com/t/100/')?.label).toBe('surface_facebook_message');
    expect(routed('https://business.facebook.com/latest/composer/?asset_id=1')?.label).toBe(
      'surface_facebook_post',
    );
    expect(routed('https://www.instagram.com/direct/t/340/')?.label).toBe('surface_instagram_message');
    expect(routed('https://www.linkedin.com/sharing/compose/')?.label).toBe('surface_linkedin_post');
    expect(routed('https://www.linkedin.com/in/sam/details/recommendations/edit/write/')?.label).toBe(
      'surface_linkedin_recommendation',
    );
    const reply = ADAPTERS.find((a) => a.site === 'x')!.surfaces.find((r) => r.label === 'surface_x_reply')!;
    for (const path of [
      '/compose/post?in_reply_to=1790000000000000001',
      '/compose/post?url=https%3A%2F%2Fx.com%2Fa%2Fstatus%2F1',
      '/compose/post?hl=pl&in_reply_to=1',
      '/OakfieldPrimary/status/1790000000000000001',
    ])
      expect(reply.route!.test(path), path).toBe(true);
    for (const path of ['/home', '/compose/post', '/i/chat'])
      expect(reply.route!.test(path), path).toBe(false);
  });

  it('say where each site shows the acting account, as data', () => {
    for (const adapter of ADAPTERS) expect(adapter.account.length).toBeGreaterThan(0);
    const acting = readFileSync(join(ROOT, 'src/content/acting.ts'), 'utf8');
    expect(acting).not.toMatch(/site\s*===|'(facebook|x|instagram|linkedin)'/);
  });
});
