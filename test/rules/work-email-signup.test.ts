import { ruleTester } from './tester';

ruleTester('work-email-signup', {
  valid: [
    { text: 'sam.teacher@gmail.com', surface: 'signup' },
    // Only sign-up fields: elsewhere an address is personal data or a contact.
    { text: 's.teacher@cansfield.wigan.sch.uk', surface: 'post' },
    { text: '', surface: 'signup' },
  ],
  invalid: [
    {
      text: 's.teacher@cansfield.wigan.sch.uk',
      surface: 'signup',
      messageId: 'schoolEmail',
      flagged: ['s.teacher@cansfield.wigan.sch.uk'],
      severity: 'breach',
    },
    {
      text: 'S.Teacher@Cansfield.Wigan.Sch.UK',
      surface: 'signup',
      messageId: 'schoolEmail',
      flagged: ['S.Teacher@Cansfield.Wigan.Sch.UK'],
    },
    {
      text: 'me@staff.cansfield.wigan.sch.uk',
      surface: 'signup',
      messageId: 'schoolEmail',
      flagged: ['me@staff.cansfield.wigan.sch.uk'],
    },
    {
      text: 'head@otherschool.lancs.sch.uk',
      surface: 'signup',
      messageId: 'likelySchoolEmail',
      flagged: ['head@otherschool.lancs.sch.uk'],
      severity: 'warning',
    },
  ],
});
