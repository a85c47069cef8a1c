/**
 * Who took part in a meeting, and in which §§. The shape follows the meetings contract's
 * `Participant`, so the server passes its records straight in.
 *
 * Roles: ordförande (chair), vice ordförande (vice_chair) and ledamot (member) hold a seat;
 * ersättare (substitute) votes only while serving (tjänstgörande) for a member who does not take part
 * in that § — absent, or jävig; sekreterare, adjungerad (adjunct: may speak, no vote), observatör
 * (observer, councils), tjänsteperson (official) and others never vote.
 */
export const meetingRoles = [
  'chair',
  'vice_chair',
  'member',
  'substitute',
  'secretary',
  'adjunct',
  'observer',
  'official',
  'other',
] as const;
export type MeetingRole = (typeof meetingRoles)[number];

/** The roles that hold a seat (ledamöter). */
export const seatRoles: readonly MeetingRole[] = ['chair', 'vice_chair', 'member'];

export interface Attendee {
  id: string;
  personId?: string | null;
  name: string;
  party?: string | null;
  role: MeetingRole;
  /** A substitute serving for this participant (their seat). */
  servesForId?: string | null;
  /** Came to the meeting at all. */
  present: boolean;
  /** Present from this § on (arrived late); null/undefined: from the start. */
  fromNumber?: number | null;
  /** Present up to and including this § (left early); null/undefined: to the end. */
  untilNumber?: number | null;
  /** §§ in between they were away for (stepped out and came back). */
  awayFor?: readonly number[];
}

/** The § as far as attendance is concerned: its number and who was jävig (did not take part). */
export interface ParagraphAttendance {
  number: number;
  /** Participant ids that did not take part because of jäv (6 kap. 28 §; 5 kap. 47 § for fullmäktige). */
  jav?: readonly string[];
}

export const holdsSeat = (a: Attendee): boolean => seatRoles.includes(a.role);

/** In the room at § n. */
export function presentAt(a: Attendee, n: number): boolean {
  if (!a.present) return false;
  if (a.fromNumber != null && n < a.fromNumber) return false;
  if (a.untilNumber != null && n > a.untilNumber) return false;
  return !(a.awayFor ?? []).includes(n);
}

export const javigAt = (a: Attendee, p: ParagraphAttendance): boolean => (p.jav ?? []).includes(a.id);

/** Present and not jävig at the §. */
export const takesPartIn = (a: Attendee, p: ParagraphAttendance): boolean => presentAt(a, p.number) && !javigAt(a, p);

/**
 * Who holds each seat at the §: the member when they take part; otherwise the first present,
 * non-jävig substitute serving for them. Returns seat (member id) → voter.
 */
export function seatHolders(attendance: readonly Attendee[], p: ParagraphAttendance): Map<string, Attendee> {
  const seats = new Map<string, Attendee>();
  const seatIds = new Set(attendance.filter(holdsSeat).map((a) => a.id));
  for (const a of attendance) if (holdsSeat(a) && takesPartIn(a, p)) seats.set(a.id, a);
  for (const a of attendance) {
    if (a.role !== 'substitute' || !a.servesForId || seats.has(a.servesForId)) continue;
    if (seatIds.has(a.servesForId) && takesPartIn(a, p)) seats.set(a.servesForId, a);
  }
  return seats;
}

/** The participants entitled to vote at the § (one per seat), in attendance order. */
export function entitledToVote(attendance: readonly Attendee[], p: ParagraphAttendance): Attendee[] {
  const voters = new Set([...seatHolders(attendance, p).values()].map((a) => a.id));
  return attendance.filter((a) => voters.has(a.id));
}

/**
 * Why a participant cannot vote (or make a motion, or reserve) at the §, or null when they can.
 * The order of the reasons is the order a person would check them.
 */
export type NotEntitledReason = 'not_participant' | 'absent' | 'jav' | 'not_entitled';

/** `whyNotEntitled` for many participants of one §: the seats are worked out once. */
export function entitlementAt(
  attendance: readonly Attendee[],
  p: ParagraphAttendance,
): (participantId: string) => NotEntitledReason | null {
  const byId = new Map(attendance.map((a) => [a.id, a]));
  const voters = new Set(entitledToVote(attendance, p).map((a) => a.id));
  return (participantId) => {
    const a = byId.get(participantId);
    if (!a) return 'not_participant';
    if (!presentAt(a, p.number)) return 'absent';
    if (javigAt(a, p)) return 'jav';
    return voters.has(a.id) ? null : 'not_entitled';
  };
}

export function whyNotEntitled(
  participantId: string,
  attendance: readonly Attendee[],
  p: ParagraphAttendance,
): NotEntitledReason | null {
  return entitlementAt(attendance, p)(participantId);
}

/** Attendance problems of the meeting as a whole: a substitute serving for no seat or two on one seat. */
export function attendanceProblems(
  attendance: readonly Attendee[],
  paragraphNumbers: readonly number[],
): { code: string; participantId: string; name: string; message: string; paragraph?: number }[] {
  const problems: { code: string; participantId: string; name: string; message: string; paragraph?: number }[] = [];
  const ids = new Set<string>();
  for (const a of attendance) {
    if (ids.has(a.id))
      problems.push({
        code: 'attendance.duplicate',
        participantId: a.id,
        name: a.name,
        message: `${a.name} is listed twice`,
      });
    ids.add(a.id);
    if (a.servesForId != null) {
      const member = attendance.find((m) => m.id === a.servesForId);
      if (a.role !== 'substitute' || !member || !holdsSeat(member))
        problems.push({
          code: 'attendance.serves_for_invalid',
          participantId: a.id,
          name: a.name,
          message: `${a.name} can only serve as a substitute for a member of the body`,
        });
    }
    if (a.fromNumber != null && a.untilNumber != null && a.fromNumber > a.untilNumber)
      problems.push({
        code: 'attendance.range_invalid',
        participantId: a.id,
        name: a.name,
        message: `${a.name} is present from § ${a.fromNumber} until § ${a.untilNumber}`,
      });
  }
  for (const n of paragraphNumbers) {
    const serving = new Map<string, Attendee>();
    for (const a of attendance) {
      if (a.role !== 'substitute' || !a.servesForId || !presentAt(a, n)) continue;
      const member = attendance.find((m) => m.id === a.servesForId);
      if (!member || !holdsSeat(member)) continue;
      const other = serving.get(a.servesForId);
      if (other)
        problems.push({
          code: 'attendance.seat_taken',
          participantId: a.id,
          name: a.name,
          paragraph: n,
          message: `${a.name} and ${other.name} both serve for ${member.name} at § ${n}`,
        });
      else serving.set(a.servesForId, a);
    }
  }
  return problems;
}
