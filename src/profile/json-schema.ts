/**
 * The profile as JSON Schema, for enterprise deployment (Google Admin console, Intune, Group Policy) through
 * the manifest's `storage.managed_schema`. Chrome's policy schema understands only a subset of JSON Schema
 * (type, properties, items, enum, pattern, description, title, additionalProperties, minimum, maximum, $ref/id),
 * so everything else zod emits is dropped here.
 */
import * as z from 'zod/mini';
import { RULE_IDS } from '../core/rule-ids';
import { MANAGED_PACK_KEY } from './constants';
import { ProfileSchema } from './schema';

const KEPT = new Set([
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
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function simplify(node: Json): Json {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== 'object') return node;
  // Unions (the report channel) become an object that admits any of the variants' properties.
  const variants = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (Array.isArray(variants)) {
    const objects = variants.filter(
      (v): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
    if (objects.every((v) => v.type === 'object')) {
      const properties: { [key: string]: Json } = {};
      for (const v of objects) Object.assign(properties, v.properties as object);
      return simplify({ type: 'object', description: node.description ?? null, properties } as Json);
    }
    const first = objects.find((v) => v.type === 'string') ?? objects[0];
    return simplify({
      ...(first ?? {}),
      description: node.description ?? first?.description ?? null,
    } as Json);
  }
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (!KEPT.has(key) || value === null) continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== '$schema')
          .map(([k, v]) => [k, simplify(v)]),
      );
    } else if (key === 'additionalProperties') {
      // Chrome wants a schema here, never `false`; unknown keys are refused when the profile is validated anyway.
      if (typeof value === 'object') out.additionalProperties = simplify(value);
    } else if (key === 'pattern' && typeof value === 'string' && /\\[pu]/.test(value)) {
      // Chrome checks patterns with RE2, which knows neither \p{…} classes nor \uXXXX escapes, and refuses to load
      // an extension whose schema it cannot compile: leave such fields unconstrained there (the extension
      // validates every profile itself anyway).
    } else out[key] = simplify(value);
  }
  return out;
}

/** The full JSON Schema of a profile file, as zod describes it (for editors and validation tools). */
export function profileJsonSchema(): Json {
  return z.toJSONSchema(ProfileSchema, { io: 'input', unrepresentable: 'any' }) as Json;
}

/** The subset Chrome's managed storage accepts: one object, `type` and `properties` throughout. */
export function managedSchema(): Json {
  const schema = simplify(profileJsonSchema()) as { properties: { [key: string]: { [key: string]: Json } } };
  // Name every rule, so admin consoles list them instead of offering a free-form map.
  const setting = schema.properties.rules?.additionalProperties ?? { type: 'string' };
  schema.properties.rules = {
    type: 'object',
    description: schema.properties.rules?.description ?? null,
    properties: Object.fromEntries(RULE_IDS.map((id) => [id, setting])),
  };
  // A school pack instead of (or as well as) the fields above: the pack wins while it opens and verifies.
  schema.properties[MANAGED_PACK_KEY] = {
    type: 'string',
    description:
      "A school pack (the text of the .postguard file): the profile, the roster as keyed hashes, the school's policy and logos, signed by the school. Takes precedence over the profile fields.",
  };
  return schema as unknown as Json;
}
