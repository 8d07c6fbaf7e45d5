import { ruleTester } from './tester';

ruleTester('school-branding', {
  valid: [
    'Achieving great things together this weekend',
    'Excellence in teaching award for my mum',
    'New logo for my cake business',
    'The badge of honour goes to my dog',
    { text: 'Achieving Excellence Together', account: 'school' },
    'Cansfield High School open evening',
  ],
  invalid: [
    {
      text: 'Achieving Excellence Together 💪 first week back done!',
      messageId: 'slogan',
      flagged: ['Achieving Excellence Together'],
      severity: 'breach',
      fix: { label: 'Remove', output: '💪 first week back done!' },
    },
    {
      text: 'achieving excellence together!',
      messageId: 'slogan',
      flagged: ['achieving excellence together'],
    },
    {
      text: 'Got the school logo printed on my new lanyard',
      messageId: 'logoMentioned',
      flagged: ['the school logo'],
      severity: 'warning',
    },
    {
      text: 'Designed a new version of the Cansfield crest for our staff football kit',
      messageId: 'logoNamed',
      flagged: ['Cansfield crest'],
      severity: 'breach',
    },
    {
      text: 'Our school badge is on every blazer',
      messageId: 'logoMentioned',
      flagged: ['Our school badge'],
    },
  ],
});

ruleTester(
  'school-branding',
  {
    valid: ['Wildcats are wonderful animals'],
    invalid: [
      {
        text: 'Go Cansfield Cougars!',
        messageId: 'brandName',
        flagged: ['Cansfield Cougars'],
        message: 'brand name',
      },
    ],
  },
  {
    profile: {
      school: {
        name: 'Cansfield High School',
        aliases: [],
        handles: [],
        hashtags: [],
        domains: [],
        slogans: [],
        brandNames: ['Cansfield Cougars'],
      },
    },
  },
);
