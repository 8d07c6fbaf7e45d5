/**
 * Precision first: ordinary posts that staff write every day, none of them about school. Not one of them may
 * be flagged above advice; every false alarm teaches staff to ignore the real ones.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/core/severity';
import { check } from '../../src/engine/check';
import { createContext } from '../../src/engine/context';
import { compileRoster } from '../../src/roster/compile';

const roster = compileRoster([
  { forename: 'Grace', surname: 'Lowe' },
  { forename: 'Summer', surname: 'Hurst' },
  { forename: 'Will', surname: 'Fletcher' },
  { forename: 'Hope', surname: 'Walker' },
  { forename: 'Harry', surname: 'Smith' },
  { forename: 'Jack', surname: 'Kane' },
  { forename: 'Jack', surname: 'Marsh' },
  { forename: 'Oliver', surname: 'Smith' },
  { forename: 'Paige', surname: 'Turner' },
  { forename: 'Amber', surname: 'Rose' },
]);

const POSTS = [
  "Sunday roast at my mum's, then a walk round Haigh Hall. Perfect weekend.",
  'Grace and I are celebrating ten years married today ❤️',
  "Summer holidays can't come soon enough, booked two weeks in Crete!",
  'I hope walkers enjoy the trail, it was lovely and dry today',
  'Saying grace before dinner when the bell rang',
  'I will fletcher my own arrows this year, new hobby',
  'What a performance of Oliver! at the Royal Exchange',
  'The paige turner book club meets Thursday, new members welcome.',
  'Harry Kane scores again, what a player',
  'Jack and I went to Marsh Farm for the lambing',
  'Amber rose on the traffic lights and I still got through',
  "Anyone recommend a decent plumber in Ashton? Boiler's packed in again.",
  "Can't believe Wigan lost again. Season over already?",
  'New puppy! Meet Biscuit 🐶',
  'Thanks to everyone who came to my 40th, what a night!',
  'My kids are driving me mad this half term 😂',
  "Our kids' school run is chaos with these roadworks",
  'The traffic on the M6 was a nightmare this morning',
  "The council still hasn't fixed the pothole on our road",
  'This new phone is rubbish, battery lasts two hours',
  'Proud of my daughter, passed her driving test first time!',
  'Please share: lost cat in Standish, ginger, answers to Pumpkin',
  'Off to the dentist, wish me luck',
  'Had the best curry at that new place on Market Street',
  'Anyone going to the Christmas market in Manchester on Saturday?',
  'I recommend the lasagne, honestly the best I have had',
  'Highly recommend this podcast about the Tudors',
  "My husband's snoring is a nightmare",
  'Our neighbours have the loudest dog in Wigan',
  'Is it wrong to put the tree up in November?',
  'Couch to 5k week 6 done. Legs are jelly.',
  'Bake off final tonight, no spoilers please',
  'Who else is watching the darts?',
  'Marsh Lane is closed again for roadworks, avoid if you can.',
  'Happy birthday to my gorgeous niece Lily, 18 today!',
  'RIP to a wonderful uncle, we will miss you',
  'Voting day tomorrow, make sure you use your vote',
  "Lovely service at St John's this morning",
  'Hope everyone has a lovely Christmas',
  'Will anyone be at the quiz on Friday?',
  'Grace Darling museum was amazing on our holiday',
  'Half marathon training: 10 miles in the rain 🌧️',
  'Delighted to have completed my NPQ in leadership with the Ambition Institute.',
  'Looking for recommendations for a holiday cottage in the Lakes',
  'Fed up with this weather',
  'Finally finished the garden fence, only took three weekends',
  'Just booked tickets for Oasis, cannot wait!!',
  'Our allotment has produced more courgettes than we can eat',
  'Meal prep Sunday done, feeling organised',
  'Does anyone know a good mechanic near Orrell?',
  'My mum had surgery last week and she is recovering well',
  'Call me on 07700 900877 if you want the sofa, collection only',
  'Selling my bike, message me for details',
  'Best day out at Chester Zoo with the family',
  'The match report in the local paper was spot on',
  'Our book club read a brilliant thriller this month',
  'Dinner with the girls tonight 🍷',
  'Bloody freezing out there',
  'It was a joke, calm down',
  'Anyone else think the new Doctor Who is brilliant?',
  // Contractions that run together into other words ("he'll" is not "hell", "we're" is not "were").
  "Told our Jack he'll have to wait till Saturday for his new boots",
  'He’ll never admit it but Dad loved his card',
  "She'd know, we're off to the coast, I'll bring the sandwiches",
  "Sue'll be late, she's stuck on the East Lancs",
  // Places and words that contain rude strings.
  'Scunthorpe away on a Tuesday night in February',
  'Holiday cottage in Shitterton booked for half term',
  'Twatt, Orkney. Population: not many, plus one confused sheep',
  'Cockfosters is the end of the Piccadilly line',
  'Cocktail night at ours on Friday',
  'Matt Hancock back on the telly again',
  // Recommending businesses, books, places and courses.
  'I recommend them highly! Best chippy in Ince',
  "Can't recommend Hindley Heating & Plumbing enough, new boiler in a day",
  'Highly recommend the Learning Pool course on pivot tables',
  'Use J. Makin & Sons for your roof, they did ours last year',
  'Would recommend Atomic Habits to anyone building a routine',
  // Numbers that are not phone numbers.
  'Holiday read sorted, ISBN 978-0-241-98845-0 if you want the same edition',
  'Amazon order 203-4417829-0061134 says delivered. It has not.',
  "Tracking number's 0078 2291 4450 0012 8 if that helps",
  'Wigan 24-12 Saints. What a night at the Brick',
  'Just paid £1,049.99 for a fridge freezer',
  'parkrun PB 24:07, barcode A2945178 laminated on my keyring',
  'Reference number for the council complaint is 0194 2004 8812',
];

describe('everyday posts', () => {
  for (const text of POSTS) {
    it(text.slice(0, 60), () => {
      const ctx = createContext({ site: 'facebook', surface: 'post', roster });
      const loud = check(text, ctx, { strict: true })
        .filter((f) => rank(f.severity) > rank('advice'))
        .map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);
      expect(loud).toEqual([]);
    });
  }
});
