import { removeFix, replaceFix } from '../engine/fixes';
import { defineRule } from './define';
import { pupilNames } from './detect/pupils';

export default defineRule({
  id: 'pupil-name',
  clause: '§11',
  defaultSeverity: 'breach',
  title: 'Pupil named',
  description: "A pupil's name from the school roster, in any of the ways people write it.",
  why:
    "Staff must not post anything about pupils without written permission (§11), and a pupil's name is " +
    'personal data (§6(h)). Named pupils can be identified and located.',
  message: 'This names a pupil on the school roster.',
  guidance:
    "Leave the name out, or use initials. Posts about pupils belong on the school's own accounts, with consent.",
  check(doc, ctx) {
    return pupilNames(doc, ctx).map((match) => {
      const form = match.value;
      const firstNameOnly = match.last - match.first + 1 === form.leadAtoms && !form.surnameFirst;
      return {
        start: match.start,
        end: match.end,
        weaker: firstNameOnly || form.lookalike ? 1 : 0,
        message: form.lookalike
          ? 'This may name a pupil: the first name and surname are both on the school roster.'
          : firstNameOnly
            ? 'This may name a pupil on the school roster (first name).'
            : 'This names a pupil on the school roster.',
        fixes: [
          replaceFix('Use initials', match.start, match.end, match.value.initials),
          removeFix(doc.text, match.start, match.end, 'Remove name'),
        ],
      };
    });
  },
});
