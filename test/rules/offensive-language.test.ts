import { ruleTester } from './tester';

ruleTester('offensive-language', {
  valid: [
    'Scunthorpe United won again',
    'I pricked my finger on the rose bush',
    'The cocktail hour starts at six',
    'Fire retardant material was delivered',
    'Assessment week starts Monday',
    'The class analysed Dickens',
    'Shiitake mushrooms are lovely',
    '*really* good day',
    'Bank holiday Monday!',
    'We saw the slag heaps at Wigan Pier',
  ],
  invalid: [
    {
      text: 'Whoever parked across my drive is a total dickhead.',
      messageId: 'insult',
      flagged: ['total dickhead'],
      severity: 'warning',
    },
    { text: 'Bloody hell, what a shit week.', messageId: 'obscenity', flagged: ['Bloody', 'hell', 'shit'] },
    {
      text: 'That ref is a f*cking disgrace.',
      messageId: 'obscenity',
      flagged: ['f*cking'],
      severity: 'warning',
    },
    { text: 'f**k this', messageId: 'obscenity', flagged: ['f**k'] },
    { text: 'What the f***', messageId: 'obscenity', flagged: ['f***'] },
    { text: 'sh1t happens', messageId: 'obscenity', flagged: ['sh1t'] },
    { text: 'FUCKING HELL', messageId: 'obscenity', flagged: ['FUCKING', 'HELL'] },
    { text: 'what a clusterfuck', messageId: 'obscenity', flagged: ['clusterfuck'] },
    { text: 'you idiot', messageId: 'insult', flagged: ['you idiot'] },
    {
      text: 'Stop being such a retard',
      messageId: 'slur',
      flagged: ['retard'],
      severity: 'breach',
      message: 'discriminatory',
      fix: { label: 'Remove', output: 'Stop being such a' },
    },
    { text: 'Oh crap', messageId: 'obscenity', flagged: ['crap'], severity: 'advice' },
  ],
});

// Contractions, places and words that only look rude; disguises; remarks about groups of people.
ruleTester('offensive-language', {
  valid: [
    "He'll be fine, she'll be fine, we'll all be fine",
    'He’ll never admit it',
    'A holiday cottage in Shitterton booked for half term',
    'Twatt, Orkney. Population: not many',
    'Stuck behind a tractor all the way from Penistone',
    'Cockermouth to Keswick on the bikes today',
    'Dick Whittington at the Grand was brilliant',
    'Booked a lodge at Sandy Balls for the weekend',
  ],
  invalid: [
    { text: 'Honestly he is a useless tw@t', messageId: 'insult', flagged: ['tw@t'] },
    { text: 'absolutely sh!tfaced at the leavers do', messageId: 'obscenity', flagged: ['sh!tfaced'] },
    { text: 'F U C K this weather', messageId: 'obscenity', flagged: ['F U C K'] },
    { text: 'what the actual fcuk', messageId: 'obscenity', flagged: ['fcuk'] },
    {
      text: "Honestly, the immigrants round here don't even try to learn English",
      messageId: 'discriminatory',
      flagged: ['immigrants'],
      severity: 'breach',
    },
    { text: "lol that's so gay", messageId: 'discriminatory', flagged: ['so gay'] },
  ],
});
