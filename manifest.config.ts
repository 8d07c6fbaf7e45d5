/**
 * The extension's manifest, for Chrome and Edge and (with `--mode firefox`) Firefox.
 * Every permission is explained in the README's permission table; keep the two in step.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { SITE_MATCHES } from './src/content/sites/hosts';

/** The four sites' hosts, written once in src/content/sites/hosts.ts; nothing else gets the content script. */
export { SITE_MATCHES };

export default defineManifest(({ mode }) => {
  const firefox = mode === 'firefox';
  // Test builds only (test/e2e/global-setup.ts): a fixed public key gives the unpacked extension a known id.
  const testKey = process.env.POST_GUARD_TEST_KEY;
  return {
    ...(testKey && !firefox ? { key: testKey } : {}),
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Post Guard',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en_GB',
    icons: {
      16: 'icons/icon-16.png',
      32: 'icons/icon-32.png',
      48: 'icons/icon-48.png',
      128: 'icons/icon-128.png',
    },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background: firefox
      ? { scripts: ['src/background/index.ts'], type: 'module' }
      : { service_worker: 'src/background/index.ts', type: 'module' },
    content_scripts: [{ matches: SITE_MATCHES, js: ['src/content/index.ts'], run_at: 'document_idle' }],
    // offscreen: Chrome's service worker cannot start the face detection worker (src/faces); Firefox has no such
    // permission and starts it from its background page.
    permissions: ['storage', 'contextMenus', 'activeTab', ...(firefox ? [] : ['offscreen'])],
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'post-guard@schools.example',
              // The oldest Firefox the browser suite runs in (Debian's ESR); package.test.ts holds the two together.
              strict_min_version: '153.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '120' }),
  };
});
