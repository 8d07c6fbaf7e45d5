/**
 * Checks drafts for the content scripts. The engine runs here, in the extension's own process, so the pupil
 * roster never enters a web page's process at all; the content script sends the draft's text and gets findings
 * back. Profile and roster are compiled once and kept until they change (or the worker is restarted).
 */
import { check } from '../engine/check';
import { resolveAccount } from '../profile/accounts';
import { type CompiledProfile, compileProfile } from '../profile/compile';
import type { CheckReply, ContentToBackground } from '../protocol';
import { type CompiledRoster, compileRoster } from '../roster/compile';
import { ruleById } from '../rules';
import { currentSettings } from './settings';

let compiled: Promise<{ profile: CompiledProfile; roster: CompiledRoster }> | undefined;

/** Forget the compiled settings; the next check compiles the new ones. */
export function settingsChanged(): void {
  compiled = undefined;
}

function compiledSettings() {
  compiled ??= currentSettings().then((settings) => ({
    profile: compileProfile(settings.profile),
    roster: compileRoster(settings.pupils),
  }));
  return compiled;
}

export async function checkDraft(
  request: Extract<ContentToBackground, { kind: 'check' }>,
): Promise<CheckReply> {
  const { profile, roster } = await compiledSettings();
  const acting = resolveAccount(profile.profile, request.site, request.account, request.actingAs);
  const findings = check(request.text, {
    site: request.site,
    surface: request.surface,
    account: acting.account,
    profile,
    roster,
    now: new Date(),
    pictures: request.pictures ?? [],
  });
  return {
    account: acting.account,
    accountName: acting.name,
    findings: findings.map((finding) => {
      const rule = ruleById(finding.rule);
      return { ...finding, title: rule?.title ?? finding.rule, why: rule?.why ?? '' };
    }),
  };
}
