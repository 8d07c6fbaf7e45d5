/** The vocabulary every part of Post Guard shares: sites, surfaces, severities and findings. */

export const SITES = ['facebook', 'x', 'instagram', 'linkedin', 'other'] as const;
export type Site = (typeof SITES)[number];

export const SURFACES = ['post', 'comment', 'message', 'recommendation', 'profile', 'signup'] as const;
export type Surface = (typeof SURFACES)[number];

/** Ordered from mildest to strongest: the order matters for `worst` and for weakening. */
export const SEVERITIES = ['advice', 'warning', 'breach', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a school may set a rule to in its profile. */
export const RULE_SETTINGS = ['off', ...SEVERITIES] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Who the composer posts as: the member of staff, or one of the school's own accounts (§11 protocol). */
export type Account = 'personal' | 'school';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A fix as staff see it: its label in words, and the edits. */
export interface Fix {
  label: string;
  edits: Edit[];
}

export interface Finding {
  /** Stable rule id, as in MISSION.md and the profile's `rules`. */
  rule: string;
  /** The clause of the policy the finding rests on, e.g. `§11` or `§6(h)`. */
  clause: string;
  severity: Severity;
  /** UTF-16 offsets into the checked text; `start === end` marks a finding about the whole post. */
  start: number;
  end: number;
  /** The rule's message id (as ESLint's `messageId`) and its data; `message` is its text in the reader's language. */
  messageId: string;
  data: Record<string, string>;
  message: string;
  /** What to do instead, in plain words. */
  guidance: string;
  fixes: Fix[];
  /** A finding about an attached picture (`start === end === 0`): its index in the context's `pictures`. */
  picture?: number;
}

/**
 * What the engine knows of an attached picture: its name, how many people it shows (faces found), and whether it
 * shows one of the school's logos (`found`) or could not be read at all (`unreadable`, so nothing is known of it).
 */
export interface PictureFacts {
  name: string;
  people: number;
  logo?: 'found' | 'unreadable';
}
