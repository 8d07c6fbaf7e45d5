/**
 * Joining a school pack: the welcome page and the options page send the file's text; the service worker checks
 * it (format, signature, contents), says how it relates to the pack this browser has, and, when asked to join,
 * saves the profile, the hashed roster and the logos, and remembers the signer. Nothing is written until every
 * check has passed, so a refused pack leaves the set-up as it was; the staff member's own settings (their name
 * for reports, the face check) are other keys and are never touched.
 */
import browser from 'webextension-polyfill';
import { keyFingerprint } from '../pack/keys';
import { describePackProblem, type OpenedPack, openPack } from '../pack/pack';
import {
  LogoPrintSchema,
  type PackRelation,
  type PackReply,
  type PackSummary,
  type UiToBackground,
} from '../protocol';
import { clearRoster, type LogoRecord, loadRoster, replacePackLogos, saveRoster } from '../storage/db';
import { type JoinedPack, joinedPack, saveJoinedPack } from '../storage/pack-store';
import { effectiveProfile, PROFILE_KEYS, saveProfile } from '../storage/profile-store';
import { settingsChanged } from './checker';
import { logosChanged } from './images';

type OpenRequest = Extract<UiToBackground, { kind: 'ui/pack/open' }>;

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

/** The pack's logos that this Post Guard can match (a print of an unknown version is left out). */
function usableLogos(opened: OpenedPack, now: string): LogoRecord[] {
  return opened.logos.flatMap((logo) => {
    const print = LogoPrintSchema.safeParse(logo.print);
    return print.success
      ? [
          {
            name: logo.name,
            addedAt: now,
            thumbnail: logo.thumbnail ?? '',
            print: print.data,
            fromPack: true,
          },
        ]
      : [];
  });
}

export async function openSchoolPack(request: OpenRequest): Promise<PackReply> {
  const opened = await openPack(request.text);
  if (!opened.ok) {
    const { problem } = opened;
    return {
      ok: false,
      code: problem.code,
      message: describePackProblem(problem).slice(0, 2_000),
      ...(problem.code === 'newer-format' ? { version: problem.version } : {}),
    };
  }
  const { pack, profile } = opened.value;
  const [current, currentSummary, effective, roster] = await Promise.all([
    joinedPack(),
    joinedSummary(),
    effectiveProfile(),
    loadRoster().catch(() => undefined),
  ]);
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
  if (relation === 'other-signer' && !request.trustNewSigner) {
    return {
      ok: false,
      code: 'needs-trust',
      message:
        'The pack is signed by another key than the pack this browser joined with: confirm to trust it.',
    };
  }
  const now = new Date().toISOString();
  // Should a write fail half-way (a full disk), the roster and profile from before are put back.
  const before = await browser.storage.local.get([...PROFILE_KEYS]);
  try {
    await saveRoster({
      index: opened.value.roster,
      importedAt: now,
      fileName: `${pack.school} (school pack)`,
    });
    await saveProfile(profile);
    await replacePackLogos(usableLogos(opened.value, now));
    await saveJoinedPack({
      school: pack.school,
      created: pack.created,
      pupils: pack.pupils,
      signer: pack.signer,
      joinedAt: now,
    });
  } catch (error) {
    await (roster ? saveRoster(roster) : clearRoster()).catch(() => undefined);
    await browser.storage.local.remove([...PROFILE_KEYS]).catch(() => undefined);
    await browser.storage.local.set(before).catch(() => undefined);
    return { ok: false, code: 'failed', message: String(error).slice(0, 500) };
  } finally {
    settingsChanged();
    logosChanged();
  }
  return { ...reply, joined: true };
}
