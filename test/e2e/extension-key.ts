/**
 * A fixed public key for the test build, so the unpacked extension has the same id on every machine: tests
 * that need the id in advance (enterprise policy is keyed by it) can rely on it. The shipped manifest has no
 * key: global-setup.ts puts this one in the environment variable that manifest.config.ts reads, for test builds
 * only. No private key exists; nothing is ever signed with it.
 *
 * Made with: openssl genrsa 2048 | openssl rsa -pubout -outform DER | base64 -w0
 */
import { createHash } from 'node:crypto';

/** The environment variable manifest.config.ts reads to add `key` to the manifest. */
export const EXTENSION_KEY_ENV = 'POST_GUARD_TEST_KEY';

/** Base64 of the DER-encoded RSA public key (SubjectPublicKeyInfo), as the manifest's `key` takes it. */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAiMPux9N6Z23qtlw2vsCuZEKR8mJxMH6/itu6laUu+TsEYD241WBACzEybjkdosIv6xB4+hVoA0YVt6VYIIEfaerH1S0u5/L9zHTBKtx+4YepgOdrZtk9YuLBSv+YVQ+qkI+v1laU9/q6579vUdkMmNz+frwGSrWHKeX7i2MKCtstDQYkdNfzzyVF0ZxTd6HH3uHEiQEngHDP4ykw0wm+M9+6ZC6OEhsk+VEcAJofv0uFkGBltMaXx7di15YVUAOQQcX2DVkoltw/IFxwIKXdmqGoBV64qQ0yo/OdHuqsdR0Hywx+v5Eiqxe0CSTfHw6rkArVadVl3UC79bCotGdoXQIDAQAB';

/** The id Chromium derives from a key: the first 32 hex digits of SHA-256 of the DER bytes, 0-9a-f as a-p. */
export function extensionIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The test build's extension id (test/options/extension-key.test.ts checks it against the key). */
export const EXTENSION_ID = 'kkgoheaigaingclbonkcnfocfenknckl';
