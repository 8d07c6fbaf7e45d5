import { ruleTester } from './tester';

const roster = [{ forename: 'Isla', surname: 'Brown' }];
const group = [{ name: 'trip.jpg', people: 3 }];
const one = [{ name: 'me.jpg', people: 1 }];
const noPeople = [{ name: 'view.jpg', people: 0 }];

ruleTester(
  'pupil-photo',
  {
    valid: [
      // People, but nothing about school: a photo of friends or family is the member's own business.
      { text: 'Lovely walk up Rivington Pike with the family', pictures: group },
      { text: 'Happy birthday to my wonderful mum!', pictures: one },
      // School context, but no people in the picture.
      { text: 'Sports day at Cansfield High was brilliant', pictures: noPeople },
      { text: 'Sports day at Cansfield High was brilliant' },
      // "Class" as in a yoga class is not school life... only with a school word around it.
      { text: 'Great yoga session tonight', pictures: group },
    ],
    invalid: [
      {
        text: 'Sports day at Cansfield High was brilliant',
        pictures: group,
        messageId: 'peopleInSchoolPost',
        flagged: [''],
        severity: 'breach',
        message: 'trip.jpg',
      },
      {
        text: 'So proud of my Year 9s today',
        pictures: group,
        messageId: 'peopleInSchoolPost',
        flagged: [''],
      },
      { text: 'Well done Isla Brown!', pictures: one, messageId: 'personInSchoolPost', flagged: [''] },
      {
        text: 'Our school trip to Chester Zoo',
        pictures: group,
        messageId: 'peopleInSchoolPost',
        flagged: [''],
      },
      {
        text: 'Prize giving tonight',
        pictures: [...noPeople, ...group],
        messageId: 'peopleInSchoolPost',
        flagged: [''],
      },
      // On the school's own account: a consent check for whoever is pictured, whatever the text says.
      {
        text: 'A lovely afternoon',
        account: 'school',
        pictures: group,
        messageId: 'checkConsentPeople',
        flagged: [''],
        severity: 'warning',
        message: 'check consent for Facebook',
      },
    ],
  },
  { roster },
);
