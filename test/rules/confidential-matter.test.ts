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
    // "Off the record" to a journalist is press business (media-enquiry), not a secret told to readers.
    'Hi Jo, happy to chat off the record about our school, ring me after four.',
  ],
  invalid: [
    {
      text: "Off the record, can't talk about it, but Mr Dean in maths is being suspended.",
      messageId: ['secret', 'staffDiscipline'],
      flagged: ['Off the record', 'suspended'],
    },
    {
      text: "We're all glad it's Friday. Off the record, our school is being merged and I can talk to anyone worried.",
      messageId: 'secret',
      flagged: ['Off the record'],
    },
    {
      text: 'Off the record, our school is being merged with the academy down the road.',
      messageId: 'secret',
      flagged: ['Off the record'],
    },
    {
      text: 'Safeguarding meeting ran until 6pm again, some of what these kids go through is unreal.',
      messageId: 'safeguarding',
      flagged: ['Safeguarding meeting'],
      severity: 'breach',
      message: 'safeguarding',
    },
    {
      text: 'Two of our Year 10s were excluded today after what happened on the bus.',
      messageId: 'exclusion',
      flagged: ['excluded'],
    },
    {
      text: "Inspectors arrive Monday. Don't tell anyone I said.",
      messageId: ['inspection', 'secret'],
      flagged: ['Inspectors arrive', "Don't tell anyone"],
    },
    {
      text: "A member of staff has been suspended and we've been told not to talk about it.",
      messageId: ['staffDiscipline', 'secret'],
      flagged: ['suspended', 'told not to talk'],
    },
    { text: 'Ofsted are in tomorrow!', messageId: 'inspection', flagged: ['Ofsted are in tomorrow'] },
    { text: 'A pupil disclosed something awful today', messageId: 'disclosure', flagged: ['disclosed'] },
    {
      text: 'Redundancies announced at Cansfield today',
      messageId: 'restructuring',
      flagged: ['Redundancies'],
    },
    {
      // The word alone ("knows his safeguarding inside out") is only a hint.
      text: 'Safeguarding is on my mind',
      messageId: 'safeguarding',
      flagged: ['Safeguarding'],
      severity: 'advice',
      fix: { label: 'Remove', output: 'is on my mind' },
    },
    {
      text: 'Ofsted outcome is in, not allowed to say more yet',
      messageId: ['inspection', 'secret'],
      flagged: ['Ofsted outcome', 'not allowed to say'],
    },
  ],
});
