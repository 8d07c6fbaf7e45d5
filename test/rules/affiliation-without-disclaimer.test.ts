import { ruleTester } from './tester';

const DISCLAIMER = 'Views are my own and do not represent those of my employer.';

ruleTester('affiliation-without-disclaimer', {
  valid: [
    "Sunday roast at my mum's, then a walk round Haigh Hall. Perfect weekend.",
    'Delighted to have completed my NPQ in leadership with the Ambition Institute.',
    'Grace and I are celebrating ten years married today',
    "My kids' school run is chaos",
    // A disclaimer anywhere in the post.
    'Proud to teach at Cansfield High School. Views are my own.',
    'Views my own. Proud to teach at Cansfield High School.',
    'Loved our Cansfield sports day! Opinions expressed are my own and not those of my employer.',
    'Head of English at Cansfield High. All views my own.',
    'Year 11 revision sessions start next week at Cansfield. (Personal account - views do not represent the school.)',
    'My Year 9 class were brilliant today. These views don’t represent my employer.',
    // Sign-up fields have a rule of their own.
    { text: 'Teacher at Cansfield High School', surface: 'signup' },
    // The school's own account speaks for the school.
    { text: 'Cansfield High School open evening tonight', account: 'school' },
    // Words near the school's name that are not it.
    'Cans field trip to the recycling centre',
    // A post written from home: its school life is the writer's child's school's.
    'Got the text at 8pm: my daughter’s school is shut tomorrow for INSET. Cheers for the notice, lads.',
    // A disclaimer in the third person, as bios write it.
    'Head of Maths at Cansfield High School. Views his own.',
    'Deputy Head at Cansfield High School. All views expressed are her own.',
    // The writer's own teacher, from school days.
    "In Year 8 my French teacher told me I'd never be fluent. Just did a job interview in French. Merci, Madame.",
    // A firm's office abroad is no department.
    'My husband has been moved to the French office of his company in Lyon.',
    // A postcode's second half looks like a form code ("2PP" like "7JB"), but is no form.
    "We've moved! New address is 22 Heath Park Avenue, HX1 2PP, for anyone who wants to send Christmas cards",
  ],
  invalid: [
    {
      text: 'Cansfield High School open evening tonight, come and see us!',
      messageId: 'noDisclaimer',
      flagged: ['Cansfield High School'],
      severity: 'breach',
      fix: {
        label: 'Add my disclaimer',
        output: `Cansfield High School open evening tonight, come and see us!\n\n${DISCLAIMER}`,
      },
    },
    { text: 'Proud to be part of the Cansfield family', messageId: 'noDisclaimer', flagged: ['Cansfield'] },
    { text: 'CANSFIELD HIGH SCHOOL rocks', messageId: 'noDisclaimer', flagged: ['CANSFIELD HIGH SCHOOL'] },
    { text: 'Great day at cansfield high', messageId: 'noDisclaimer', flagged: ['cansfield high'] },
    { text: 'Great trip! #Cansfield', messageId: 'noDisclaimer', flagged: ['#Cansfield'] },
    { text: 'Great trip! #cansfieldhigh', messageId: 'noDisclaimer', flagged: ['#cansfieldhigh'] },
    { text: 'Great trip! #CansfieldProud', messageId: 'noDisclaimer', flagged: ['#CansfieldProud'] },
    { text: 'Thanks @CansfieldHigh', messageId: 'noDisclaimer', flagged: ['@CansfieldHigh'] },
    {
      text: 'Great to catch up with colleagues from cansfield.wigan.sch.uk at the conference.',
      messageId: 'noDisclaimer',
      flagged: ['cansfield.wigan.sch.uk'],
    },
    // Indirect disclosure.
    {
      text: 'My tutor group are the best, they brought me cake!',
      messageId: 'noDisclaimer',
      flagged: ['My tutor group'],
      severity: 'breach',
    },
    {
      text: 'Our Year 13s got their UCAS offers today',
      messageId: 'noDisclaimer',
      flagged: ['Our Year 13s'],
    },
    { text: 'My Year 9 class were a delight', messageId: 'noDisclaimer', flagged: ['My Year 9'] },
    // "Her own" is someone else's: no disclaimer ("views my own") in "take her own life".
    {
      text: 'One of my tutees tried to take her own life at the weekend. She is safe.',
      messageId: 'noDisclaimer',
      flagged: ['my tutees'],
    },
    {
      text: 'Congrats to Jo in the English workroom who is expecting twins!',
      messageId: 'noDisclaimer',
      flagged: ['the English workroom'],
    },
    // The school named outside a parent's sentence still counts: staff are parents too, and say "my kids" of
    // their pupils.
    {
      text: 'Last day of term at Cansfield High School. Going to miss my kids so much!',
      messageId: 'noDisclaimer',
      flagged: ['Cansfield High School'],
      severity: 'breach',
    },
    {
      text: 'Another busy week at Cansfield High School. My daughter’s school is shut tomorrow for INSET so she’s coming in with me.',
      messageId: 'noDisclaimer',
      flagged: ['Cansfield High School'],
      severity: 'breach',
    },
    {
      text: 'New job at Cansfield High School starts Monday! The school run will be chaos with my two.',
      messageId: 'noDisclaimer',
      flagged: ['Cansfield High School'],
      severity: 'breach',
    },
    // A parent who shows school life from the inside elsewhere in the post is still staff.
    {
      text: 'My daughter’s school is shut tomorrow for INSET. Meanwhile I have 120 mocks to mark before our SLT meeting.',
      messageId: 'noDisclaimer',
      flagged: ['mocks to mark'],
    },
    {
      text: 'Proud mum moment at the concert tonight. Then back to marking my Year 10 mocks. #Cansfield',
      messageId: 'noDisclaimer',
      flagged: ['#Cansfield'],
    },
    {
      text: "Parents' evening for Year 11 tonight, wish me luck.",
      messageId: 'noDisclaimer',
      flagged: ["Parents' evening"],
      severity: 'warning',
    },
    {
      text: 'Spent my lunch break on duty in the playground in the rain.',
      messageId: 'noDisclaimer',
      flagged: ['on duty in the playground'],
    },
    {
      text: 'Safeguarding meeting ran until 6pm again',
      messageId: 'noDisclaimer',
      flagged: ['Safeguarding meeting'],
      severity: 'warning',
    },
    // A profile shows where you work too; its fix is to leave the school out (profile-employment), not a line.
    {
      text: 'Teacher at Cansfield High School',
      surface: 'profile',
      messageId: 'noDisclaimer',
      flagged: ['Cansfield High School'],
    },
    // Comments get the disclaimer after a space.
    {
      text: 'My form are amazing',
      surface: 'comment',
      messageId: 'noDisclaimer',
      flagged: ['My form'],
      fix: { label: 'Add my disclaimer', output: `My form are amazing ${DISCLAIMER}` },
    },
  ],
});

