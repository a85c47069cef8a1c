import { describe, expect, it } from 'vitest';
import { parseXml as parse, type XmlNode as Node } from '../../test/xml.js';
import { atomTime, noticeBoardFeed, xmlEscape } from './feed.js';
import type { NoticeBoardItem } from './model.js';

const ATOM = '{http://www.w3.org/2005/Atom}';
const kids = (n: Node, local: string) => n.children.filter((c) => c.name === ATOM + local);
const kid = (n: Node, local: string) => kids(n, local)[0];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const entries: NoticeBoardItem[] = [
  {
    id: 'm-67',
    body: 'Regionstyrelsens arbetsutskott',
    meetingDate: '2019-03-04',
    postedOn: '2019-03-12',
    takeDownOn: '2019-04-03',
    appealEndsOn: '2019-04-02',
    keptAt: 'Regionkontoret, Region Halland',
    url: 'https://samsyn.example/anslagstavla/1/protokoll/m-67.pdf?lang=sv&v=2',
  },
  {
    id: 'https://samsyn.example/anslag/rf-2015-06',
    body: 'Regionfullmäktige <"R&D"> \u0007',
    meetingDate: '2015-06-16',
    postedOn: '2015-06-24',
    takeDownOn: '2015-07-16',
    url: 'https://samsyn.example/anslagstavla/1/protokoll/rf.pdf',
    updated: '2015-06-25T10:15:00+02:00',
  },
];

describe('the notice board as an Atom feed (RFC 4287)', () => {
  it('is well-formed Atom with the feed id, title, updated, self link, author and one entry per protocol', () => {
    const xml = noticeBoardFeed(entries, {
      selfUrl: 'https://samsyn.example/api/notice-board/1/feed.atom?a=1&b=2',
      pageUrl: 'https://samsyn.example/anslagstavla/1',
      title: 'Region Hallands anslagstavla & protokoll',
      author: 'Region Halland',
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const feed = parseXml(xml);
    expect(feed.name).toBe(`${ATOM}feed`);
    expect(feed.attributes['xml:lang']).toBe('sv');
    expect(kid(feed, 'id').text).toBe('https://samsyn.example/api/notice-board/1/feed.atom?a=1&b=2');
    expect(kid(feed, 'title').text).toBe('Region Hallands anslagstavla & protokoll');
    expect(kid(feed, 'updated').text).toMatch(RFC3339);
    // The newest entry's time when no time is given.
    expect(Date.parse(kid(feed, 'updated').text)).toBe(Date.parse('2019-03-12T00:00:00+01:00'));
    const links = kids(feed, 'link').map((l) => l.attributes);
    expect(links).toContainEqual({
      rel: 'self',
      type: 'application/atom+xml',
      href: 'https://samsyn.example/api/notice-board/1/feed.atom?a=1&b=2',
    });
    expect(links).toContainEqual({
      rel: 'alternate',
      type: 'text/html',
      href: 'https://samsyn.example/anslagstavla/1',
    });
    expect(kid(kid(feed, 'author'), 'name').text).toBe('Region Halland');

    const es = kids(feed, 'entry');
    expect(es).toHaveLength(2);
    const [first, second] = es;
    for (const e of es) {
      for (const el of ['id', 'title', 'updated', 'summary']) expect(kids(e, el), el).toHaveLength(1);
      expect(kid(e, 'updated').text).toMatch(RFC3339);
    }
    expect(kid(first, 'id').text).toBe('tag:samsyn.example,2019-03-12:anslag/m-67');
    expect(kid(first, 'title').text).toBe('Regionstyrelsens arbetsutskott 2019-03-04: protokollet är anslaget');
    expect(kid(first, 'updated').text).toBe('2019-03-12T00:00:00+01:00');
    expect(kid(first, 'link').attributes).toEqual({ rel: 'alternate', href: entries[0].url });
    expect(kid(first, 'summary').text).toBe(
      'Sammanträdesdatum 2019-03-04. Anslaget 2019-03-12, tas ned 2019-04-03. Sista dag för överklagande 2019-04-02. Protokollet förvaras: Regionkontoret, Region Halland.',
    );
    // Escaped text comes back as written; a character XML cannot hold is dropped.
    expect(kid(second, 'id').text).toBe('https://samsyn.example/anslag/rf-2015-06');
    expect(kid(second, 'title').text).toBe('Regionfullmäktige <"R&D">  2015-06-16: protokollet är anslaget');
    expect(kid(second, 'updated').text).toBe('2015-06-25T08:15:00Z');
    expect(kid(second, 'published').text).toBe('2015-06-24T00:00:00+02:00'); // summer time
    expect(kid(second, 'summary').text).not.toContain('överklagande');
  });

  it('uses the given update time and English when asked, and is valid with no entries', () => {
    const xml = noticeBoardFeed([], {
      selfUrl: 'https://samsyn.example/feed',
      title: 'Notice board',
      updated: new Date('2026-12-05T07:00:00Z'),
      locale: 'en',
    });
    const feed = parseXml(xml);
    expect(feed.attributes['xml:lang']).toBe('en');
    expect(kid(feed, 'updated').text).toBe('2026-12-05T07:00:00Z');
    expect(kids(feed, 'entry')).toHaveLength(0);
    const en = parseXml(
      noticeBoardFeed(entries.slice(0, 1), { selfUrl: 'https://x.example/f', title: 'T', locale: 'en' }),
    );
    expect(kid(kid(en, 'entry'), 'summary').text).toBe(
      'Date of meeting 2019-03-04. Posted 2019-03-12, taken down 2019-04-03. Last day to appeal 2019-04-02. The minutes are kept at: Regionkontoret, Region Halland.',
    );
  });

  it('escapes the five XML characters and writes RFC 3339 times', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(atomTime('2019-01-15')).toBe('2019-01-15T00:00:00+01:00');
    expect(atomTime('2019-07-15')).toBe('2019-07-15T00:00:00+02:00');
    // The days summer time starts and ends: midnight is still in the time before the switch.
    expect(atomTime('2019-03-31')).toBe('2019-03-31T00:00:00+01:00');
    expect(atomTime('2019-10-27')).toBe('2019-10-27T00:00:00+02:00');
    expect(() => atomTime('soon')).toThrow('Not a date');
  });
});

function parseXml(xml: string): Node {
  return parse(xml, { expandedNames: true });
}
