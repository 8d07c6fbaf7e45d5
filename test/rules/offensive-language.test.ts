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
