/**
 * Composing a report to the Headteacher (§11: staff must report content that disparages the school "without
 * unreasonable delay"). Pure: the same input always gives the same email draft or form address, which is what
 * the tests check and what the member of staff sees before anything is sent.
 */
import type { ReportField } from '../profile/constants';
import { policyCitation } from '../profile/policy';
import type { Profile } from '../profile/schema';
import type { ReportDetails } from '../storage/db';

export interface ReportInput extends ReportDetails {
  time: Date;
}

export interface ComposedReport {
  channel: 'email' | 'form' | 'clipboard';
  subject: string;
  body: string;
  /** mailto: address for email, the filled form address for form, the text itself for the clipboard. */
  target: string;
}

/** The time as people in the school read it: "Tuesday 24 November 2026, 10:15". */
export function readableTime(time: Date, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);
}

function fieldsOf(input: ReportInput, timeZone: string): Record<ReportField, string> {
  return {
    url: input.url,
    title: input.title,
    selection: input.selection,
    link: input.link || input.image,
    time: `${readableTime(input.time, timeZone)} (${input.time.toISOString()})`,
    reporter: input.reporter,
    note: input.note,
  };
}

/**
 * A mailto: address, with a draft's subject and body when given. The @ stays readable (mail apps show the
 * address as written); an empty `to` leaves the recipient for the member to choose.
 */
export function mailto(to: string, draft?: { subject: string; body: string }): string {
  const address = to ? encodeURIComponent(to).replace('%40', '@') : '';
  return draft
    ? `mailto:${address}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`
    : `mailto:${address}`;
}

export function composeReport(input: ReportInput, profile: Profile): ComposedReport {
  const timeZone = profile.workingHours?.timeZone ?? 'Europe/London';
  const fields = fieldsOf(input, timeZone);
  const subject = `Social media report: ${input.title || input.url}`.slice(0, 200);
  const lines = [
    `Dear ${profile.contacts.headteacher.name || 'Headteacher'},`,
    '',
    `I am reporting content on social media that may disparage or reflect poorly on the school (${policyCitation(profile, 'reporting')}).`,
    '',
    `Page: ${fields.url}`,
    `Title: ${fields.title || '(none)'}`,
    ...(input.selection ? [`Quoted text: "${input.selection}"`] : []),
    ...(input.link ? [`Link: ${input.link}`] : []),
    ...(input.image ? [`Image: ${input.image}`] : []),
    `Seen: ${fields.time}`,
    ...(input.note ? ['', `Note: ${input.note}`] : []),
    '',
    'A screenshot of the page is saved on my computer; I have attached it if my email allows.',
    '',
    input.reporter ? `From ${input.reporter}` : 'Sent with Post Guard',
  ];
  const body = lines.join('\n');
  const report = profile.report;
  if (report.channel === 'form') {
    const target = report.urlTemplate.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(fields[name as ReportField] ?? ''),
    );
    return { channel: 'form', subject, body, target };
  }
  const to = profile.contacts.headteacher.email;
  if (report.channel === 'clipboard' || !to)
    return { channel: 'clipboard', subject, body, target: `${subject}\n\n${body}` };
  return { channel: 'email', subject, body, target: mailto(to, { subject, body }) };
}
