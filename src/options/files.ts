/**
 * The files the options page reads and writes, as pure functions: the profile export, a profile file being
 * imported (every problem as a line naming the file, line and field), and a roster CSV read for its preview.
 */
import { describeProblems, MAX_PROFILE_BYTES, parseProfileJson } from '../profile/parse';
import type { Profile } from '../profile/schema';
import { parseRosterCsv, type RejectedRow } from '../roster/csv';
import type { ConsentSite, Pupil } from '../roster/pupil';

export const EXPORT_FILE_NAME = 'post-guard-profile.json';
export const SCHEMA_FILE_NAME = 'post-guard-managed-schema.json';

/** The pupils one save may carry (the `ui/roster/save` message's limit). */
export const MAX_PUPILS = 50_000;
/** Bytes of a roster file we read at all (the CSV reader refuses past 20 million characters). */
export const MAX_ROSTER_BYTES = 40_000_000;

/**
 * The profile as a file for other browsers or for deployment tools. No `$schema`: a profile must not point
 * anywhere outside the school, and the schema ships with the extension (Deployment help).
 */
export function exportProfileText(profile: Profile): string {
  const { $schema: _, ...rest } = profile;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

export type ProfileFile = { ok: true; profile: Profile } | { ok: false; lines: string[] };

/** Reads an imported profile file; a bad one yields every problem, one line each, with file name and line. */
export function readProfileFile(text: string, fileName: string): ProfileFile {
  const parsed = parseProfileJson(text);
  if (parsed.ok) return { ok: true, profile: parsed.value };
  return { ok: false, lines: describeProblems(parsed.problems, fileName).split('\n') };
}

/** A profile file too large to be one is refused before it is read. */
export function profileFileTooLarge(bytes: number): boolean {
  return bytes > MAX_PROFILE_BYTES * 4;
}

export const ROSTER_FIELDS = ['forename', 'surname', 'preferred', 'fullName'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export interface RosterPreview {
  /** Set when nothing can be saved: the reader's error, or a file whose every row was rejected. */
  error?: 'file' | 'no-pupils' | 'too-many';
  /** The reader's own message for `error: 'file'`. */
  detail?: string;
  pupils: Pupil[];
  /** Which header each field was read from, in a fixed order ("Forename ← Legal Forename"). */
  columns: Array<{ field: RosterField; header: string }>;
  rejected: RejectedRow[];
  /** The consent register's columns, and how many pupils have consent on each site (absent: no register). */
  consent?: { headers: string[]; counts: Record<ConsentSite, number> };
}

function consentCounts(pupils: readonly Pupil[]): Record<ConsentSite, number> {
  const counts = { facebook: 0, x: 0, instagram: 0, linkedin: 0 };
  for (const pupil of pupils) for (const site of pupil.consent ?? []) counts[site]++;
  return counts;
}

/** What the roster preview shows: counts, columns and rejected lines; never the names themselves. */
export function previewRoster(text: string): RosterPreview {
  const result = parseRosterCsv(text);
  const columns = ROSTER_FIELDS.flatMap((field) => {
    const header = result.columns[field];
    return header === undefined ? [] : [{ field, header }];
  });
  const preview: RosterPreview = { pupils: result.pupils, columns, rejected: result.rejected };
  if (result.consent.length > 0) {
    preview.consent = {
      headers: result.consent.map((c) => c.header),
      counts: consentCounts(result.pupils),
    };
  }
  if (result.error) return { ...preview, error: 'file', detail: result.error };
  if (result.pupils.length === 0) return { ...preview, error: 'no-pupils' };
  if (result.pupils.length > MAX_PUPILS) return { ...preview, error: 'too-many' };
  return preview;
}
