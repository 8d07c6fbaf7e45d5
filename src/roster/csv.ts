/**
 * Reads the pupil roster from the CSV that school MIS systems export (SIMS, Arbor, Bromcom, ScholarPack…):
 * headers in any order and any of their usual spellings, a byte-order mark, quoted fields, CRLF.
 * Bad rows are reported by line and skipped; the caller saves nothing when no row is good.
 */
import Papa from 'papaparse';
import { type ConsentColumn, findConsentColumns, readConsent } from './consent';
import type { Pupil } from './pupil';

/** Header spellings per field, compared after lower-casing and dropping everything but letters. */
const HEADERS = {
  forename: [
    'legalforename',
    'forename',
    'firstname',
    'legalfirstname',
    'givenname',
    'givennames',
    'forenames',
  ],
  surname: ['legalsurname', 'surname', 'lastname', 'legallastname', 'familyname'],
  preferred: [
    'preferredforename',
    'preferredname',
    'knownas',
    'preferredfirstname',
    'chosenname',
    'chosenforename',
    'nickname',
  ],
  fullName: ['name', 'fullname', 'pupilname', 'studentname', 'pupil', 'student'],
} as const;

type Field = keyof typeof HEADERS;

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface RosterImport {
  pupils: Pupil[];
  /** The line each pupil was read from, in the same order. */
  lines: number[];
  rejected: RejectedRow[];
  /** The header each field was read from, for the preview ("Forename ← Legal Forename"). */
  columns: Partial<Record<Field, string>>;
  /** The consent register's columns, when the export has one (see consent.ts). */
  consent: ConsentColumn[];
  /** Set when nothing can be imported at all (no name columns, an empty file). */
  error?: string;
}

/** Rosters hold a few thousand rows; a file far beyond that is not a roster. */
export const MAX_ROSTER_CHARS = 20_000_000;
const MAX_NAME = 100;
const NAME_CHARS = /^[\p{L}\p{M}][\p{L}\p{M}'’ .-]*$/u;

function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z]/g, '');
}

function findColumns(header: string[]): Partial<Record<Field, number>> {
  const normalised = header.map(normaliseHeader);
  const columns: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADERS) as Field[]) {
    // Earlier spellings win: "Legal Forename" beats "Forename" when an export has both.
    for (const spelling of HEADERS[field]) {
      const index = normalised.indexOf(spelling);
      if (index >= 0) {
        columns[field] = index;
        break;
      }
    }
  }
  return columns;
}

/** Why a name cell cannot be a name, or undefined when it is fine. */
function nameProblem(value: string): string | undefined {
  if (value.length > MAX_NAME) return `longer than ${MAX_NAME} characters`;
  // Spreadsheet formulae ("=HYPERLINK(…)") would run when someone opens an export of this data.
  if (/^[=+\-@\t\r]/.test(value)) return 'looks like a spreadsheet formula';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return 'contains control characters';
  if (/\d/.test(value)) return 'contains digits';
  if (!NAME_CHARS.test(value)) return 'contains characters that are not part of a name';
  return undefined;
}

/** Splits a single "Name" cell: "Smith, Oliver" is surname first; "Oliver Smith" forename first. */
function splitFullName(value: string): { forename: string; surname: string } | undefined {
  const comma = value.indexOf(',');
  if (comma >= 0) return { surname: value.slice(0, comma).trim(), forename: value.slice(comma + 1).trim() };
  const space = value.indexOf(' ');
  if (space < 0) return undefined;
  return { forename: value.slice(0, space).trim(), surname: value.slice(space + 1).trim() };
}

export function parseRosterCsv(text: string): RosterImport {
  const empty = (error: string): RosterImport => ({
    pupils: [],
    lines: [],
    rejected: [],
    columns: {},
    consent: [],
    error,
  });
  if (text.length > MAX_ROSTER_CHARS)
    return empty(`the file is too large to be a roster (over ${MAX_ROSTER_CHARS} characters)`);
  const rows: Array<{ cells: string[]; line: number; malformed?: string }> = [];
  let line = 1;
  let consumed = 0;
  const source = text.replace(/^\uFEFF/, '');
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      const malformed = result.errors[0]?.message;
      rows.push(malformed ? { cells: result.data, line, malformed } : { cells: result.data, line });
      const cursor = result.meta.cursor;
      for (let i = consumed; i < cursor; i++) if (source.charCodeAt(i) === 10) line++;
      consumed = cursor;
    },
  });
  const headerRow = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerRow < 0) return empty('the file is empty');
  const header = rows[headerRow]!.cells;
  const index = findColumns(header);
  const columns: RosterImport['columns'] = {};
  for (const [field, i] of Object.entries(index)) columns[field as Field] = header[i]!.trim();
  const consentColumns = findConsentColumns(header);
  const byParts = index.forename !== undefined && index.surname !== undefined;
  if (!byParts && index.fullName === undefined) {
    return empty(
      `line ${rows[headerRow]!.line}: no name columns; expected a forename column (Forename, First name, Legal Forename) ` +
        'and a surname column (Surname, Last name, Legal Surname), or a single Name column',
    );
  }
  const pupils: Pupil[] = [];
  const lines: number[] = [];
  const rejected: RejectedRow[] = [];
  for (const { cells, line: at, malformed } of rows.slice(headerRow + 1)) {
    if (cells.every((c) => c.trim() === '')) continue;
    if (malformed) {
      rejected.push({ line: at, reason: `not valid CSV (${malformed.toLowerCase()})` });
      continue;
    }
    const cell = (i: number | undefined) =>
      i === undefined ? '' : (cells[i] ?? '').trim().replace(/\s+/g, ' ');
    let forename = cell(index.forename);
    let surname = cell(index.surname);
    if (!byParts) {
      const split = splitFullName(cell(index.fullName));
      if (!split) {
        rejected.push({
          line: at,
          reason: `${columns.fullName}: expected "Surname, Forename" or "Forename Surname"`,
        });
        continue;
      }
      ({ forename, surname } = split);
    }
    const preferred = cell(index.preferred);
    const problems: string[] = [];
    for (const [label, value, required] of [
      [columns.forename ?? 'Forename', forename, true],
      [columns.surname ?? 'Surname', surname, true],
      [columns.preferred ?? 'Preferred name', preferred, false],
    ] as const) {
      if (!value) {
        if (required) problems.push(`${label}: missing`);
        continue;
      }
      const problem = nameProblem(value);
      if (problem) problems.push(`${label}: ${problem}`);
    }
    const consent = consentColumns.length > 0 ? readConsent(consentColumns, cell) : undefined;
    if (consent && 'problems' in consent) problems.push(...consent.problems);
    if (problems.length > 0) {
      rejected.push({ line: at, reason: problems.join('; ') });
      continue;
    }
    const pupil: Pupil =
      preferred && preferred !== forename ? { forename, surname, preferred } : { forename, surname };
    if (consent && 'consent' in consent) pupil.consent = consent.consent;
    pupils.push(pupil);
    lines.push(at);
  }
  if (pupils.length === 0 && rejected.length === 0) return empty('the file has a header but no pupils');
  return { pupils, lines, rejected, columns, consent: consentColumns };
}
