/**
 * "School pack": which pack set this browser up (or that the school deploys by policy), opening a new one, and,
 * for school IT, "Share with staff": one signed file built from the profile, roster and logos saved here, for
 * every member of staff to open. The school's signing key is made here the first time, non-extractable, kept in
 * this browser's IndexedDB; the roster goes into the pack as keyed hashes, never as names.
 */

import { PACK_EXTENSION } from '../pack/format';
import { generatePackKeys, keyFingerprint, type PackSigner } from '../pack/keys';
import { buildPack, packText } from '../pack/pack';
import { t } from '../page/i18n';
import { getPackKey, listLogos, loadRoster, savePackKey } from '../storage/db';
import { announce, byId, download, formatDate, formatNumber } from './dom';
import { packJoin } from './pack-join';
import type { PageState } from './state';

/** "Harrowden Park Academy" → "harrowden-park-academy.postguard". */
export function packFileName(school: string): string {
  const slug = school
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'school'}${PACK_EXTENSION}`;
}

async function schoolSigner(): Promise<PackSigner> {
  const saved = await getPackKey();
  if (saved) return saved;
  const made = await generatePackKeys(false);
  const record = {
    privateKey: made.privateKey,
    publicKey: made.publicKey,
    createdAt: new Date().toISOString(),
  };
  await savePackKey(record);
  return record;
}

export class PackSection {
  private state: PageState | undefined;
  private readonly status = byId('pack-share-status');

  constructor(reload: () => Promise<void>) {
    byId('pack-join-slot').replaceChildren(
      packJoin({ id: 'pack-open', labelKey: 'options_pack_open_label', onJoined: () => reload() }),
    );
    byId('pack-share-build').addEventListener('click', () => void this.share());
  }

  render(state: PageState): void {
    this.state = state;
    const pack = state.pack;
    byId('pack-current').textContent = !pack
      ? t('options_pack_none')
      : t(
          pack.managed ? 'options_pack_managed' : 'options_pack_current',
          pack.school,
          formatDate(pack.created),
          pack.fingerprint,
        );
    const needs = byId('pack-share-needs');
    const roster = state.roster;
    // A pack of the embedded default would set staff up as Cansfield High School.
    const reason =
      state.source === 'default'
        ? t('options_pack_share_needs_profile')
        : !roster
          ? t('options_pack_share_needs_roster')
          : roster.hashed
            ? t('options_pack_share_needs_names')
            : '';
    needs.textContent = reason;
    needs.hidden = reason === '';
    byId<HTMLButtonElement>('pack-share-build').disabled = reason !== '';
    void getPackKey().then(async (key) => {
      byId('pack-key').textContent = key
        ? t('options_pack_key', await keyFingerprint(key.publicKey), formatDate(key.createdAt))
        : t('options_pack_key_none');
    });
  }

  private async share(): Promise<void> {
    const state = this.state;
    if (!state) return;
    try {
      const [roster, logos, signer] = await Promise.all([loadRoster(), listLogos(), schoolSigner()]);
      if (!roster?.pupils) throw new Error(t('options_pack_share_needs_roster'));
      const pack = await buildPack({
        profile: state.profile,
        pupils: roster.pupils,
        logos: logos.map((logo) => ({ name: logo.name, print: logo.print, thumbnail: logo.thumbnail })),
        signer,
      });
      const name = packFileName(pack.school);
      download(new Blob([packText(pack)], { type: 'application/json' }), name);
      announce(
        this.status,
        t('options_pack_shared', name, formatNumber(pack.pupils), await keyFingerprint(signer.publicKey)),
        'ok',
      );
      this.render(state);
    } catch (error) {
      announce(this.status, t('options_pack_share_failed', String(error)), 'error');
    }
  }
}
