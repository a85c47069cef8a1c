import { meetingDays } from './format.js';
import type { MeetingCall } from './model.js';
import { texts, type Locale } from './texts.js';

/**
 * The call's calendar invitation: an iCalendar object (RFC 5545) with one VEVENT in Swedish local time
 * (TZID=Europe/Stockholm, with its VTIMEZONE), published (METHOD:PUBLISH: a calendar entry to add, not an
 * iTIP meeting request that would need attendees). No iCalendar package is installed, so it is written
 * here: TEXT values escaped (3.3.11), lines folded at 75 octets without splitting a UTF-8 character
 * (3.1), CRLF line ends.
 */

const CRLF = '\r\n';
const TZID = 'Europe/Stockholm';

/** Sweden's rules since 1996 (EU summer time: last Sunday of March 02:00 to last Sunday of October 03:00). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value: backslash, semicolon and comma escaped, line ends as \n, other control characters dropped. */
export function escapeText(s: string): string {
  return (
    s
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters cannot appear in a TEXT value
      .replace(/[\u0000-\u001f\u007f]/g, '')
  );
}

/** A parameter value (e.g. CN): quoted when it holds ":", ";" or ","; a double quote cannot appear and is dropped. */
const paramValue = (s: string): string => {
  // eslint-disable-next-line no-control-regex -- nor in a parameter value
  const clean = s.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
};

/** Folds a content line into lines of at most 75 octets, each continuation starting with one space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never cut inside a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // the leading space counts
  }
  return parts.join(`${CRLF} `);
}

const compactDate = (d: string) => d.replace(/-/g, '');
const compactTime = (t: string) => `${t.replace(':', '')}00`;
const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface CalendarOptions {
  /** DTSTAMP: when the invitation was made; now when left out. */
  now?: Date;
  locale?: Locale;
}

/** The description: the call's first line, the agenda one line a §, the links. */
function description(m: MeetingCall, locale: Locale): string {
  const t = texts(locale);
  const agenda = m.agenda.map(
    (a, i) => `${a.number != null ? `§ ${a.number}` : `${i + 1}.`} ${a.title}${a.dnr ? ` (${a.dnr})` : ''}`,
  );
  return [
    t.callIntro(m.body, m.organisation),
    `${t.meetingDate}: ${meetingDays(m.date, m.endDate)}${m.startTime ? ` ${t.time(m.startTime, m.endTime)}` : ''}`,
    ...(m.place ? [`${t.placeAndTime}: ${m.place}`] : []),
    ...(agenda.length ? ['', `${t.agenda}:`, ...agenda] : []),
    ...(m.onlineUrl ? ['', `${t.online}: ${m.onlineUrl}`] : []),
    ...(m.url ? [`${t.link}: ${m.url}`] : []),
  ].join('\n');
}

export function meetingCalendar(m: MeetingCall, o: CalendarOptions = {}): string {
  const locale = o.locale ?? 'sv';
  const t = texts(locale);
  if (!DAY.test(m.date) || (m.endDate && !DAY.test(m.endDate)))
    throw new RangeError('A meeting day must be written YYYY-MM-DD');
  for (const x of [m.startTime, m.endTime])
    if (x && !TIME.test(x)) throw new RangeError('A meeting time must be written HH:MM');
  const end = m.endDate ?? m.date;
  const when: string[] = m.startTime
    ? [
        `DTSTART;TZID=${TZID}:${compactDate(m.date)}T${compactTime(m.startTime)}`,
        ...(m.endTime ? [`DTEND;TZID=${TZID}:${compactDate(end)}T${compactTime(m.endTime)}`] : []),
      ]
    : // A whole-day event: DTEND is the day after the last (exclusive).
      [`DTSTART;VALUE=DATE:${compactDate(m.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(end, 1))}`];
  const uid = m.uid.includes('@') ? m.uid : `${m.uid}@samsyn`;
  const summary = `${m.cancelled ? `${t.cancelled}: ` : ''}${t.callSummary(m.body)}`;
  const location = m.place ?? m.onlineUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Samsyn//Sammantraden//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(m.startTime ? VTIMEZONE : []),
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcStamp(o.now ?? new Date())}`,
    ...when,
    `SEQUENCE:${m.sequence ?? 0}`,
    `STATUS:${m.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY;LANGUAGE=${t.lang}:${escapeText(summary)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(m.url ? [`URL:${m.url.replace(/[\s"]/g, encodeURIComponent)}`] : []),
    `DESCRIPTION;LANGUAGE=${t.lang}:${escapeText(description(m, locale))}`,
    ...(m.organiser?.email
      ? [`ORGANIZER;CN=${paramValue(m.organiser.name)}:mailto:${m.organiser.email.replace(/[\s"<>]/g, '')}`]
      : []),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