// Names of a school with "St" in it, and the school's own disclaimer.
ruleTester(
  'affiliation-without-disclaimer',
  {
    valid: [
      "St Mary's was lovely today. Posting in a personal capacity.",
      'Off to St Helens for the match',
      "Tweets mine alone. St Mary's RC rocks",
    ],
    invalid: [
      { text: "Lovely day at St Mary's RC", messageId: 'noDisclaimer', flagged: ["St Mary's RC"] },
      { text: "Lovely day at St. Mary's RC", messageId: 'noDisclaimer', flagged: ["St. Mary's RC"] },
      { text: "Lovely day at Saint Mary's RC", messageId: 'noDisclaimer', flagged: ["Saint Mary's RC"] },
      { text: 'Lovely day at st marys rc', messageId: 'noDisclaimer', flagged: ['st marys rc'] },
      { text: 'Lovely day at #StMarysRC', messageId: 'noDisclaimer', flagged: ['#StMarysRC'] },
      {
        text: "Lovely day at St Mary's RC",
        messageId: 'noDisclaimer',
        flagged: ["St Mary's RC"],
        fix: { label: 'Add my disclaimer', output: "Lovely day at St Mary's RC\n\nTweets mine alone." },
      },
    ],
  },
  {
    profile: {
      school: {
        name: "St Mary's RC Primary School",
        aliases: ["St Mary's RC"],
        handles: [],
        hashtags: [],
        domains: [],
        slogans: [],
        brandNames: [],
      },
      disclaimers: ['Tweets mine alone.'],
    },
  },
);

// Disclaimers in any wording and position; school life as only staff write it; a parent's view of school.
ruleTester('affiliation-without-disclaimer', {
  valid: [
    'My tweets, my views. INSET day with cakes, that is all you need to know.',
    'Posting as me, not as the school: the Year 8 carol concert was lovely tonight.',
    'Nothing on this profile is on behalf of my employer. Marking mocks all weekend.',
    'not speaking for Cansfield High but our form won the quiz',
    'Opinions mine alone, not my employer’s. Lesson obs done and I survived.',
    'Personal acc x. On gate duty in the rain again.',
    'Last day at Cansfield High after nine years in the science department. Speaking only for myself, obviously.',
    'Tweets are personal. Parents’ evening tonight, 38 appointments.',
    // School life seen from home.
    "My son's detention was for humming. Proud.",
    "Parents' evening for our Lily tonight, apparently she talks a lot",
    'Year 6 SATs next week for our Ellie-Mae',
    // The school seen from outside.
    "My neighbour's kids go to Cansfield High, their summer fair is on Saturday.",
    'GCSE results day next week across the country. Good luck to all the students out there.',
  ],
  invalid: [
    {
      text: 'Good luck to every Year 11 across the country today, especially my lot at Cansfield High School',
      messageId: 'noDisclaimer',
      flagged: ['Cansfield High School'],
    },
    {
      text: 'Marking 90 mocks this weekend. Send biscuits.',
      messageId: 'noDisclaimer',
      flagged: ['Marking 90 mocks'],
    },
    {
      text: 'INSET day done, brain full',
      messageId: 'noDisclaimer',
      flagged: ['INSET day'],
      severity: 'breach',
    },
    {
      text: 'Form time update: my lot have decided I look like Paddington',
      messageId: 'noDisclaimer',
      flagged: ['Form time'],
      severity: 'breach',
    },
    {
      text: 'On gate duty in sideways rain, living the dream',
      messageId: 'noDisclaimer',
      flagged: ['gate duty'],
      severity: 'breach',
    },
    {
      text: '90 minutes of cover and a learning walk. Period 5 with 9X3 next.',
      messageId: 'noDisclaimer',
      flagged: ['learning walk'],
      severity: 'breach',
    },
  ],
});

// Words school life shares with everyday life (a hotel room, a car's registration) do not make the writer staff.
ruleTester('affiliation-without-disclaimer', {
  valid: [
    'Our room smelled like smoke, never booking that hotel again.',
    'Fake car registration gang jailed.',
  ],
  invalid: [
    {
      text: 'Registration in my room then straight to period 1 with Year 9.',
      messageId: 'noDisclaimer',
      flagged: ['period 1'],
    },
    {
      text: 'Half of them were late for registration again today.',
      messageId: 'noDisclaimer',
      flagged: ['for registration'],
    },
    { text: 'Nobody in my room did their homework again.', messageId: 'noDisclaimer', flagged: ['my room'] },
  ],
});
