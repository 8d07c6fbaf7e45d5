/** Every string the options page shows comes from _locales: each key it uses exists, with its placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/options/fields';
import { ROSTER_FIELDS } from '../../src/options/files';
import { REPORT_FIELDS } from '../../src/profile/constants';

const ROOT = join(import.meta.dirname, '../..');
const messages = JSON.parse(
  readFileSync(join(ROOT, 'assets/extension/_locales/en_GB/messages.json'), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const sources = readdirSync(join(ROOT, 'src/options'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(ROOT, 'src/options', file), 'utf8'))
  .join('\n');

/** Keys named in full in the source, and those put together from a prefix and a list. */
const used = new Set([
  ...[...sources.matchAll(/'(options_[A-Za-z_]+[A-Za-z])'/g)].map((m) => m[1]!),
  ...CHANNELS.flatMap((c) => [`options_channel_${c}`, `options_channel_${c}_hint`]),
  ...REPORT_FIELDS.map((f) => `options_placeholder_${f}`),
  ...ROSTER_FIELDS.map((f) => `options_roster_field_${f}`),
  ...['advice', 'warning', 'breach', 'block'].map((s) => `severity_${s}`),
]);

describe('options page strings', () => {
  it('exist in en_GB for every key the page uses', () => {
    const missing = [...used].filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('declare every $PLACEHOLDER$ they use', () => {
    for (const [key, entry] of Object.entries(messages)) {
      if (!key.startsWith('options_')) continue;
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
        expect(entry.placeholders, key).toHaveProperty(name!.toLowerCase());
      }
    }
  });

  it('are all used', () => {
    const unused = Object.keys(messages).filter((key) => key.startsWith('options_') && !used.has(key));
    expect(unused).toEqual([]);
  });
});
