/**
 * Pictures attached to compose boxes, checked for the school's logo (§11). The content script decodes them to
 * the working size and sends their grey pixels; the search runs here, off the page's main thread. The logos are
 * kept only as fingerprints (src/images), loaded once until the school changes them.
 */

import { weaken } from '../engine/severity';
import type { Severity } from '../engine/types';
import { findLogo, type LogoPrint } from '../images';
import type { ContentToBackground, ImageReply, ShownFinding } from '../protocol';
import { ruleById } from '../rules';
import { listLogos } from '../storage/db';
import { effectiveProfile } from '../storage/profile-store';

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

function finding(severity: Severity, message: string, guidance: string): ShownFinding {
  const rule = ruleById('school-branding')!;
  return {
    rule: rule.id,
    clause: rule.clause,
    severity,
    start: 0,
    end: 0,
    message,
    guidance,
    fixes: [],
    title: rule.title,
    why: rule.why,
  };
}

export async function checkImage(
  request: Extract<ContentToBackground, { kind: 'image/check' }>,
): Promise<ImageReply> {
  const [logos, { profile }] = await Promise.all([schoolPrints(), effectiveProfile()]);
  const setting = profile.rules['school-branding'] ?? ruleById('school-branding')!.defaultSeverity;
  if (logos.length === 0 || setting === 'off') return { finding: null };
  const data = Uint8Array.from(atob(request.luma), (c) => c.charCodeAt(0));
  if (data.length !== request.width * request.height) return { finding: null }; // not what it claims to be
  const match = findLogo({ width: request.width, height: request.height, data }, logos);
  if (!match.match) return { finding: null };
  return {
    finding: finding(
      weaken(setting, 0),
      `The picture "${request.name}" shows the school's logo.`,
      "Remove the picture, or ask the Headteacher for written permission to use the school's logo.",
    ),
  };
}
