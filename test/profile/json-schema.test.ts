import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/rule-ids';
import { managedSchema, profileJsonSchema } from '../../src/profile/json-schema';

/** The keywords Chrome's policy schema understands (components/policy/core/common/schema.cc). */
const CHROME_KEYWORDS = new Set([
  'type',
  'properties',
  'items',
  'enum',
  'description',
  'title',
  'additionalProperties',
  'pattern',
  'minimum',
  'maximum',
  'patternProperties',
  '$ref',
  'id',
  'required',
  'sensitiveValue',
]);

function keywords(node: unknown, out = new Set<string>(), underProperties = false): Set<string> {
  if (Array.isArray(node)) for (const n of node) keywords(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!underProperties) out.add(key);
      keywords(value, out, key === 'properties' && !underProperties);
    }
  }
  return out;
}

describe('JSON Schema of the profile', () => {
  it('describes the whole profile for editors and tools', () => {
    const schema = profileJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'school',
        'contacts',
        'disclaimers',
        'rules',
        'workingHours',
        'report',
        'policyUrl',
      ]),
    );
  });

  it('gives managed storage only what Chrome accepts, naming every rule', () => {
    const schema = managedSchema() as {
      type: string;
      properties: { rules: { properties: Record<string, { enum: string[] }> } };
    };
    expect(schema.type).toBe('object');
    for (const key of keywords(schema)) expect(CHROME_KEYWORDS, key).toContain(key);
    expect(Object.keys(schema.properties.rules.properties)).toEqual([...RULE_IDS]);
    expect(schema.properties.rules.properties['pupil-name']!.enum).toEqual([
      'off',
      'advice',
      'warning',
      'breach',
      'block',
    ]);
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
    // Patterns must compile in RE2 (Chrome refuses the whole extension otherwise): no \p{…}, no \uXXXX.
    const patterns = JSON.stringify(schema).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(pattern).not.toMatch(/\\\\[pu]/);
  });
});
