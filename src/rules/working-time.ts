import { WEEKDAYS, type Weekday } from '../profile/constants';
import { defineRule } from './define';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday and minutes since midnight at `now` in the school's time zone. */
function localTime(now: Date, timeZone: string): { day: string; minutes: number } | undefined {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  if (Number.isNaN(now.getTime())) return undefined;
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    day: String(parts.weekday).slice(0, 3).toLowerCase(),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export default defineRule({
  id: 'working-time',
  clause: '§7',
  defaultSeverity: 'warning',
  messages: { workingTime: ['start', 'end'] },
  check(doc, ctx) {
    const hours = ctx.profile.profile.workingHours;
    if (!hours || ctx.account === 'school' || doc.text.trim() === '') return [];
    const now = localTime(ctx.now, hours.timeZone);
    if (!now || !(WEEKDAYS as readonly string[]).includes(now.day)) return [];
    const working =
      hours.days.includes(now.day as Weekday) &&
      now.minutes >= minutesOf(hours.start) &&
      now.minutes < minutesOf(hours.end);
    if (!working) return [];
    return [{ start: 0, end: 0, messageId: 'workingTime', data: { start: hours.start, end: hours.end } }];
  },
});
