/**
 * Pictures attached to compose boxes: what they show, as facts for the rules (§11). The content script decodes
 * them to the working size and sends their pixels; the logo search runs here, off the page's main thread, and the
 * people detector in a worker (src/faces). No finding is made here: the reply says whether the picture shows one
 * of the school's logos and how many people, the content script passes that with the draft, and `school-branding`
 * and `pupil-photo` decide (with the school's settings and the account posted as). The logos are kept only as
 * fingerprints (src/images), loaded once until the school changes them.
 */

import { detectPeople } from '../faces';
import { findLogo, isCurrentPrint, type LogoPrint, logoPrint } from '../images';
import type { ContentToBackground, ImageReply } from '../protocol';
import { type LogoRecord, listLogos } from '../storage/db';
import { effectiveProfile } from '../storage/profile-store';

let prints: Promise<LogoPrint[]> | undefined;

/** Forget the cached fingerprints after the school adds or removes a logo. */
export function logosChanged(): void {
  prints = undefined;
}

/** The logos saved here, and those of a school pack deployed by policy (kept in managed storage, not here). */
async function schoolLogos(): Promise<LogoRecord[]> {
  const [saved, { managedPack }] = await Promise.all([listLogos().catch(() => []), effectiveProfile()]);
  const deployed = (managedPack?.logos ?? []).map((logo) => ({
    name: logo.name,
    addedAt: managedPack!.created,
    thumbnail: logo.thumbnail ?? '',
    print: logo.print as LogoPrint,
  }));
  return [...saved, ...deployed];
}

function schoolPrints(): Promise<LogoPrint[]> {
  prints ??= schoolLogos()
    .then(async (logos) => (await Promise.all(logos.map(printOf))).filter((p): p is LogoPrint => p !== null))
    .catch(() => []);
  return prints;
}

/**
 * A logo's print as the matcher reads it. A print stored by an earlier version (another format) is made again
 * from the preview kept beside it, in memory, each time the service worker starts: the school need not upload
 * its logos again after an update.
 */
async function printOf(logo: LogoRecord): Promise<LogoPrint | null> {
  if (isCurrentPrint(logo.print)) return logo.print;
  try {
    const [head, data] = logo.thumbnail.split(',', 2);
    const type = /^data:(image\/[a-z+.-]+);base64$/.exec(head ?? '')?.[1];
    if (!type || !data) return null;
    const bitmap = await createImageBitmap(new Blob([fromBase64(data)], { type }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return logoPrint({ width: image.width, height: image.height, data: image.data });
  } catch {
    return null;
  }
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
}

/** How many people the picture shows; undefined when it cannot be told (the detector failed to run). */
async function peopleIn(
  request: Extract<ContentToBackground, { kind: 'image/check' }>,
): Promise<number | undefined> {
  if (!request.rgb) return undefined;
  const rgb = fromBase64(request.rgb);
  if (rgb.length !== request.width * request.height * 3) return undefined;
  try {
    return (await detectPeople({ width: request.width, height: request.height, rgb })).faces.length;
  } catch {
    return undefined;
  }
}

/** Whether the picture shows one of the school's logos (false when the school has uploaded none). */
async function logoIn(request: Extract<ContentToBackground, { kind: 'image/check' }>): Promise<boolean> {
  const logos = await schoolPrints();
  if (logos.length === 0) return false;
  const data = fromBase64(request.luma);
  if (data.length !== request.width * request.height) return false; // not what it claims to be
  return findLogo({ width: request.width, height: request.height, data }, logos).match;
}

/** The logo search here and the people detector (off this thread) run side by side. */
export async function checkImage(
  request: Extract<ContentToBackground, { kind: 'image/check' }>,
): Promise<ImageReply> {
  const [logo, people] = await Promise.all([logoIn(request), peopleIn(request)]);
  return people === undefined ? { logo } : { logo, people };
}
