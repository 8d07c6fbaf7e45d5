/** Requests from our own pages (popup, options, report page): settings, roster, reporter name, reports. */
import browser from 'webextension-polyfill';
import { missingDetails } from '../profile/default';
import { validateProfile } from '../profile/parse';
import {
  type LogosReply,
  parseMessage,
  type SaveReply,
  SelectionReplySchema,
  type UiState,
  type UiToBackground,
} from '../protocol';
import {
  addLogo,
  clearRoster,
  listLogos,
  loadRoster,
  removeLogo,
  rosterSize,
  saveRoster,
} from '../storage/db';
import { forgetJoinedPack } from '../storage/pack-store';
import { effectiveProfile, resetProfile, saveProfile } from '../storage/profile-store';
import { takePendingApproval } from './approval';
import { broadcastSettingsChanged } from './broadcast';
import { settingsChanged } from './checker';
import { logosChanged } from './images';
import { joinedSummary, openSchoolPack } from './pack';
import { REPORTER_KEY, report } from './reporting';

async function state(): Promise<UiState> {
  const [effective, roster, stored, pack] = await Promise.all([
    effectiveProfile(),
    loadRoster().catch(() => undefined),
    browser.storage.local.get(REPORTER_KEY),
    joinedSummary(),
  ]);
  const managed = effective.managedPack;
  return {
    profile: effective.profile,
    source: effective.source,
    problems: effective.problems,
    fellBack: effective.fellBack ?? false,
    missing: missingDetails(effective.profile),
    roster: managed
      ? { count: managed.pupils, importedAt: managed.created, fileName: managed.school, hashed: true }
      : roster
        ? {
            count: rosterSize(roster),
            importedAt: roster.importedAt,
            fileName: roster.fileName,
            hashed: roster.index !== undefined,
          }
        : null,
    pack,
    reporterName: typeof stored[REPORTER_KEY] === 'string' ? stored[REPORTER_KEY] : '',
  };
}

async function changed(): Promise<void> {
  settingsChanged();
  await broadcastSettingsChanged();
}

export async function handleUi(message: UiToBackground): Promise<unknown> {
  switch (message.kind) {
    case 'ui/state':
      return state();
    case 'ui/profile/save': {
      const { source } = await effectiveProfile();
      if (source === 'managed')
        return {
          ok: false,
          problems: [{ path: '(profile)', message: 'managed by your school' }],
        } satisfies SaveReply;
      const result = validateProfile(message.profile);
      if (!result.ok) return { ok: false, problems: result.problems } satisfies SaveReply;
      await saveProfile(result.value); // storage.onChanged tells the tabs
      return { ok: true, problems: [] } satisfies SaveReply;
    }
    case 'ui/profile/reset':
      // The pack set the profile up: reset, the browser is no longer set up from it.
      await Promise.all([resetProfile(), forgetJoinedPack()]);
      return { ok: true, problems: [] } satisfies SaveReply;
    case 'ui/roster/save':
      await saveRoster({
        pupils: message.pupils,
        importedAt: new Date().toISOString(),
        fileName: message.fileName,
      });
      await changed();
      return { ok: true, problems: [] } satisfies SaveReply;
    case 'ui/roster/clear':
      await Promise.all([clearRoster(), forgetJoinedPack()]);
      await changed();
      return { ok: true, problems: [] } satisfies SaveReply;
    case 'ui/logos/list': {
      const logos = await listLogos();
      return {
        logos: logos.map((logo) => ({
          id: logo.id!,
          name: logo.name,
          addedAt: logo.addedAt,
          thumbnail: logo.thumbnail,
        })),
      } satisfies LogosReply;
    }
    case 'ui/logos/add':
      await addLogo({
        name: message.name,
        addedAt: new Date().toISOString(),
        thumbnail: message.thumbnail,
        print: message.print,
      });
      logosChanged();
      return { ok: true, problems: [] } satisfies SaveReply;
    case 'ui/logos/remove':
      await removeLogo(message.id);
      logosChanged();
      return { ok: true, problems: [] } satisfies SaveReply;
    case 'ui/reporter/save':
      await browser.storage.local.set({ [REPORTER_KEY]: message.name.trim() });
      return { ok: true, problems: [] } satisfies SaveReply;
    case 'ui/report': {
      const tab = await browser.tabs.get(message.tabId);
      // On the four sites our content script knows the selection (and the address, should activeTab not apply).
      const page = parseMessage(
        SelectionReplySchema,
        await browser.tabs.sendMessage(message.tabId, { kind: 'selection/get' }).catch(() => undefined),
      );
      const id = await report(
        { ...tab, url: tab.url ?? page?.url, title: tab.title ?? page?.title },
        {
          selection: page?.selection ?? '',
          link: '',
          image: '',
          note: message.note,
        },
      );
      return { ok: true, id };
    }
    case 'ui/approval/pending':
      return { approval: takePendingApproval(message.token) ?? null };
    case 'ui/pack/open': {
      const reply = await openSchoolPack(message);
      if (reply.ok && reply.joined) await broadcastSettingsChanged();
      return reply;
    }
  }
}
