import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, EXTENSION_KEY, extensionIdOf } from '../e2e/extension-key';

describe('the test build key', () => {
  it('gives the extension id the browser tests expect', () => {
    expect(extensionIdOf(EXTENSION_KEY)).toBe(EXTENSION_ID);
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it('maps the digest the way Chromium does: hex digits 0-f become the letters a-p', () => {
    // SHA-256 of no bytes starts e3b0c44298fc1c149afbf4c8996fb924.
    expect(extensionIdOf('')).toBe('odlameecjipmbmbejkplpemijjgpljce');
  });
});
