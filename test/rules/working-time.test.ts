import type { ProfileInput } from '../../src/profile/schema';
import { ruleTester } from './tester';

const hours = {
  workingHours: {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '08:30',
    end: '15:30',
    timeZone: 'Europe/London',
  },
} satisfies Partial<ProfileInput>;
// Tuesday 24 November 2026: London is on GMT (UTC+0); Tuesday 2 June 2026 on BST (UTC+1).
const tuesdayMorning = new Date('2026-11-24T10:15:00Z');
const tuesdayEvening = new Date('2026-11-24T18:00:00Z');
const saturday = new Date('2026-11-28T10:00:00Z');
const summerBeforeStart = new Date('2026-06-02T07:15:00Z'); // 08:15 BST
const summerAfterStart = new Date('2026-06-02T07:45:00Z'); // 08:45 BST

ruleTester(
  'working-time',
  {
    valid: [
      { text: 'Lovely evening', now: tuesdayEvening },
      { text: 'Lovely weekend', now: saturday },
      { text: 'Early start', now: summerBeforeStart },
      { text: '', now: tuesdayMorning },
      { text: 'Posting for the school', now: tuesdayMorning, account: 'school' },
    ],
    invalid: [
      {
        text: 'Quick post',
        now: tuesdayMorning,
        messageId: 'workingTime',
        flagged: [''],
        severity: 'warning',
        message: '08:30–15:30',
      },
      { text: 'Quick post', now: summerAfterStart, messageId: 'workingTime', flagged: [''] },
    ],
  },
  { profile: hours },
);

// Without working hours in the profile the rule is off.
ruleTester('working-time', { valid: [{ text: 'Quick post', now: tuesdayMorning }], invalid: [] });
