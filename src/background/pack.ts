/**
 * Joining a school pack: the welcome page and the options page send the file's text; the service worker checks
 * it (format, signature, contents), says how it relates to the pack this browser has, and, when asked to join,
 * saves the profile, the hashed roster and the logos, and remembers the signer. Nothing is written until every
 * check has passed, a write that fails puts back what was there, and joins run one at a time; the staff
 * member's own settings (their name for reports, the face check) are other keys and are never touched.
 *
 * Trust is on first use: the first pack's key is the school's from then on. A pack signed by another key, or
 * older than the one this browser has (it could bring back a withdrawn consent or approver), needs the member
 * of staff's explicit confirmation; a pack dated in the future (which would make every real pack look older)
 * and a pack where the school deploys one by policy are refused.
 */
import browser from 'webextension-polyfill';
import type { LogoPrint } from '../images';
import { keyFingerprint } from '../pack/keys';
import { describePackProblem, type OpenedPack, openPack } from '../pack/pack';
import {
  LogoPrintSchema,
  type PackRelation,
  type PackReply,
  type PackSummary,
  type UiToBackground,
} from '../protocol';
import {
  clearRoster,
  type LogoRecord,
  listLogos,
  loadRoster,
  replacePackLogos,
  saveRoster,
} from '../storage/db';
import { type JoinedPack, joinedPack, saveJoinedPack } from '../storage/pack-store';
import { effectiveProfile, PROFILE_KEYS, saveProfile } from '../storage/profile-store';
import { settingsChanged } from './checker';
import { logosChanged } from './images';

type OpenRequest = Extract<UiToBackground, { kind: 'ui/pack/open' }>;
type Refusal = Extract<PackReply, { ok: false }>;

/** Relations that join only when the member of staff confirms. */
const NEEDS_CONFIRMATION: readonly PackRelation[] = ['other-signer', 'older'];
/** How far ahead of this device's clock a pack's date may be (time zones, a clock a little fast). */
const CLOCK_SLACK_MS = 36 * 3_600_000;

/** What the pages show of a pack this browser joined, or that policy deploys. */
export async function joinedSummary(): Promise<PackSummary | null> {
  const { managedPack } = await effectiveProfile();
  if (managedPack) {
    const { school, created, pupils, signer } = managedPack;
    return { school, created, pupils, fingerprint: await keyFingerprint(signer), managed: true };
  }
  const joined = await joinedPack();
  if (!joined) return null;
  const { school, created, pupils, signer, joinedAt } = joined;
  return { school, created, pupils, fingerprint: await keyFingerprint(signer), managed: false, joinedAt };
}

function relationTo(opened: OpenedPack, current: JoinedPack | undefined): PackRelation {
  if (!current) return 'new';
  if (current.signer !== opened.pack.signer) return 'other-signer';
  if (opened.pack.created > current.created) return 'newer';
  return opened.pack.created === current.created ? 'same' : 'older';
}

/**
 * The pack's logos this Post Guard can match: a print of the current format, or one of another format with a
 * preview to make it again from (as for logos saved by an earlier version, background/images.ts).
 */
function usableLogos(opened: OpenedPack, now: string): LogoRecord[] {
  return opened.logos.flatMap((logo) => {
    const print = LogoPrintSchema.safeParse(logo.print);
    if (!print.success && !logo.thumbnail) return [];
    const kept = print.success ? print.data : (logo.print as LogoPrint);
    return [{ name: logo.name, addedAt: now, thumbnail: logo.thumbnail ?? '', print: kept, fromPack: true }];
  });
}

const refuse = (code: string, message: string): Refusal => ({ ok: false, code, message });

let queue: Promise<unknown> = Promise.resolve();

/** One open or join at a time: two pages joining at once must not interleave their writes. */
export function openSchoolPack(request: OpenRequest): Promise<PackReply> {
  const next = queue.then(() => open(request));
  queue = next.catch(() => undefined);
  return next;
}

async function open(request: OpenRequest): Promise<PackReply> {
  const opened = await openPack(request.text);
  if (!opened.ok) {
    const { problem } = opened;
    return {
      ...refuse(problem.code, describePackProblem(problem).slice(0, 2_000)),
      ...(problem.code === 'newer-format' ? { version: problem.version } : {}),
    };
  }
  const { pack, profile } = opened.value;
  if (Date.parse(pack.created) > Date.now() + CLOCK_SLACK_MS) {
    return refuse('from-the-future', `the pack is dated ${pack.created}, later than this device's clock`);
  }
  const [current, currentSummary, effective] = await Promise.all([
    joinedPack(),
    joinedSummary(),
    effectiveProfile(),
  ]);
  if (effective.managedPack) {
    return refuse(
      'managed',
      'the school deploys its pack to this browser by policy; another cannot be joined',
    );
  }
  // Read, not guessed: a roster that could not be read must not be "put back" as no roster at all.
  let roster: Awaited<ReturnType<typeof loadRoster>>;
  try {
    roster = await loadRoster();
  } catch (error) {
    return refuse('failed', `cannot read this browser's roster: ${error}`.slice(0, 500));
  }
  const relation = relationTo(opened.value, current);
  const summary: PackSummary = {
    school: pack.school,
    created: pack.created,
    pupils: pack.pupils,
    fingerprint: await keyFingerprint(pack.signer),
    managed: false,
    logos: usableLogos(opened.value, '').length,
    ...(profile.policy?.title ? { policyTitle: profile.policy.title } : {}),
  };
  const reply = {
    ok: true as const,
    pack: summary,
    relation,
    current: currentSummary,
    replacesLocal: !current && (effective.source === 'local' || roster?.pupils !== undefined),
    joined: false,
  };
  if (!request.join) return reply;
  if (NEEDS_CONFIRMATION.includes(relation) && !request.confirm) {
    return refuse('needs-confirmation', `the pack is ${relation}: the member of staff must confirm`);
  }
  const failure = await save(opened.value, roster);
  return failure ?? { ...reply, joined: true };
}

/** Writes the pack's set-up; on a failed write, puts back what was there. */
async function save(
  opened: OpenedPack,
  roster: Awaited<ReturnType<typeof loadRoster>>,
): Promise<Refusal | undefined> {
  const { pack, profile } = opened;
  const now = new Date().toISOString();
  const [profileBefore, logosBefore] = await Promise.all([
    browser.storage.local.get([...PROFILE_KEYS]),
    listLogos().then((logos) => logos.filter((logo) => logo.fromPack)),
  ]);
  try {
    await saveRoster({ index: opened.roster, importedAt: now, fileName: `${pack.school} (school pack)` });
    await saveProfile(profile);
    await replacePackLogos(usableLogos(opened, now));
    const { school, created, pupils, signer } = pack;
    await saveJoinedPack({ school, created, pupils, signer, joinedAt: now });
    return undefined;
  } catch (error) {
    const restored = await Promise.all([
      roster ? saveRoster(roster) : clearRoster(),
      browser.storage.local.remove([...PROFILE_KEYS]).then(() => browser.storage.local.set(profileBefore)),
      replacePackLogos(logosBefore),
    ]).then(
      () => true,
      () => false,
    );
    return refuse(restored ? 'failed' : 'failed-partly', String(error).slice(0, 500));
  } finally {
    settingsChanged();
    logosChanged();
  }
}
