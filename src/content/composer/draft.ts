/** A draft as the checks and approvals see it: where, as whom, the text and the pictures. */
import type { Site, Surface } from '../../core/types';
import type { AccountMode } from '../../protocol';

/** An attached picture as the checks know it: the facts the rules decide on, and its fingerprint. */
export interface DraftPicture {
  name: string;
  /** SHA-256 of the file (base64url): an approval covers exactly these pictures. */
  digest: string;
  /** People (faces) found in it. */
  people: number;
  /** It shows the school's logo, or it could not be read. */
  logo?: 'found' | 'unreadable';
}

export interface Draft {
  site: Site;
  surface: Surface;
  mode: AccountMode;
  actingAs: string;
  text: string;
  pictures: DraftPicture[];
}

/** What an approval covers: the site, the exact text and the exact pictures. */
export function draftKey(draft: Draft): string {
  return JSON.stringify([draft.site, draft.text, draft.pictures.map((p) => p.digest)]);
}
