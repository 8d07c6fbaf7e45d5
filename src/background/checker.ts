/**
 * Checks drafts for the content scripts. The engine runs here, in the extension's own process, so the pupil
 * roster never enters a web page's process at all; the content script sends the draft's text and gets findings
 * back. Profile and roster are compiled once and kept until they change (or the worker is restarted).
 */
import browser from 'webextension-polyfill';
import { ruleMessageKey, type Translate } from '../core/messages';
import { check } from '../engine/check';
import { resolveAccount } from '../profile/accounts';
import { type CompiledProfile, compileProfile } from '../profile/compile';
import { policyWords } from '../profile/policy';
import type { CheckReply, ContentToBackground } from '../protocol';
import { type CompiledRoster, compileRoster, EMPTY_ROSTER } from '../roster/compile';
import { broadcastSettingsChanged } from './broadcast';
import { currentSettings } from './settings';

/** The browser's words, in the staff member's language (`_locales`). */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

let compiled: Promise<{ profile: CompiledProfile; roster: CompiledRoster }> | undefined;

/** Forget the compiled settings; the next check compiles the new ones. */
export function settingsChanged(): void {
  compiled = undefined;
}

/** The roster's matcher; a stored roster that cannot be read (never expected) leaves the other rules working. */
function rosterOf(source: Parameters<typeof compileRoster>[0]): CompiledRoster {
  try {
    return compileRoster(source);
  } catch {
    return EMPTY_ROSTER;
  }
}

function compiledSettings() {
  compiled ??= currentSettings()
    .then((settings) => {
      // Checked before policy was read, and policy deploys settings after all: check every open draft again.
      void settings.confirmed.then((confirmed) => {
        if (confirmed) return;
        settingsChanged();
        void broadcastSettingsChanged();
      });
      return { profile: compileProfile(settings.profile), roster: rosterOf(settings.roster) };
    })
    .catch((error: unknown) => {
      compiled = undefined; // try again on the next draft, not never
      throw error;
    });
  return compiled;
}

export async function checkDraft(
  request: Extract<ContentToBackground, { kind: 'check' }>,
): Promise<CheckReply> {
  const { profile, roster } = await compiledSettings();
  const words = policyWords(profile.profile, translate);
  const acting = resolveAccount(profile.profile, request.site, request.account, request.actingAs);
  const findings = check(request.text, {
    site: request.site,
    surface: request.surface,
    account: acting.account,
    profile,
    roster,
    now: new Date(),
    pictures: request.pictures ?? [],
    translate,
  });
  return {
    account: acting.account,
    accountName: acting.name,
    findings: findings.map((finding) => ({
      ...finding,
      title: words(ruleMessageKey(finding.rule, 'title')),
      why: words(ruleMessageKey(finding.rule, 'why')),
    })),
  };
}
