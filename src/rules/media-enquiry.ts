import { PhraseSet } from '../text/phrases';
import { OUTLET_HANDLE_PARTS, OUTLETS, REQUESTS, RESPONSES } from './data/media';
import { defineRule, type Report } from './define';
import { indirectAffiliation } from './detect/affiliation';
import { schoolMentions } from './detect/school';

const requests = new PhraseSet(REQUESTS.map((p) => [p, true] as const));
const outlets = new PhraseSet(OUTLETS.map((p) => [p, true] as const));
const responses = new PhraseSet(RESPONSES.map((p) => [p, true] as const));

export default defineRule({
  id: 'media-enquiry',
  clause: '§9',
  defaultSeverity: 'breach',
  messages: { media: [] },
  check(doc, ctx) {
    if (ctx.account === 'school') return [];
    const aboutSchool = schoolMentions(doc, ctx).length > 0 || indirectAffiliation(doc).length > 0;
    const reports: Report[] = [];
    for (const m of requests.find(doc))
      reports.push({ start: m.start, end: m.end, weaker: aboutSchool ? 0 : 1, messageId: 'media' });
    if (reports.length > 0) return reports;
    // Otherwise: a news outlet (by word or handle) and an answer to it, in a post about the school.
    const outletSpans = [
      ...outlets.find(doc),
      ...doc.atoms.filter((a) => a.lead === '@' && OUTLET_HANDLE_PARTS.some((part) => a.key.includes(part))),
    ];
    const answer = responses.find(doc)[0];
    const outlet = outletSpans.sort((a, b) => a.start - b.start)[0];
    if (outlet && answer && aboutSchool) {
      const start = outlet.start - (doc.text[outlet.start - 1] === '@' ? 1 : 0);
      reports.push({ start, end: Math.max(outlet.end, answer.end), weaker: 0, messageId: 'media' });
    }
    return reports;
  },
});
