/**
 * The options page, for school IT and the Business Manager: the school profile, the pupil roster, the school's
 * logos, the staff member's name for reports, and help deploying Post Guard to staff browsers.
 */
import browser from 'webextension-polyfill';
import { localise, t } from '../page/i18n';
import { PROFILE_KEYS } from '../storage/profile-store';
import { AboutSection } from './about';
import { ConsentSection } from './consent';
import { setUpDeployment } from './deployment';
import { byId } from './dom';
import { buildPage } from './layout';
import { LogosSection } from './logos';
import { renderSource } from './managed';
import { PackSection } from './pack-section';
import { ProfileSection } from './profile-section';
import { RosterSection } from './roster';
import { loadState } from './state';

buildPage();
localise();

async function reload(keepEdits = false): Promise<void> {
  try {
    const state = await loadState();
    renderSource(state);
    pack.render(state);
    profile.render(state, keepEdits);
    roster.render(state);
    about.render(state);
    byId('loading').hidden = true;
    byId('load-error').hidden = true;
    document.body.dataset.ready = state.source;
  } catch (error) {
    const failed = byId('load-error');
    failed.textContent = t('options_load_failed', String(error));
    failed.hidden = false;
  }
}

const pack = new PackSection(async () => {
  await reload();
  await logos.render();
});
const profile = new ProfileSection(() => reload());
const roster = new RosterSection(() => reload(true));
new ConsentSection(() => reload(true));
const about = new AboutSection();
const logos = new LogosSection();
setUpDeployment();
void logos.render();

// A policy the school deploys, or the profile saved from another tab, takes effect here at once.
browser.storage.onChanged.addListener((changes, area) => {
  const ours = Object.keys(changes).some((key) => (PROFILE_KEYS as readonly string[]).includes(key));
  if (area === 'managed' || (area === 'local' && ours)) void reload(true);
});

void reload();
