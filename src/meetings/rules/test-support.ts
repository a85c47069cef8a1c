import fc from 'fast-check';
import type { Attendee, MeetingRole } from './attendance.js';
import { daysInMonth, type IsoDate } from './dates.js';

/** Any calendar date in the given years (fast-check arbitrary shared by the rule tests). */
export const arbDate = (minYear = 1990, maxYear = 2060): fc.Arbitrary<IsoDate> =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(
      ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`,
    );

let next = 0;
/** A participant, present for the whole meeting unless told otherwise. */
export function attendee(name: string, role: MeetingRole = 'member', extra: Partial<Attendee> = {}): Attendee {
  const party = /\(([^)]+)\)$/.exec(name)?.[1] ?? null;
  return { id: `p${++next}`, name: name.replace(/\s*\([^)]+\)$/, ''), party, role, present: true, ...extra };
}

/**
 * Seed 003: the 17 members of Regionfullmäktige (Region Jämtland Härjedalen, 2015-06-16–17, § 73)
 * who reserved themselves in favour of Berit Johansson's motion, exactly as the seed names them.
 */
export const SEED_003_RESERVING = [
  'Berit Johansson (C)',
  'Thomas Andersson (C)',
  'Eva Hellstrand (C)',
  'Carina Asplund (C)',
  'Elin Lemon (C)',
  'Mattias Vernberg (C)',
  'Cristine Persson (C)',
  'Christer Siwertsson (M)',
  'Susanné Wallner (M)',
  'Elise Ryder Wikén (M)',
  'Joel Nordkvist (M)',
  'Margareta Gladh (M)',
  'Victor Ericsson (M)',
  'Gunnar Hjelm (M)',
  'Veronica Eklund (M)',
  'Lars-Erik Olofsson (KD)',
  'Margareta Mahmoud Persson (KD)',
];

/**
 * A fullmäktige of `seats` members: the seed's 17 reserving members, the two who made statements
 * (Margareta Winberg (S), Monalisa Norrman (V)), a presiding chair (the seed calls him only
 * "Ordföranden"), and numbered members to fill the seats.
 */
export function seed003Council(seats = 55): {
  attendance: Attendee[];
  byName: (n: string) => Attendee;
  chair: Attendee;
} {
  const chair = attendee('Ordföranden', 'chair');
  const named = [...SEED_003_RESERVING, 'Margareta Winberg (S)', 'Monalisa Norrman (V)'].map((n) => attendee(n));
  const filler = Array.from({ length: seats - named.length - 1 }, (_, i) => attendee(`Ledamot ${i + 1}`));
  const attendance = [chair, ...named, ...filler];
  const byName = (n: string) => {
    const a = attendance.find((x) => x.name === n);
    if (!a) throw new Error(`no ${n}`);
    return a;
  };
  return { attendance, byName, chair };
}
