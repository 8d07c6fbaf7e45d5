import { ruleTester } from './tester';

ruleTester('personal-data', {
  valid: [
    'Marsh Lane is closed again for roadworks, avoid if you can.',
    'Year 11 revision sessions start at 3pm in room 22',
    'The match finished 3 2 to Wigan',
    'My mum had surgery last week and she is doing well',
    'Questions to d.sutch@cansfield.wigan.sch.uk please',
    'Invoice 12345 678 90',
    'Follow @WiganToday for updates',
  ],
  invalid: [
    {
      text: "Mrs Gaskell's home number is 0161 496 0199 if anyone needs her over half term.",
      messageId: 'phone',
      flagged: ['0161 496 0199'],
      severity: 'breach',
      fix: { label: 'Remove', output: "Mrs Gaskell's home number is if anyone needs her over half term." },
    },
    {
      text: 'Mr Jolley has moved to 22 Bryn Road, send your cards there!',
      messageId: 'address',
      flagged: ['22 Bryn Road'],
      severity: 'breach',
    },
    {
      text: 'You can message Miss Unsworth on her personal mobile 07700 900877.',
      messageId: 'phone',
      flagged: ['07700 900877'],
    },
    { text: 'Ring him on +44 7700 900877', messageId: 'phone', flagged: ['+44 7700 900877'] },
    {
      text: 'Her address is 5 Church Street, WN5 9XY',
      messageId: 'address',
      flagged: ['5 Church Street', 'WN5 9XY'],
    },
    {
      text: 'Email him at dave.horrocks@gmail.com',
      messageId: 'email',
      flagged: ['dave.horrocks@gmail.com'],
    },
    {
      text: 'Mrs Prescott is off with stress again',
      messageId: 'health',
      flagged: ['off with stress'],
      severity: 'warning',
    },
    // Your own details: only a hint.
    { text: 'Call me on 07700 900877', messageId: 'phone', flagged: ['07700 900877'], severity: 'advice' },
  ],
});
