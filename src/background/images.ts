/**
 * Pictures attached to compose boxes, checked for the school's logo and for people (§11). The content script
 * decodes them to the working size and sends their pixels; the search runs here, off the page's main thread,
 * and the people detector in a worker (src/faces). The logos are
 * kept only as fingerprints (src/images), loaded once until the school changes them.
 */

import { ruleMessageKey } from '../core/messages';
import { weaken } from '../core/severity';
import type { Severity } from '../core/types';
import { detectPeople } from '../faces';
import { findLogo, type LogoPrint } from '../images';
import type { ContentToBackground, ImageReply, ShownFinding } from '../protocol';
import { ruleById } from '../rules';
import { listLogos } from '../storage/db';
import { effectiveProfile } from '../storage/profile-store';
import { translate } from './checker';

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

function finding(severity: Severity, name: string): ShownFinding {
  const rule = ruleById('school-branding')!;
  const words = (part: string, ...substitutions: string[]) =>
    translate(ruleMessageKey(rule.id, part), substitutions);
  return {
    rule: rule.id,
    clause: rule.clause,
    severity,
    start: 0,
    end: 0,
    messageId: 'logoInPicture',
    data: { name },
    message: words('logoInPicture', name),
    guidance: words('logoInPictureGuidance'),
    fixes: [],
    title: words('title'),
    why: words('why'),
  };
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

async function logoIn(
  request: Extract<ContentToBackground, { kind: 'image/check' }>,
): Promise<ShownFinding | null> {
  const [logos, { profile }] = await Promise.all([schoolPrints(), effectiveProfile()]);
  const setting = profile.rules['school-branding'] ?? ruleById('school-branding')!.defaultSeverity;
  if (logos.length === 0 || setting === 'off') return null;
  const data = fromBase64(request.luma);
  if (data.length !== request.width * request.height) return null; // not what it claims to be
  const match = findLogo({ width: request.width, height: request.height, data }, logos);
  if (!match.match) return null;
  return finding(weaken(setting, 0), request.name);
}

/** The logo search here and the people detector (off this thread) run side by side. */
export async function checkImage(
  request: Extract<ContentToBackground, { kind: 'image/check' }>,
): Promise<ImageReply> {
  const [finding, people] = await Promise.all([logoIn(request), peopleIn(request)]);
  return people === undefined ? { finding } : { finding, people };
}
