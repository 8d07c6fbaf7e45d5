/**
 * Deployment help: the extension id that policies are keyed by, and the JSON Schema of managed settings
 * (`managed-schema.json`, the manifest's `storage.managed_schema`), read from the extension's own files.
 */
import browser from 'webextension-polyfill';
import { t } from '../page/i18n';
import { announce, byId, download } from './dom';
import { SCHEMA_FILE_NAME } from './files';

async function readSchema(): Promise<string> {
  const response = await fetch(browser.runtime.getURL('managed-schema.json'));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

export function setUpDeployment(): void {
  byId('extension-id').textContent = browser.runtime.id;
  const status = byId('deploy-status');
  // Read ahead, so the download starts within the click that asked for it (browsers hold back downloads
  // that come long after a click, and a second download from one page may otherwise ask for permission).
  const schema = readSchema();
  schema.catch(() => undefined);
  byId('schema-download').addEventListener('click', async () => {
    try {
      download(new Blob([await schema], { type: 'application/json' }), SCHEMA_FILE_NAME);
      announce(status, t('options_deploy_schema_done', SCHEMA_FILE_NAME), 'ok');
    } catch (error) {
      announce(status, t('options_deploy_schema_failed', String(error)), 'error');
    }
  });
}
