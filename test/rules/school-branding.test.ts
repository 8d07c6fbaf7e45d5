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

// Pictures: what they show is a fact (src/images finds the logo, the content script says when one could not be
// read); the rule decides, with the school's setting and the account posted as.
const crest = [{ name: 'crest.jpg', people: 0, logo: 'found' as const }];
const broken = [{ name: 'broken.jpg', people: 0, logo: 'unreadable' as const }];
const plain = [{ name: 'view.jpg', people: 2 }];

ruleTester('school-branding', {
  valid: [
    { text: 'Lovely view from the top', pictures: plain },
    // The school's own account may show the school's own logo, and has nothing to be told about it.
    { text: 'Welcome back, everyone', account: 'school', pictures: crest },
    { text: 'Welcome back, everyone', account: 'school', pictures: broken },
  ],
  invalid: [
    {
      text: 'Our new display board',
      pictures: crest,
      messageId: 'logoInPicture',
      flagged: [''],
      severity: 'breach',
      message: 'The picture "crest.jpg" shows the school\'s logo.',
    },
    {
      text: 'Lovely view from the top',
      pictures: [...plain, ...broken],
      messageId: 'pictureUnreadable',
      flagged: [''],
      severity: 'advice',
      message: 'broken.jpg',
    },
    {
      // The text's finding and the picture's, each once.
      text: 'Achieving Excellence Together',
      pictures: [...crest, ...broken],
      messageId: ['slogan', 'logoInPicture', 'pictureUnreadable'],
      flagged: ['Achieving Excellence Together', '', ''],
    },
  ],
});

ruleTester(
  'school-branding',
  {
    // Set to off, the rule says nothing, about the logo or about a picture it could not read.
    valid: [
      { text: 'Our new display board', pictures: crest },
      { text: 'Our new display board', pictures: broken },
    ],
    invalid: [],
  },
  { profile: { rules: { 'school-branding': 'off' } } },
);

ruleTester(
  'school-branding',
  {
    valid: [{ text: 'Lovely view from the top', pictures: plain }],
    invalid: [
      // The school's setting applies to the logo; the note on an unreadable picture stays a note.
      {
        text: 'Our new display board',
        pictures: crest,
        messageId: 'logoInPicture',
        flagged: [''],
        severity: 'block',
      },
      {
        text: 'Our new display board',
        pictures: broken,
        messageId: 'pictureUnreadable',
        flagged: [''],
        severity: 'advice',
      },
    ],
  },
  { profile: { rules: { 'school-branding': 'block' } } },
);
