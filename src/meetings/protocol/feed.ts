import type { NoticeBoardItem } from './model.js';
import { texts, type Locale } from './texts.js';

/**
 * The notice board as an Atom 1.0 feed (RFC 4287): one entry per announced protocol, its summary the days
 * the notice goes up and comes down, the last day to appeal and where the protocol is kept. Every text is
 * XML-escaped and characters XML cannot hold are dropped.
 */

/** Text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

let offsetFormat: Intl.DateTimeFormat | undefined;
/**
 * The UTC offset of Swedish time at the start of a day, e.g. "+01:00" or "+02:00": read three hours before
 * UTC midnight, which is late evening the day before in Sweden, before any switch (those happen at 01:00 UTC).
 */
function stockholmOffset(day: string): string {
  const at = new Date(Date.parse(`${day}T00:00:00Z`) - 3 * 3600_000);
  offsetFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-]\d{2}):?(\d{2})/.exec(name ?? '');
  return m ? `${m[1]}:${m[2]}` : '+00:00';
}

/** An RFC 3339 time: a full time kept as it is, a day as its midnight in Swedish time. */
export function atomTime(value: string | Date): string {
  if (value instanceof Date) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00${stockholmOffset(value)}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date or time: ${value}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An entry id that never changes: the item's own IRI, or a tag URI (RFC 4151) of the feed's host and the posting day. */
function entryId(item: NoticeBoardItem, selfUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(item.id)) return item.id;
  const host = new URL(selfUrl).hostname;
  return `tag:${host},${item.postedOn}:anslag/${encodeURIComponent(item.id)}`;
}

export interface FeedOptions {
  /** The feed's own address (its id and rel="self" link). */
  selfUrl: string;
  title: string;
  /** The feed's last change; the newest entry's when left out. */
  updated?: string | Date;
  /** The notice board's page (rel="alternate"). */
  pageUrl?: string;
  /** The organisation that keeps the board (the feed's author). */
  author?: string;
  locale?: Locale;
}

export function noticeBoardFeed(entries: NoticeBoardItem[], o: FeedOptions): string {
  const t = texts(o.locale ?? 'sv');
  const lang = o.locale === 'en' ? 'en' : 'sv';
  const times = entries.map((e) => atomTime(e.updated ?? e.postedOn));
  const newest = [...times].sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const updated = o.updated ? atomTime(o.updated) : (newest ?? atomTime(new Date(0)));
  const x = xmlEscape;
  const entryXml = entries.map((e, i) => {
    const summary = [
      t.feedMeeting(e.meetingDate),
      t.feedSummary(e.postedOn, e.takeDownOn),
      ...(e.appealEndsOn ? [t.feedAppeal(e.appealEndsOn)] : []),
      ...(e.keptAt ? [t.feedKept(e.keptAt)] : []),
    ].join(' ');
    return [
      '  <entry>',
      `    <id>${x(entryId(e, o.selfUrl))}</id>`,
      `    <title type="text">${x(t.feedEntryTitle(e.body, e.meetingDate))}</title>`,
      `    <updated>${times[i]}</updated>`,
      `    <published>${atomTime(e.postedOn)}</published>`,
      `    <link rel="alternate" href="${x(e.url)}"/>`,
      `    <summary type="text">${x(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${x(o.selfUrl)}</id>`,
    `  <title type="text">${x(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(o.selfUrl)}"/>`,
    ...(o.pageUrl ? [`  <link rel="alternate" type="text/html" href="${x(o.pageUrl)}"/>`] : []),
    `  <author><name>${x(o.author ?? o.title)}</name></author>`,
    '  <generator>Samsyn</generator>',
    ...entryXml,
    '</feed>',
    '',
  ].join('\n');
}
