/**
 * composeReport: the report to the Headteacher is composed the same way every time, and its target is exactly
 * the mailto: draft, the filled form address or the text to copy. The expected values are written out in full
 * here, so any change to what the Headteacher receives shows up as a failing test.
 */
import { describe, expect, it } from 'vitest';
import { composeReport, type ReportInput, readableTime } from '../../src/background/report';
import { DEFAULT_PROFILE } from '../../src/profile/default';
import type { Profile } from '../../src/profile/schema';

const HEAD = { name: 'Mrs J. Smith', email: 'head@cansfield.wigan.sch.uk' };
const WITH_HEAD: Profile = {
  ...DEFAULT_PROFILE,
  contacts: { ...DEFAULT_PROFILE.contacts, headteacher: HEAD },
};
const FORM =
  'https://forms.office.com/Pages/ResponsePage.aspx?id=AbC123xyz&r1={url}&r2={selection}&r3={time}&r4={note}';

/** 10:15:03 UTC on a Tuesday in November: 10:15 in London (GMT). */
const INPUT: ReportInput = {
  url: 'https://www.facebook.com/groups/wiganparents/posts/123?comment_id=9&x=1',
  title: 'Wigan Parents & Carers | Facebook',
  selection: 'That school is a joke, the head is useless #Cansfield',
  link: '',
  image: '',
  note: 'Posted by a parent; 40+ comments so far.',
  reporter: 'Sam Teacher',
  time: new Date('2026-11-24T10:15:03.000Z'),
};

/**
 * How the time reads comes from the platform's locale data (ICU), whose punctuation varies a little between
 * versions ("Tuesday, 24 November 2026 at 10:15" or without the comma): checked by pattern below, and taken as
 * it is everywhere else.
 */
const SEEN = `${readableTime(INPUT.time)} (2026-11-24T10:15:03.000Z)`;
const SEEN_ENCODED = encodeURIComponent(SEEN);

const SUBJECT = 'Social media report: Wigan Parents & Carers | Facebook';
const BODY = [
  'Dear Mrs J. Smith,',
  '',
  'I am reporting content on social media that may disparage or reflect poorly on the school (Social Media Policy §11).',
  '',
  'Page: https://www.facebook.com/groups/wiganparents/posts/123?comment_id=9&x=1',
  'Title: Wigan Parents & Carers | Facebook',
  'Quoted text: "That school is a joke, the head is useless #Cansfield"',
  `Seen: ${SEEN}`,
  '',
  'Note: Posted by a parent; 40+ comments so far.',
  '',
  'A screenshot of the page is saved on my computer; I have attached it if my email allows.',
  '',
  'From Sam Teacher',
].join('\n');

