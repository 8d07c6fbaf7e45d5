/** The registry: every rule, sorted by id. A convention test checks it against src/rules/ids.ts and the folder. */
import affiliationWithoutDisclaimer from './affiliation-without-disclaimer';
import confidentialMatter from './confidential-matter';
import type { Rule } from './define';
import disparagement from './disparagement';
import mediaEnquiry from './media-enquiry';
import offensiveLanguage from './offensive-language';
import personalData from './personal-data';
import professionalReference from './professional-reference';
import profileEmployment from './profile-employment';
import pupilName from './pupil-name';
import pupilPhoto from './pupil-photo';
import schoolBranding from './school-branding';
import workEmailSignup from './work-email-signup';
import workingTime from './working-time';

export const RULES: readonly Rule[] = [
  affiliationWithoutDisclaimer,
  confidentialMatter,
  disparagement,
  mediaEnquiry,
  offensiveLanguage,
  personalData,
  professionalReference,
  profileEmployment,
  pupilName,
  pupilPhoto,
  schoolBranding,
  workEmailSignup,
  workingTime,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

export type { Rule } from './define';
