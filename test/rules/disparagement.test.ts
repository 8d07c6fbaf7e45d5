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
    // Aimed at someone: a name called, or a curse at them.
    {
      text: 'The deputy is a shitbag.',
      messageId: 'disparaging',
      flagged: ['The deputy is a shitbag'],
    },
    {
      text: 'Ofsted can fuck off with their deep dives.',
      messageId: 'disparaging',
      flagged: ['Ofsted can fuck'],
    },
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

// Scorn without insults, insults aimed at colleagues, and judgements of circumstances.
ruleTester('disparagement', {
  valid: [
    'Crap weather for it but the kids had a blast at the fireworks',
    'Good food, good staff, poor management',
    'My colleague Sarah has been signed off after that awful complaint',
    'The council are a bunch of useless morons about the potholes',
  ],
  invalid: [
    {
      text: 'Love how SLT announced the new behaviour policy in an email at 9pm on a Sunday. Truly inspirational leadership',
      messageId: 'disparaging',
      flagged: ['Love how SLT', 'Truly inspirational leadership'],
    },
    {
      text: "Funny how it's always the same three who get the TLRs. Same three who go for a drink with the head. Must be a coincidence.",
      messageId: 'disparaging',
      flagged: ['Funny how'],
    },
    {
      text: 'Mr Lathom in our English department is the laziest teacher I have ever worked with',
      messageId: 'disparaging',
      flagged: ['Mr Lathom in our English department is the laziest'],
    },
  ],
});

// A film review judges actors, whom the policy does not protect; the same words about a colleague it does.
ruleTester('disparagement', {
  valid: [
    'Daniel Craig was wooden and pathetic in that film, the plot made no sense either.',
    'Julie Andrews is an absolute disgrace in that film, the plot is rubbish.',
    'Worst film adaptation I have ever seen, Keira Knightley is wooden and awful throughout.',
  ],
  invalid: [
    {
      text: 'Julie in our English department is an absolute disgrace.',
      messageId: 'disparaging',
      flagged: ['Julie in our English department is an absolute disgrace'],
    },
    // The headteacher is the school's own, whatever film the writer goes to after.
    {
      text: 'The headteacher is an incompetent liar. Going to watch a film to forget about her.',
      messageId: 'disparaging',
      flagged: ['The headteacher is an incompetent'],
      severity: 'breach',
    },
  ],
});

// Praise of the school's people is not disparagement. The learned scorer still calls some praise of leaders scorn
// ("Our SLT have been brilliant this term", as a warning), because sarcasm is written in the same words: a known
// false alarm, not fixed yet.
ruleTester('disparagement', {
  valid: [
    'Mrs Patel is the most patient teacher I have ever worked with.',
    'So proud of our Year 11s and their teachers, what a year!',
    'Our caretaker Dave fixed the heating at 6am so the kids were warm. Legend.',
  ],
  invalid: [],
});
