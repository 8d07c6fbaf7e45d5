import { ruleTester } from './tester';

ruleTester('profile-employment', {
  valid: [
    { text: 'Runner, reader, dog lover', surface: 'profile' },
    // Only profiles: posts have the affiliation rule.
    { text: 'Teacher at Cansfield High School', surface: 'post' },
    { text: 'Teacher at Cansfield High School', surface: 'profile', account: 'school' },
  ],
  invalid: [
    {
      text: 'Teacher at Cansfield High School',
      surface: 'profile',
      site: 'facebook',
      messageId: 'namesSchool',
      flagged: ['Cansfield High School'],
      severity: 'breach',
    },
    {
      text: 'Head of Science at Cansfield High',
      surface: 'profile',
      site: 'linkedin',
      messageId: 'linkedin',
      flagged: ['Cansfield High'],
      severity: 'warning',
      message: 'permission',
    },
    {
      text: 'Proud tutor of my Year 9 form',
      surface: 'profile',
      site: 'instagram',
      messageId: 'namesSchool',
      flagged: ['my Year 9'],
      severity: 'warning',
    },
  ],
});
