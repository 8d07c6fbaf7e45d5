/** `post-guard pack`: builds and signs the school pack from the files school IT already has. */
import { access, readFile, writeFile } from 'node:fs/promises';
import {
  exportPackKey,
  generatePackKeys,
  importPackKey,
  keyFingerprint,
  type PackSigner,
} from '../pack/keys';
import { buildPack, packText } from '../pack/pack';
import { InputError, type PackOptions } from './args';
import { mergeConsentFile, readProfile, readPupils } from './load';
import { readLogo } from './logo-file';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** The signing key from KEY, or a new one written there (readable by its owner only). */
async function signingKey(file: string, warn: (text: string) => void): Promise<PackSigner> {
  if (await exists(file)) {
    try {
      return await importPackKey(await readFile(file, 'utf8'));
    } catch (error) {
      throw new InputError(`${file}: ${error instanceof Error ? error.message : error}`);
    }
  }
  const signer = await generatePackKeys(true);
  await writeFile(file, await exportPackKey(signer), { mode: 0o600, flag: 'wx' });
  warn(
    `Made a new signing key in ${file} (fingerprint ${await keyFingerprint(signer.publicKey)}).\n` +
      'Keep it safe and private: sign every later pack with it. Staff browsers ask before accepting a pack ' +
      'signed by another key, and anyone holding it can sign packs as your school.',
  );
  return signer;
}

export async function makePack(options: PackOptions, warn: (text: string) => void): Promise<string> {
  const profile = await readProfile(options.profile);
  let pupils = await readPupils(options.roster, warn);
  if (options.consent !== undefined) pupils = await mergeConsentFile(pupils, options.consent, warn);
  const logos = [];
  for (const file of options.logos) logos.push(await readLogo(file));
  const signer = await signingKey(options.key, warn);
  const pack = await buildPack({ profile, pupils, logos, signer, created: options.now });
  const text = packText(pack);
  try {
    await writeFile(options.out, text);
  } catch (error) {
    throw new InputError(`${options.out}: cannot write: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const consented = pupils.filter((p) => (p.consent?.length ?? 0) > 0).length;
  return [
    `${options.out}: the school pack for ${pack.school}`,
    `  ${pack.pupils} pupils (${consented} with consent for the school's accounts), ${logos.length} logo(s)` +
      `${profile.policy ? `, the school's own policy${profile.policy.title ? ` "${profile.policy.title}"` : ''}` : ''}`,
    `  ${Math.round(Buffer.byteLength(text) / 1024)} KB, signed by key ${await keyFingerprint(signer.publicKey)}`,
    '  No pupil name is readable in it: the roster is keyed hashes. Send it to staff to open in Post Guard.',
  ].join('\n');
}
