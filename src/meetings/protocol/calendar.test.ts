import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, meetingCalendar } from './calendar.js';
import type { MeetingCall } from './model.js';

/** Reads an iCalendar text back: checks the physical lines, unfolds them and parses each content line. */
function parseIcs(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF
  const physical = ics.slice(0, -2).split('\r\n');
  for (const l of physical) {
    expect(Buffer.byteLength(l, 'utf8'), l).toBeLessThanOrEqual(75);
    expect(l).not.toContain('\uFFFD'); // no UTF-8 character cut in two
  }
  const unfolded = ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const lines = unfolded.map((l) => {
    const m = /^([A-Z-]+)((?:;[^:;]+=(?:"[^"]*"|[^:;"]*))*):(.*)$/.exec(l);
    expect(m, l).not.toBeNull();
    const params = Object.fromEntries(
      [...m![2].matchAll(/;([^=]+)=("[^"]*"|[^;]*)/g)].map((p) => [p[1], p[2].replace(/^"|"$/g, '')]),
    );
    return { name: m![1], params, value: m![3] };
  });
  // Components nest properly.
  const stack: string[] = [];
  for (const l of lines) {
    if (l.name === 'BEGIN') stack.push(l.value);
    if (l.name === 'END') expect(stack.pop()).toBe(l.value);
  }
  expect(stack).toEqual([]);
  return { lines, physical };
}

const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const call: MeetingCall = {
  uid: 'meeting-7f3a',
  organisation: 'Region Jämtland Härjedalen',
  body: 'Regionfullmäktige',
  date: '2015-06-16',
  endDate: '2015-06-17',
  startTime: '09:00',
  endTime: '17:00',
  place: 'Regionens hus, sal Åre; plan 3',
  onlineUrl: 'https://möte.example.se/rf?id=1&x=2',
  url: 'https://samsyn.example/moten/7f3a',
  organiser: { name: 'Sekreterare, Region JH', email: 'sekreterare@example.se' },
  sequence: 2,
  agenda: [
    {
      number: 73,
      dnr: 'RS/333/2015',
      title:
        'Svar på motion från Berit Johansson (C) om utveckling av regionens jämställdhetsarbete genom Tillgänglighets- och jämställdhetskartan (ToJ)',
    },
    { number: 74, title: 'Ärende med \\ snedstreck; semikolon, komma\noch radbrytning' },
  ],
};

describe('the call as an iCalendar invitation (RFC 5545)', () => {
  it('is one VEVENT in Swedish local time with its VTIMEZONE, folded at 75 octets with CRLF', () => {
    const ics = meetingCalendar(call, { now: new Date('2015-06-01T08:30:00Z') });
    const { lines, physical } = parseIcs(ics);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true); // something was folded
    const names = lines.map((l) => `${l.name}:${l.name === 'BEGIN' || l.name === 'END' ? l.value : ''}`);
    expect(names.filter((n) => /^(BEGIN|END):/.test(n))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'BEGIN:DAYLIGHT',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const get = (name: string) => lines.filter((l) => l.name === name);
    // The VEVENT's property (DTSTART also appears in the VTIMEZONE's rules, before it).
    const one = (name: string) => get(name).at(-1)!;
    expect(one('VERSION').value).toBe('2.0');
    expect(one('PRODID').value).toMatch(/^-\/\/Samsyn\/\//);
    expect(one('METHOD').value).toBe('PUBLISH');
    expect(one('TZID').value).toBe('Europe/Stockholm');
    expect(one('UID').value).toBe('meeting-7f3a@samsyn');
    expect(one('DTSTAMP').value).toBe('20150601T083000Z');
    expect(one('DTSTART')).toMatchObject({ params: { TZID: 'Europe/Stockholm' }, value: '20150616T090000' });
    expect(one('DTEND')).toMatchObject({ params: { TZID: 'Europe/Stockholm' }, value: '20150617T170000' });
    expect(one('SEQUENCE').value).toBe('2');
    expect(one('STATUS').value).toBe('CONFIRMED');
    expect(unescape(one('SUMMARY').value)).toBe('Regionfullmäktige: sammanträde');
    expect(one('SUMMARY').params.LANGUAGE).toBe('sv-SE');
    expect(one('LOCATION').value).toBe('Regionens hus\\, sal Åre\\; plan 3');
    expect(unescape(one('LOCATION').value)).toBe(call.place);
    expect(one('URL').value).toBe(call.url);
    expect(one('ORGANIZER')).toMatchObject({
      params: { CN: 'Sekreterare, Region JH' },
      value: 'mailto:sekreterare@example.se',
    });
    const description = unescape(one('DESCRIPTION').value);
    expect(description.split('\n')).toEqual([
      'Kallelse till sammanträde med Regionfullmäktige, Region Jämtland Härjedalen.',
      'Sammanträdesdatum: 2015-06-16–17 kl. 09.00–17.00',
      'Plats och tid: Regionens hus, sal Åre; plan 3',
      '',
      'Föredragningslista:',
      `§ 73 ${call.agenda[0].title} (RS/333/2015)`,
      '§ 74 Ärende med \\ snedstreck; semikolon, komma',
      'och radbrytning',
      '',
      'Länk: https://möte.example.se/rf?id=1&x=2',
      'Länk: https://samsyn.example/moten/7f3a',
    ]);
    // A comma or semicolon inside TEXT is always escaped, so the raw value never holds a bare one.
    expect(one('DESCRIPTION').value).not.toMatch(/(^|[^\\]),/);
  });

  it('makes a whole-day event when there is no time, cancels, and speaks English when asked', () => {
    const ics = meetingCalendar(
      { ...call, startTime: null, endTime: null, endDate: null, cancelled: true, organiser: null },
      { now: new Date('2015-06-01T08:30:00Z'), locale: 'en' },
    );
    const { lines } = parseIcs(ics);
    const one = (n: string) => lines.find((l) => l.name === n)!;
    expect(lines.some((l) => l.name === 'BEGIN' && l.value === 'VTIMEZONE')).toBe(false);
    expect(one('DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20150616' });
    expect(one('DTEND')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20150617' });
    expect(one('STATUS').value).toBe('CANCELLED');
    expect(unescape(one('SUMMARY').value)).toBe('CANCELLED: Regionfullmäktige: meeting');
    expect(unescape(one('DESCRIPTION').value)).toContain('Agenda:');
    expect(lines.some((l) => l.name === 'ORGANIZER')).toBe(false);
  });

  it('refuses a day or time it cannot write', () => {
    expect(() => meetingCalendar({ ...call, date: '16/6 2015' })).toThrow('YYYY-MM-DD');
    expect(() => meetingCalendar({ ...call, startTime: '9' })).toThrow('HH:MM');
  });

  it('escapes TEXT and folds without cutting a character', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const long = `DESCRIPTION:${'å'.repeat(100)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((p, i) => {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
      if (i) expect(p.startsWith(' ')).toBe(true);
    });
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});
