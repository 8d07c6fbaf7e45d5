import { ruleTester } from './tester';

const roster = [
  { forename: 'Hope', surname: 'Walker' },
  { forename: 'Grace', surname: 'Bell' },
  { forename: 'Will', surname: 'Fletcher' },
  { forename: 'Oliver', surname: 'Smith' },
  { forename: 'Isla', surname: 'Brown' },
  { forename: 'Zoë', surname: 'Nowak' },
  { forename: 'Mia', surname: "O'Connor" },
  { forename: 'Alexander', surname: 'Mackenzie', preferred: 'Alex' },
  { forename: 'Joshua', surname: 'Seddon-Yates', preferred: 'Josh' },
  { forename: 'Olivia', surname: 'Ó Briain' },
  { forename: 'Summer', surname: 'Hurst' },
  { forename: 'Adam', surname: 'Ashurst' },
  { forename: 'Harvey', surname: 'Leigh' },
];

ruleTester(
  'pupil-name',
  {
    valid: [
      // Everyday words that happen to be names.
      'I hope walkers enjoy the trail',
      'Saying grace before dinner when the bell rang',
      'I will fletcher my own arrows',
      'i will fletcher my own arrows',
      // First names alone are not pupil names unless the school turns that on.
      'What a performance of Oliver!',
      'Summer holidays cannot come soon enough',
      // Surnames alone, and names of other people.
      'Mrs Smith runs the book club',
      'Marsh Lane and Brown Street are closed',
      // A place whose name reads as a pupil's: the kind of place follows, capitalised, with only a space between.
      'Grace Bell Park is lovely in the spring',
      'Hope Walker Road is shut again for the water main',
      'Oliver Smithson and Isla Browning',
      // Surname-first only counts the way registers write it.
      'Smith oliver',
      // Not the same name: a pupil is "Mia O'Connor", not "Mia Connor".
      'Mia Connor won the raffle',
      // Roster words but no pupil context: maybe anyone.
      'Harvey Ashurst is selling his car',
      // Lower case after a determiner, with an everyday word in it: a thing, not a pupil.
      'the isla brown paint is lovely',
      '',
    ],
    invalid: [
      {
        text: "Oliver Smith's painting",
        messageId: 'named',
        flagged: ['Oliver Smith'],
        severity: 'breach',
        fix: { label: 'Use initials', output: "O.S.'s painting" },
      },
      {
        text: 'well done isla brown',
        messageId: 'named',
        flagged: ['isla brown'],
        fix: { label: 'Remove name', output: 'well done' },
      },
      { text: 'WELL DONE ISLA BROWN', messageId: 'named', flagged: ['ISLA BROWN'] },
      { text: 'Zoe Nowak came first', messageId: 'named', flagged: ['Zoe Nowak'] },
      // A place's word after a comma or other words is no place's name: the pupil is named.
      { text: 'Grace Bell, park your bike by the gate please', messageId: 'named', flagged: ['Grace Bell'] },
      { text: 'Grace Bell walked the whole route for charity', messageId: 'named', flagged: ['Grace Bell'] },
      // A place's word in small letters is a verb or a noun of the pupil's doing.
      {
        text: 'So proud watching Grace Bell walk across the stage to collect her award.',
        messageId: 'named',
        flagged: ['Grace Bell'],
      },
      {
        text: 'Just seen Oliver Smith park his bike with no lock.',
        messageId: 'named',
        flagged: ['Oliver Smith'],
      },
      {
        text: 'Oliver Smith Walk-on part in the play was hilarious.',
        messageId: 'named',
        flagged: ['Oliver Smith'],
      },
      { text: 'ZOË NOWAK came first', messageId: 'named', flagged: ['ZOË NOWAK'] },
      { text: 'Mia O’Connor sang', messageId: 'named', flagged: ['Mia O’Connor'] },
      { text: "Mia O'Connor sang", messageId: 'named', flagged: ["Mia O'Connor"] },
      { text: 'Mia OConnor sang', messageId: 'named', flagged: ['Mia OConnor'] },
      { text: 'Alex Mackenzie scored', messageId: 'named', flagged: ['Alex Mackenzie'] },
      { text: 'Alexander Mackenzie scored', messageId: 'named', flagged: ['Alexander Mackenzie'] },
      { text: 'Josh Seddon-Yates scored a hat-trick', messageId: 'named', flagged: ['Josh Seddon-Yates'] },
      { text: 'Joshua Seddon Yates scored', messageId: 'named', flagged: ['Joshua Seddon Yates'] },
      { text: 'Well done Olivia O Briain', messageId: 'named', flagged: ['Olivia O Briain'] },
      { text: 'Well done Olivia Ó Briain', messageId: 'named', flagged: ['Olivia Ó Briain'] },
      { text: "Well done Olivia O'Briain", messageId: 'named', flagged: ["Olivia O'Briain"] },
      { text: 'summer hurst you absolute star', messageId: 'named', flagged: ['summer hurst'] },
      // Everyday-word names count when written as names.
      { text: 'Will Fletcher was brilliant today', messageId: 'named', flagged: ['Will Fletcher'] },
      { text: 'Congratulations to Hope Walker', messageId: 'named', flagged: ['Hope Walker'] },
      { text: 'Grace Bell and Oliver Smith', messageId: 'named', flagged: ['Grace Bell', 'Oliver Smith'] },
      // Register order.
      { text: 'Seating plan: Smith, Oliver at the front', messageId: 'named', flagged: ['Smith, Oliver'] },
      { text: 'SMITH Oliver', messageId: 'named', flagged: ['SMITH Oliver'] },
      // Hidden characters do not hide a name.
      { text: 'Oli\u200Bver Smith', messageId: 'named', flagged: ['Oli\u200Bver Smith'] },
      // A roster forename and surname together, in a post praising a pupil: likely a pupil (or a sibling).
      {
        text: 'Massive congratulations to Harvey Ashurst on his call-up!',
        messageId: 'lookalike',
        flagged: ['Harvey Ashurst'],
        severity: 'warning',
        fix: { label: 'Use initials', output: 'Massive congratulations to H.A. on his call-up!' },
      },
    ],
  },
  { roster },
);

