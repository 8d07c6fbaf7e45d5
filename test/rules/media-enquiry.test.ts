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
      flagged: ['asked me for a comment'],
      severity: 'breach',
    },
    {
      text: "@WiganToday happy to talk to you about what's really happening at Cansfield High.",
      flagged: ['@WiganToday happy to talk to you'],
      severity: 'breach',
    },
    {
      text: 'A journalist rang, I told them off the record what happened',
      flagged: ['off the record'],
      severity: 'warning',
    },
    { text: 'Press enquiry about my school: happy to help', flagged: ['Press enquiry'], severity: 'breach' },
  ],
});
