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
    // An organisation's office, to be rung: its number is no one's own.
    "I can't comment, sorry - please contact the Head via the office on 01632 960418.",
  ],
  invalid: [
    // Only the office's own number is the office's: someone's in the same sentence is still theirs.
    {
      text: 'For Jo, ring the office on 01942 111222 or text her on 07700 900123.',
      messageId: 'phone',
      flagged: ['07700 900123'],
    },
    {
      text: 'Call the office or email Mrs Hill at karen.hill@hotmail.co.uk.',
      messageId: 'email',
      flagged: ['karen.hill@hotmail.co.uk'],
    },
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

// Numbers that are not phone numbers, the writer's own life, and someone else's health or family.
ruleTester('personal-data', {
  valid: [
    'Holiday read sorted, ISBN 0-241-98845-0 if you want the same edition',
    'Amazon order 203-4417829-0061134 says delivered',
    'Tracking number is 0078 2291 4450 0012 8 if that helps',
    'Lottery numbers 07 11 19 24 38 42 again this week',
    'Day 4 of covid. Cannot taste my brew.',
    'My mum had surgery last week and she is doing well',
    'Boiler fixed by Calder Plumbing, 01632 960417 if anyone needs them',
    // A business's address just after it.
    "Loving the new cafe in town. It's at 14 High Street, Wakefield WF1 1AA",
    // The writer about themselves.
    "I'm the only teacher in the department who hasn't been off sick this term",
    // The firm in a sentence before its number; a firm's own line.
    "Can't fault Ashby Roofing. Came out the same day. 01632 960222 if you need them.",
    'Steve did our kitchen, tidy and on time. His business line is 01632 960214.',
  ],
  invalid: [
    {
      text: 'Thinking of Julie in our school office, who has just started chemo',
      messageId: 'health',
      flagged: ['chemo'],
      severity: 'warning',
    },
    {
      text: 'Shout out to Mr Wadsworth, whose divorce only came through in March',
      messageId: 'health',
      flagged: ['divorce'],
    },
    {
      text: "Jo's home address is 27 Moorcroft Road, HX3 0QJ if you want to send a card",
      messageId: ['address', 'address'],
      flagged: ['27 Moorcroft Road', 'HX3 0QJ'],
    },
    {
      text: 'Our Reception teacher has just been diagnosed with breast cancer.',
      messageId: 'health',
      flagged: ['diagnosed'],
    },
    // A role is as good as a name to colleagues; a condition named.
    {
      text: 'The new PE teacher has bipolar, poor lad.',
      messageId: 'health',
      flagged: ['bipolar'],
    },
    // "His own mobile" makes it his, even where a venue is named.
    {
      text: "Ring Andy on 07700 900771 if you need the sports hall unlocking. That's his own mobile.",
      messageId: 'phone',
      flagged: ['07700 900771'],
    },
    // A line, an office or a business mentioned in passing is not a firm's number.
    { text: "Mrs Patel's landline is 01632 960417", messageId: 'phone', flagged: ['01632 960417'] },
    {
      text: "Karen Lowe's number is 07700 900123, none of your business why.",
      messageId: 'phone',
      flagged: ['07700 900123'],
    },
    {
      text: 'Had a lovely meal at the restaurant. Karen Lowe lives at 14 Acacia Avenue, Leeds LS6 2AB',
      messageId: ['address', 'address'],
      flagged: ['14 Acacia Avenue', 'LS6 2AB'],
    },
    // A venue just before does not make a named person's mobile public.
    {
      text: "Great night at the Crown pub. Mrs Gaskell's mobile is 07700 900123 if you need her.",
      messageId: 'phone',
      flagged: ['07700 900123'],
    },
  ],
});

// A story of people long dead, famous or made up is no colleague's personal information; a surname or a figure of
// speech is no illness. The same news of someone at school is.
ruleTester('personal-data', {
  valid: [
    'Melissa Ward at the garden centre sorted our order, lovely service.',
    'That free kick was a stroke of genius from Jack.',
  ],
  invalid: [
    {
      text: 'In the film, the actress playing Margaret Hale nurses her mother through cancer.',
      messageId: 'health',
      flagged: ['cancer'],
      severity: 'advice',
    },
    {
      text: "Jo Brand's biopic shows her dad's dementia with real care.",
      messageId: 'health',
      flagged: ['dementia'],
      severity: 'advice',
    },
    {
      text: "Thomas Hardy's first wife Emma died in 1912.",
      messageId: 'health',
      flagged: ['died'],
      severity: 'advice',
    },
    {
      text: 'Emma in the school office says her dad died in 1999 and she still misses him.',
      messageId: 'health',
      flagged: ['died'],
      severity: 'warning',
    },
    // One word of films is not a story, a number is not a year, nor an idiom a sign of fiction.
    ...[
      ['Poor Dave Wilson has been diagnosed with MS. What a character!', 'diagnosed'],
      ['Mr Evans is off with depression after watching that film.', 'depression'],
      ['Karen Smith has breast cancer. We raised £1500 for her treatment.', 'cancer'],
      ['Jane Foster is having chemo. She is the president of the PTA.', 'chemo'],
      // A place of care, and Title Case, are no surname.
      ["Sarah Jones is in St Mary's Hospital.", 'Hospital'],
      ['Sarah Jones Has Cancer. Please Share.', 'Cancer'],
    ].map(([text, flagged]) => ({
      text: text!,
      messageId: 'health',
      flagged: [flagged!],
      severity: 'warning' as const,
    })),
  ],
});
