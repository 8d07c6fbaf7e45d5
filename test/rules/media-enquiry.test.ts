import { ruleTester } from './tester';

ruleTester('media-enquiry', {
  valid: [
    'Chloe made the local paper! So proud.',
    'Follow @WiganToday for the traffic news',
    'Watching the news tonight',
    'Best song on the album',
    { text: 'The Wigan Today have asked us for a comment on the new building', account: 'school' },
  ],
  invalid: [
    {
      text: 'Wigan Today have asked me for a comment on the Cansfield Ofsted report. Here goes:',
      messageId: 'media',
      flagged: ['asked me for a comment'],
      severity: 'breach',
    },
    {
      text: "@WiganToday happy to talk to you about what's really happening at Cansfield High.",
      messageId: 'media',
      flagged: ['@WiganToday happy to talk'],
      severity: 'breach',
    },
    {
      text: 'A journalist rang, I told them off the record what happened',
      messageId: 'media',
      flagged: ['off the record'],
      severity: 'warning',
    },
    {
      text: 'Press enquiry about my school: happy to help',
      messageId: 'media',
      flagged: ['Press enquiry'],
      severity: 'breach',
    },
  ],
});

// The press in any wording; passing it to the Head.
ruleTester('media-enquiry', {
  valid: [
    'Told the Wigan Today reporter to ring the Head. That is what the policy says.',
    'Our Biscuit has made the local paper’s cutest dogs gallery',
    'Some personal news: I have accepted a new role',
  ],
  invalid: [
    {
      text: 'Yes the Examiner rang me back. I told them straight what happened at our school.',
      messageId: 'media',
      flagged: ['the Examiner rang me'],
    },
    {
      text: 'Happy to be interviewed for your piece on teacher retention, I have plenty to say about my school',
      messageId: 'media',
      flagged: ['interviewed for your piece'],
    },
  ],
});
