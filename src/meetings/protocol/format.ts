import type { PersonRef, Presence } from './model.js';
import type { ProtocolTexts } from './texts.js';

/** Small formatting rules the protocol, the extract, the calendar entry and the feed share. */

/** "Berit Johansson (C)"; an official with a title: "Maria Fransson, sekreterare". */
export const personLabel = (p: PersonRef, o: { title?: boolean } = {}): string =>
  `${p.name.trim()}${p.party ? ` (${p.party.trim()})` : ''}${o.title && p.title ? `, ${p.title.trim()}` : ''}`;

/** "A, B och C" / "A, B and C". */
export function joinNames(names: string[], t: ProtocolTexts): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t.and} ${names[names.length - 1]}`;
}

export const peopleLabel = (ps: PersonRef[], t: ProtocolTexts): string =>
  joinNames(
    ps.map((p) => personLabel(p)),
    t,
  );

/** A meeting's day or days: "2015-06-16–17", "2015-05-26–06-02", "2015-12-31–2016-01-01". */
export function meetingDays(date: string, endDate?: string | null): string {
  if (!endDate || endDate === date) return date;
  if (endDate.slice(0, 7) === date.slice(0, 7)) return `${date}–${endDate.slice(8)}`;
  if (endDate.slice(0, 4) === date.slice(0, 4)) return `${date}–${endDate.slice(5)}`;
  return `${date}–${endDate}`;
}

/** "§ 73", "§§ 67–69, 72": consecutive numbers as ranges. */
export function paragraphRange(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (!sorted.length) return '';
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return `${sorted.length > 1 ? '§§' : '§'} ${parts.join(', ')}`;
}

/** The §§ a participant was present for, out of the protocol's §§; null when present for all of them. */
export function presenceNumbers(presence: Presence | null | undefined, all: number[]): number[] | null {
  if (!presence) return null;
  const within = presence.numbers?.length
    ? all.filter((n) => presence.numbers!.includes(n))
    : all.filter((n) => (presence.fromNumber ?? -Infinity) <= n && n <= (presence.untilNumber ?? Infinity));
  return within.length === all.length ? null : within;
}
