import { ruleTester } from './tester';

ruleTester('disparagement', {
  valid: [
    'Whoever parked across my drive is a total dickhead.',
    'That ref is a disgrace.',
    "Can't believe Wigan lost again.",
    'The parents were not rude at all, lovely evening.',
    "Parents' evening was awful, I was so tired",
    'The school run was a nightmare this morning',
    'My head is a mess today',
    'Time management is terrible for me this week',
    'Our governors are brilliant and supportive',
    'My kids are a nightmare today',
  ],
  invalid: [
    {
      text: "Cansfield's leadership team couldn't manage their way out of a paper bag.",
      messageId: 'disparaging',
      flagged: ["Cansfield's leadership team couldn't manage their way out of a paper bag"],
      severity: 'breach',
      fix: { label: 'Remove sentence', output: '.' },
    },
    {
      text: 'Some parents at my school are unbelievably rude and entitled.',
      messageId: 'disparaging',
      flagged: ['Some parents at my school are unbelievably rude'],
      severity: 'breach',
    },
    {
      text: 'Our new deputy head is a clueless bully and everyone knows it.',
      messageId: 'disparaging',
      flagged: ['Our new deputy head is a clueless'],
    },
    {
      text: "The governors at Cansfield don't have a clue what goes on in classrooms.",
      messageId: 'disparaging',
      flagged: ["The governors at Cansfield don't have a clue"],
    },
    {
      text: 'Year 9 are absolutely feral',
      messageId: 'disparaging',
      flagged: ['Year 9 are absolutely feral'],
      severity: 'warning',
    },
    {
      text: 'SLT are useless. Great weekend though!',
      messageId: 'disparaging',
      flagged: ['SLT are useless'],
    },
    {
      text: 'Honestly, the parents are the worst',
      messageId: 'disparaging',
      flagged: ['the parents are the worst'],
      severity: 'warning',
    },
  ],
});
