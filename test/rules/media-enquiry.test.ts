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
