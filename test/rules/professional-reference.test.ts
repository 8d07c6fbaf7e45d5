import { ruleTester } from './tester';

ruleTester('professional-reference', {
  valid: [
    "Anyone recommend a decent plumber in Ashton? Boiler's packed in again.",
    'Can anyone recommend Dave for a boiler service?',
    'I recommend the lasagne at that place',
    'Would you recommend it?',
    'Please recommend me some books',
    'We are hiring a new science technician',
    'Highly recommend this book to everyone',
    'Delighted to have completed my NPQ in leadership with the Ambition Institute.',
    // Writing about a recommendation is not a recommendation in a post... only the recommendation surface is.
    'I got a lovely recommendation today',
    // A firm's or a product's thing, and a decision, are not people.
    "Recommend Babbel's Spanish course if you fancy a challenge before the summer term.",
    // …even when the firm is someone's by name: the business is recommended, not the person for a job.
    "Recommending Sarah's Cleaning Services to anyone in Littleover. Reliable, thorough and the house smells amazing.",
    "Highly recommend Tom's plumbing services, sorted our boiler in an hour.",
    // Someone else's recommendation, reported; a seller's service recommended to all comers.
    'Than many, his disinterested willingness recommended him from the first.',
    'Sarah recommended him for the job, apparently.',
    'I will go back to him for my next car and recommend him to all.',
    'The governing body recommended approval of two new teaching posts.',
    "You'd be mad not to try the curry at that new place on Market Street.",
    'Happy to recommend the new Thai place on Briggate',
    'Writing my references for UCAS all weekend',
    'Can anyone give a recommendation for a decent plumber in Leeds?',
    'Just did the reference check for our new car insurance',
    'Proud to endorse the campaign for free school meals',
    'Our head of PE wrote the match report for the newsletter.',
  ],
  invalid: [
    // A possessive and a product with a job in sight: the person is recommended for it.
    {
      text: "I'd recommend Sarah's services to any school looking for a new SENCo.",
      messageId: 'reference',
      flagged: ["recommend Sarah's"],
    },
    {
      text: 'I have highly recommended him for the deputy head post.',
      messageId: 'reference',
      flagged: ['recommended him'],
    },
    // A colleague recommended to anyone, with no job named, is a reference still (a customer's "to all" is not).
    {
      text: "Worked with Tom for five years. I'd recommend him to anyone.",
      messageId: 'reference',
      flagged: ['recommend him'],
      severity: 'warning',
    },
    {
      text: "I'd recommend her to anyone, she is the best colleague I have had.",
      messageId: 'reference',
      flagged: ['recommend her'],
    },
    {
      text: 'I recommend him to anyone looking for a brilliant TA.',
      messageId: 'reference',
      flagged: ['recommend him'],
    },
    {
      text: "I've had the pleasure of managing Rachel for four years; I recommend her wholeheartedly for any role.",
      surface: 'recommendation',
      site: 'linkedin',
      messageId: 'recommendation',
      flagged: [
        "I've had the pleasure of managing Rachel for four years; I recommend her wholeheartedly for any role",
      ],
      severity: 'breach',
    },
    {
      text: "Looking for a reliable science technician? I'd highly recommend my colleague Dave Horrocks, hire him!",
      site: 'linkedin',
      messageId: 'reference',
      flagged: ['recommend my colleague'],
      severity: 'breach',
    },
    { text: "Honestly, who wouldn't hire her?", messageId: 'reference', flagged: ['hire her'] },
    {
      text: 'Just did her reference for the deputy head job',
      messageId: 'reference',
      flagged: ['did her reference'],
    },
    // Writing the reference, nominating, and the ways people say "give them the job".
    {
      text: 'Spent my evening writing her reference for the midwifery course. Easiest one I have ever done.',
      messageId: 'reference',
      flagged: ['writing her reference'],
    },
    {
      text: 'Proud to nominate Tom Riley for the Young Leaders programme this year.',
      messageId: 'reference',
      flagged: ['nominate Tom'],
    },
    {
      text: 'Whoever is interviewing Priya for the head of maths post: give her the job, honestly.',
      messageId: 'reference',
      flagged: ['give her the job'],
    },
    {
      text: "Highly recommend Siobhan's application, she'd be brilliant in the role",
      messageId: 'reference',
      flagged: ["recommend Siobhan's"],
    },
    {
      text: "I'd recommend Sarah's application for the deputy head post to any governor.",
      site: 'linkedin',
      messageId: 'reference',
      flagged: ["recommend Sarah's"],
    },
    {
      text: 'Endorsing Priya for leadership: one of the best teachers I have ever worked with.',
      site: 'linkedin',
      messageId: 'reference',
      flagged: ['Endorsing Priya'],
      severity: 'breach',
    },
    {
      text: 'I recommend Sarah Jones for any teaching job',
      messageId: 'reference',
      flagged: ['recommend Sarah'],
      severity: 'breach',
    },
    {
      text: 'Any school would be lucky to have him.',
      messageId: 'reference',
      flagged: ['Any school would be lucky to have him'],
    },
    { text: 'Hire her, you will not regret it', messageId: 'reference', flagged: ['Hire her'] },
  ],
});

// References in any wording, and recommendations of things and firms.
ruleTester('professional-reference', {
  valid: [
    'I recommend them highly! Best curry in Wigan',
    "Can't recommend Hindley Heating & Plumbing enough",
    'Would recommend Atomic Habits to anyone building a routine',
    'Thanks so much for the lovely recommendation, Sarah!',
    'Congratulations on the new role, Gemma, thoroughly deserved',
    'Tower proposed to hire Agrawal for the job, offering him a salary',
    'The guidelines were endorsed by the Committee',
  ],
  invalid: [
    {
      text: 'My former trainee Jack is looking for a post. Snap him up!',
      messageId: 'reference',
      flagged: ['Snap him up'],
      severity: 'breach',
    },
    {
      text: "Ahmed was my mentee and he's more than ready for middle leadership. If you're looking for a maths lead, he's the one.",
      messageId: 'reference',
      flagged: ["he's more than ready for"],
    },
    {
      text: 'Can vouch for Marcus, worked with him for years, he would be perfect for this role',
      messageId: 'reference',
      flagged: ['Can vouch for Marcus'],
    },
  ],
});