describe('composeReport', () => {
  it('reads the time the way people in the school do', () => {
    expect(readableTime(INPUT.time)).toMatch(/^Tuesday,? 24 November 2026(,| at) 10:15$/);
    // British Summer Time: 10:15 UTC is 11:15 in London.
    expect(readableTime(new Date('2026-06-02T10:15:00Z'))).toMatch(/^Tuesday,? 2 June 2026(,| at) 11:15$/);
  });

  it('drafts an email to the Headteacher: the exact mailto: address, subject and body percent-encoded', () => {
    const report = composeReport(INPUT, WITH_HEAD);
    expect(report.channel).toBe('email');
    expect(report.subject).toBe(SUBJECT);
    expect(report.body).toBe(BODY);
    expect(report.target).toBe(
      'mailto:head@cansfield.wigan.sch.uk' +
        '?subject=Social%20media%20report%3A%20Wigan%20Parents%20%26%20Carers%20%7C%20Facebook' +
        '&body=Dear%20Mrs%20J.%20Smith%2C%0A%0A' +
        'I%20am%20reporting%20content%20on%20social%20media%20that%20may%20disparage%20or%20reflect%20poorly%20' +
        'on%20the%20school%20(Social%20Media%20Policy%20%C2%A711).%0A%0A' +
        'Page%3A%20https%3A%2F%2Fwww.facebook.com%2Fgroups%2Fwiganparents%2Fposts%2F123%3Fcomment_id%3D9%26x%3D1%0A' +
        'Title%3A%20Wigan%20Parents%20%26%20Carers%20%7C%20Facebook%0A' +
        'Quoted%20text%3A%20%22That%20school%20is%20a%20joke%2C%20the%20head%20is%20useless%20%23Cansfield%22%0A' +
        `Seen%3A%20${SEEN_ENCODED}%0A%0A` +
        'Note%3A%20Posted%20by%20a%20parent%3B%2040%2B%20comments%20so%20far.%0A%0A' +
        'A%20screenshot%20of%20the%20page%20is%20saved%20on%20my%20computer%3B%20I%20have%20attached%20it%20if%20' +
        'my%20email%20allows.%0A%0A' +
        'From%20Sam%20Teacher',
    );
    // Decoding gives back exactly the subject and body.
    const query = new URLSearchParams(report.target.slice(report.target.indexOf('?') + 1));
    expect(query.get('subject')).toBe(SUBJECT);
    expect(query.get('body')).toBe(BODY);
  });

  it('leaves out what was not reported, and greets "Headteacher" when the school has not named them', () => {
    const report = composeReport(
      { ...INPUT, title: '', selection: '', note: '', reporter: '' },
      { ...WITH_HEAD, contacts: { ...WITH_HEAD.contacts, headteacher: { name: '', email: HEAD.email } } },
    );
    expect(report.subject).toBe(`Social media report: ${INPUT.url}`);
    expect(report.body).toBe(
      [
        'Dear Headteacher,',
        '',
        'I am reporting content on social media that may disparage or reflect poorly on the school (Social Media Policy §11).',
        '',
        `Page: ${INPUT.url}`,
        'Title: (none)',
        `Seen: ${SEEN}`,
        '',
        'A screenshot of the page is saved on my computer; I have attached it if my email allows.',
        '',
        'Sent with Post Guard',
      ].join('\n'),
    );
  });

  it('names a reported link or image', () => {
    const link = composeReport({ ...INPUT, link: 'https://example.com/a b' }, WITH_HEAD);
    expect(link.body).toContain('\nLink: https://example.com/a b\n');
    const image = composeReport({ ...INPUT, image: 'https://scontent.example/photo.jpg' }, WITH_HEAD);
    expect(image.body).toContain('\nImage: https://scontent.example/photo.jpg\n');
  });

  it('fills a Microsoft Forms-style template, each placeholder URL-encoded', () => {
    const report = composeReport(INPUT, { ...WITH_HEAD, report: { channel: 'form', urlTemplate: FORM } });
    expect(report.channel).toBe('form');
    expect(report.subject).toBe(SUBJECT);
    expect(report.body).toBe(BODY);
    expect(report.target).toBe(
      'https://forms.office.com/Pages/ResponsePage.aspx?id=AbC123xyz' +
        '&r1=https%3A%2F%2Fwww.facebook.com%2Fgroups%2Fwiganparents%2Fposts%2F123%3Fcomment_id%3D9%26x%3D1' +
        '&r2=That%20school%20is%20a%20joke%2C%20the%20head%20is%20useless%20%23Cansfield' +
        `&r3=${SEEN_ENCODED}` +
        '&r4=Posted%20by%20a%20parent%3B%2040%2B%20comments%20so%20far.',
    );
    // Each value survives the trip through the form's own query string parsing.
    const query = new URL(report.target).searchParams;
    expect(query.get('id')).toBe('AbC123xyz');
    expect(query.get('r1')).toBe(INPUT.url);
    expect(query.get('r2')).toBe(INPUT.selection);
    expect(query.get('r3')).toBe(SEEN);
    expect(query.get('r4')).toBe(INPUT.note);
  });

  it('fills the other placeholders too, and empty ones with nothing', () => {
    const report = composeReport(
      { ...INPUT, selection: '', image: 'https://img.example/p.png?a=1&b=2' },
      {
        ...WITH_HEAD,
        report: {
          channel: 'form',
          urlTemplate: 'https://forms.example/f?t={title}&s={selection}&l={link}&r={reporter}',
        },
      },
    );
    expect(report.target).toBe(
      'https://forms.example/f?t=Wigan%20Parents%20%26%20Carers%20%7C%20Facebook&s=' +
        '&l=https%3A%2F%2Fimg.example%2Fp.png%3Fa%3D1%26b%3D2&r=Sam%20Teacher',
    );
  });

  it('copies the report when the school chose the clipboard', () => {
    const report = composeReport(INPUT, { ...WITH_HEAD, report: { channel: 'clipboard' } });
    expect(report).toEqual({
      channel: 'clipboard',
      subject: SUBJECT,
      body: BODY,
      target: `${SUBJECT}\n\n${BODY}`,
    });
  });

  it("copies the report when the school has not added the Headteacher's email", () => {
    const report = composeReport(INPUT, DEFAULT_PROFILE);
    expect(report.channel).toBe('clipboard');
    expect(report.body.startsWith('Dear Headteacher,\n')).toBe(true);
    expect(report.target).toBe(`${SUBJECT}\n\n${report.body}`);
  });

  it('keeps an address with unusual characters in one piece', () => {
    const report = composeReport(INPUT, {
      ...WITH_HEAD,
      contacts: { ...WITH_HEAD.contacts, headteacher: { name: '', email: "o'neil+head@school.sch.uk" } },
    });
    expect(report.target.startsWith("mailto:o'neil%2Bhead@school.sch.uk?subject=")).toBe(true);
  });

  it('cuts a very long subject to 200 characters', () => {
    const report = composeReport({ ...INPUT, title: 'x'.repeat(500) }, WITH_HEAD);
    expect(report.subject).toHaveLength(200);
  });
});