ruleTester(
  'pupil-name',
  {
    valid: ['Will you come?', 'Summer is here'],
    invalid: [
      {
        text: 'What a performance of Oliver!',
        messageId: 'firstName',
        flagged: ['Oliver'],
        severity: 'warning',
      },
      { text: 'Isla was great', messageId: 'firstName', flagged: ['Isla'] },
    ],
  },
  { roster, profile: { pupils: { matchFirstNames: true } } },
);

// Names as tags and handles, names shared, and names that plainly belong to someone else.
ruleTester(
  'pupil-name',
  {
    valid: [
      'Happy 90th to my nan, Isla Brown! Still beats us all at rummy',
      'RIP Oliver Smith, my grandad’s best mate from the pit',
      '#OliverTwist at the Lowry tonight',
      'Follow @isla for the recipes',
    ],
    invalid: [
      { text: '#IslaBrown you were phenomenal tonight', messageId: 'named', flagged: ['#IslaBrown'] },
      {
        text: 'Huge well done to @OliverSmith on the cross-country',
        messageId: 'named',
        flagged: ['@OliverSmith'],
      },
      {
        text: 'go on girl #TeamIslaBrown',
        messageId: 'named',
        flagged: ['#TeamIslaBrown'],
        fix: { label: 'Use initials', output: 'go on girl I.B.' },
      },
      // The initials come from the name's letters, capitals or not.
      {
        text: 'Well done @oliversmith!',
        messageId: 'named',
        flagged: ['@oliversmith'],
        fix: { label: 'Use initials', output: 'Well done O.S.!' },
      },
      { text: 'Well done @oliver.smith!', messageId: 'named', flagged: ['oliver.smith'] },
      {
        text: 'Summer and Adam Hurst were brilliant',
        messageId: 'named',
        flagged: ['Summer', 'Adam Hurst'],
      },
      {
        text: 'Adam & Summer Hurst were brilliant',
        messageId: 'named',
        flagged: ['Adam', 'Summer Hurst'],
        fix: { label: 'Use initials', output: 'A.H. & Summer Hurst were brilliant' },
      },
      { text: 'Register: BROWN Isla, present', messageId: 'named', flagged: ['BROWN Isla'] },
    ],
  },
  { roster: [...roster, { forename: 'Adam', surname: 'Hurst' }] },
);

