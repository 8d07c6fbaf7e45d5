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
    'On the Polar Express ride with the kids this weekend, magical',
    'Wettest summer on record for our school field',
    "Don't quote me on it but I think the school trip is back on",
    'Talked Year 8 through the plan for the feature wall',
  ],
  invalid: [
    {
      text: "Sure, happy to talk to you for the piece about our school's Ofsted.",
      messageId: 'media',
      flagged: ['talk to you for the piece'],
    },
    // A journalist answered, the outlet named the regional way, or the writer offering to be quoted.
    {
      text: "Sure, send over the questions for the piece and I'll answer them after school tomorrow.",
      messageId: 'media',
      flagged: ["questions for the piece and I'll answer"],
    },
    {
      text: 'Talked to the Bolton Express about our new head this morning. Should be out Friday.',
      messageId: 'media',
      flagged: ['Talked to the Bolton Express'],
    },
    {
      text: "Happy to go on record: I teach at Cansfield and we haven't had a science teacher since May.",
      messageId: 'media',
      flagged: ['go on record'],
    },
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
