/** Reads `--jsonl` input: one post a line, `{"id", "text", "site"?, "surface"?}`. */
import { SITES, type Site, SURFACES, type Surface } from '../core/types';
import { InputError } from './args';

export interface Post {
  id: unknown;
  text: string;
  site?: Site;
  surface?: Surface;
}

/** Every post of the input, in order; blank lines are skipped. The first bad line stops it all. */
export function parsePosts(source: string, file: string): Post[] {
  const posts: Post[] = [];
  const lines = source.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const post = parsePost(line);
    if (typeof post === 'string') throw new InputError(`${file} line ${index + 1}: ${post}`);
    posts.push(post);
  }
  return posts;
}

/** One post, or what is wrong with the line. */
function parsePost(line: string): Post | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'expected an object like {"id": 1, "text": "…"}';
  }
  const { id, text, site, surface } = value as Record<string, unknown>;
  if (!('id' in value)) return 'missing "id"';
  if (typeof text !== 'string') return '"text" must be a string';
  if (site !== undefined && !(SITES as readonly unknown[]).includes(site)) {
    return `"site" must be one of ${SITES.join(', ')}`;
  }
  if (surface !== undefined && !(SURFACES as readonly unknown[]).includes(surface)) {
    return `"surface" must be one of ${SURFACES.join(', ')}`;
  }
  return { id, text, site: site as Site | undefined, surface: surface as Surface | undefined };
}
