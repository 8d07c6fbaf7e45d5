/**
 * Pictures attached to compose boxes: what they show, as facts for the rules (§11). The content script decodes
 * them to the working size and sends their pixels; the logo search runs here, off the page's main thread, and the
 * people detector in a worker (src/faces). No finding is made here: the reply says whether the picture shows one
 * of the school's logos and how many people, the content script passes that with the draft, and `school-branding`
 * and `pupil-photo` decide (with the school's settings and the account posted as). The logos are kept only as
 * fingerprints (src/images), loaded once until the school changes them.
 */

import { detectPeople } from '../faces';
import { findLogo, type LogoPrint } from '../images';
import type { ContentToBackground, ImageReply } from '../protocol';
import { listLogos } from '../storage/db';

let prints: Promise<LogoPrint[]> | undefined;

/** Forget the cached fingerprints after the school adds or removes a logo. */
export function logosChanged(): void {
  prints = undefined;
}

function schoolPrints(): Promise<LogoPrint[]> {
  prints ??= listLogos()
    .then((logos) => logos.map((logo) => logo.print))
    .catch(() => []);
  return prints;
}

function fromBase64(data: string): Uint8Array {
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
