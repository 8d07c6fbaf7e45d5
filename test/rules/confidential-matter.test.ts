import { ruleTester } from './tester';

ruleTester('confidential-matter', {
  valid: [
    'Really useful safeguarding training today',
    'I was excluded from the group chat lol',
    'My phone contract has been suspended',
    "Don't tell anyone but I'm pregnant!",
    'Wigan Today have asked me for a comment on the Cansfield Ofsted report.',
    'Our redundancy of cushions is out of control',
    'Ofsted is an acronym everyone knows',
  ],
  invalid: [
    {
      text: 'Safeguarding meeting ran until 6pm again, some of what these kids go through is unreal.',
      flagged: ['Safeguarding meeting'],
      severity: 'breach',
      message: 'safeguarding',
    },
    {
      text: 'Two of our Year 10s were excluded today after what happened on the bus.',
      flagged: ['excluded'],
    },
    {
      text: "Inspectors arrive Monday. Don't tell anyone I said.",
      flagged: ['Inspectors arrive', "Don't tell anyone"],
    },
    {
      text: "A member of staff has been suspended and we've been told not to talk about it.",
      flagged: ['suspended', 'told not to talk'],
    },
    { text: 'Ofsted are in tomorrow!', flagged: ['Ofsted are in'] },
    { text: 'A pupil disclosed something awful today', flagged: ['disclosed'] },
    { text: 'Redundancies announced at Cansfield today', flagged: ['Redundancies'] },
    {
      text: 'Safeguarding is on my mind',
      flagged: ['Safeguarding'],
      severity: 'warning',
      fix: { label: 'Remove', output: 'is on my mind' },
    },
    {
      text: 'Ofsted outcome is in, not allowed to say more yet',
      flagged: ['Ofsted outcome', 'not allowed to say'],
    },
  ],
});