// Two pupils whose names are each other's turned round: written either way, it is a pupil's name.
ruleTester(
  'pupil-name',
  {
    valid: ['James and I went to Taylor Wimpey about the house'],
    invalid: [
      { text: 'James Taylor played well', messageId: 'named', flagged: ['James Taylor'] },
      { text: 'Taylor James played well', messageId: 'named', flagged: ['Taylor James'] },
    ],
  },
  {
    roster: [
      { forename: 'Taylor', surname: 'James' },
      { forename: 'James', surname: 'Taylor' },
    ],
  },
);

// Pupils who share a famous person's name: the famous person in a post with no sign of school, the pupil with one.
ruleTester(
  'pupil-name',
  {
    valid: [
      'Harry Kane misses a penalty. Again.',
      "Emma Watson's dress at the Met Gala, wow",
      'Ronnie O’Sullivan makes another 147 look easy',
      // A place named after someone.
      "The Harry Kaine's cafe on Market Street does the best scones in Wigan",
    ],
    invalid: [
      {
        text: 'Our Harry Kane (Year 8, not that one) scored the winner in the county cup',
        messageId: 'named',
        flagged: ['Harry Kane'],
        severity: 'breach',
      },
      {
        text: 'Emma Watson read beautifully in assembly today',
        messageId: 'named',
        flagged: ['Emma Watson'],
      },
      // Not a famous name: a pupil's whatever the post is about.
      { text: 'Harry Kaine misses a penalty. Again.', messageId: 'named', flagged: ['Harry Kaine'] },
      // Praise as staff give it, or a school team, makes a famous name the pupil's.
      {
        text: 'Well done Harry Kane, brilliant goal for the U12s',
        messageId: 'named',
        flagged: ['Harry Kane'],
      },
      // A famous name in a post that is not about what they are famous for is the pupil's.
      { text: 'Harry Kane has been excluded again', messageId: 'named', flagged: ['Harry Kane'] },
      {
        text: "Emma Watson's dad is in prison, poor girl, her teachers are all worried",
        messageId: 'named',
        flagged: ['Emma Watson'],
      },
      // Something of a pupil's, not a place named after them.
      {
        text: "Harry Kaine's home life is awful, social services involved",
        messageId: 'named',
        flagged: ['Harry Kaine'],
      },
      {
        text: "Harry Kaine's care plan still hasn't been updated",
        messageId: 'named',
        flagged: ['Harry Kaine'],
      },
    ],
  },
  {
    roster: [
      { forename: 'Harry', surname: 'Kane' },
      { forename: 'Harry', surname: 'Kaine' },
      { forename: 'Emma', surname: 'Watson' },
      { forename: 'Ronnie', surname: "O'Sullivan" },
    ],
  },
);

// Someone else's name that contains a pupil's, and people of the last millennium, are not the pupil.
ruleTester(
  'pupil-name',
  {
    valid: [
      'The town hall is named after Edward Henry Lee, its first mayor.',
      'Henry Wilson, the mill owner, died in 1875 and left the park to the town.',
    ],
    invalid: [
      // Nothing but a space between, or a given name of its own: a list of two pupils, or the pupil.
      { text: 'Edward, Henry Lee and Mia all passed', messageId: 'named', flagged: ['Henry Lee'] },
      { text: 'Great shot from Henry Lee today', messageId: 'named', flagged: ['Henry Lee'] },
      // A possessive starts no longer name: Sophie's Henry is the pupil.
      {
        text: "Sophie's Henry Lee scored twice today, so proud of him.",
        messageId: 'named',
        flagged: ['Henry Lee'],
      },
      // A list without commas, where one pupil's surname is a given name.
      {
        text: 'Well done Ruby Thomas Henry Lee and Mia, brilliant performance tonight!',
        messageId: 'named',
        flagged: ['Ruby Thomas', 'Henry Lee'],
      },
      // Times and counts are not years.
      {
        text: 'Poor Henry Lee broke his arm at football, they got back at 1745.',
        messageId: 'named',
        flagged: ['Henry Lee'],
      },
      {
        text: 'Henry Lee came 3rd out of 1200 runners at parkrun this morning.',
        messageId: 'named',
        flagged: ['Henry Lee'],
      },
      // A year of the last millennium in a post about school: still the pupil.
      {
        text: 'Henry Wilson in Year 9 did his history project on 1875, brilliant work',
        messageId: 'named',
        flagged: ['Henry Wilson'],
      },
    ],
  },
  {
    roster: [
      { forename: 'Henry', surname: 'Lee' },
      { forename: 'Henry', surname: 'Wilson' },
      { forename: 'Ruby', surname: 'Thomas' },
    ],
  },
);
