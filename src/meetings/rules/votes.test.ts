import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attendanceProblems,
  entitledToVote,
  presentAt,
  seatHolders,
  whyNotEntitled,
  type Attendee,
} from './attendance.js';
import { attendee, seed003Council, SEED_003_RESERVING } from './test-support.js';
import {
  reservationProblems,
  reservationReasonsInTime,
  validateReservation,
  validateVote,
  voteResult,
  type Vote,
} from './votes.js';

const P73 = { number: 73, jav: [] as string[] };

describe('who is entitled to vote at a §', () => {
  const chair = attendee('Mikaela Waltersson', 'chair');
  const member = attendee('Lise-Lotte Bensköld Olsson');
  const leaves = attendee('Ledamot som går', 'member', { untilNumber: 66 });
  const arrives = attendee('Ledamot som kommer', 'member', { fromNumber: 68 });
  const jav = attendee('Jävig ledamot');
  const absent = attendee('Frånvarande ledamot', 'member', { present: false });
  const sub = attendee('Ersättare för frånvarande', 'substitute', { servesForId: absent.id });
  const subForJav = attendee('Ersättare vid jäv', 'substitute', { servesForId: jav.id });
  const idleSub = attendee('Ersättare utan tjänstgöring', 'substitute');
  const others = [
    attendee('Maria Fransson', 'secretary'),
    attendee('Ylva Johansson', 'official'),
    attendee('Adjungerad', 'adjunct'),
    attendee('Observatör', 'observer'),
  ];
  const attendance = [chair, member, leaves, arrives, jav, absent, sub, subForJav, idleSub, ...others];
  const p67 = { number: 67, jav: [jav.id] };

  it('counts members present and not jävig, and substitutes serving for a member who does not take part', () => {
    expect(entitledToVote(attendance, p67).map((a) => a.name)).toEqual([
      'Mikaela Waltersson',
      'Lise-Lotte Bensköld Olsson',
      'Ersättare för frånvarande',
      'Ersättare vid jäv',
    ]);
    expect(entitledToVote(attendance, { number: 66, jav: [] }).map((a) => a.name)).toEqual([
      'Mikaela Waltersson',
      'Lise-Lotte Bensköld Olsson',
      'Ledamot som går',
      'Jävig ledamot',
      'Ersättare för frånvarande',
    ]);
    expect(presentAt(arrives, 67)).toBe(false);
    expect(presentAt(arrives, 68)).toBe(true);
  });

  it('says why someone cannot vote', () => {
    expect(whyNotEntitled('nobody', attendance, p67)).toBe('not_participant');
    expect(whyNotEntitled(leaves.id, attendance, p67)).toBe('absent');
    expect(whyNotEntitled(jav.id, attendance, p67)).toBe('jav');
    expect(whyNotEntitled(idleSub.id, attendance, p67)).toBe('not_entitled');
    expect(whyNotEntitled(others[2]!.id, attendance, p67)).toBe('not_entitled');
    expect(whyNotEntitled(subForJav.id, attendance, { number: 66, jav: [] })).toBe('not_entitled');
  });

  it('finds substitutes serving for no seat and two on one seat', () => {
    const second = attendee('Andra ersättaren', 'substitute', { servesForId: absent.id });
    const wrong = attendee('Felaktig', 'member', { servesForId: chair.id });
    const codes = attendanceProblems([...attendance, second, wrong], [67]).map((p) => [p.code, p.name]);
    expect(codes).toEqual([
      ['attendance.serves_for_invalid', 'Felaktig'],
      ['attendance.seat_taken', 'Andra ersättaren'],
    ]);
    expect(seatHolders([...attendance, second], p67).get(absent.id)?.name).toBe('Ersättare för frånvarande');
  });
});

describe('validating a vote (issue 12: 400 naming the member)', () => {
  const { attendance, byName, chair } = seed003Council();
  const berit = byName('Berit Johansson');
  const elin = byName('Elin Lemon');

  it('accepts a roll call of the members present', () => {
    const vote: Vote = {
      votes: attendance.map((a, i) => ({ participantId: a.id, choice: i % 3 === 0 ? 'no' : 'yes' })),
    };
    expect(validateVote(vote, attendance, P73)).toEqual([]);
  });

  it('names the absent, the jävig, the one without a vote and the one voting twice', () => {
    const away = attendance.map((a) => (a.id === elin.id ? { ...a, untilNumber: 72 } : a));
    const observer = attendee('Observatör', 'observer');
    const vote: Vote = {
      votes: [
        { participantId: berit.id, choice: 'yes' },
        { participantId: berit.id, choice: 'no' },
        { participantId: elin.id, choice: 'yes' },
        { participantId: chair.id, choice: 'no' },
        { participantId: observer.id, choice: 'no' },
      ],
    };
    const problems = validateVote(vote, [...away, observer], { number: 73, jav: [chair.id] });
    expect(problems.map((p) => [p.code, p.name])).toEqual([
      ['vote.duplicate', 'Berit Johansson'],
      ['vote.absent', 'Elin Lemon'],
      ['vote.jav', 'Ordföranden'],
      ['vote.not_entitled', 'Observatör'],
    ]);
    expect(problems[1]!.message).toBe('Elin Lemon was not present in § 73, so cannot vote');
  });

  it('refuses more votes than members entitled to vote', () => {
    const small = attendance.slice(0, 3);
    const vote: Vote = { votes: attendance.slice(0, 4).map((a) => ({ participantId: a.id, choice: 'yes' })) };
    expect(validateVote(vote, small, P73).map((p) => p.code)).toEqual(['vote.not_participant', 'vote.count_exceeds']);
  });

  it('never counts more valid votes than members entitled to vote', () => {
    const people = Array.from({ length: 12 }, (_, i) =>
      attendee(`P${i}`, i % 4 === 3 ? 'substitute' : i === 10 ? 'observer' : 'member'),
    );
    const arbAttendance = fc
      .tuple(
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }), { minLength: 12, maxLength: 12 }),
        fc.subarray(people.map((p) => p.id)),
      )
      .map(([present, serves, jav]) => ({
        attendance: people.map<Attendee>((p, i) => ({
          ...p,
          present: present[i]!,
          servesForId: p.role === 'substitute' && serves[i] !== undefined ? people[serves[i]!]!.id : null,
        })),
        jav,
      }));
    const arbVotes = fc.array(
      fc.record({
        participantId: fc.constantFrom(...people.map((p) => p.id)),
        choice: fc.constantFrom('yes', 'no', 'abstain'),
      }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(arbAttendance, arbVotes, ({ attendance: att, jav }, votes) => {
        const p = { number: 5, jav };
        const entitled = entitledToVote(att, p);
        const problems = validateVote({ votes }, att, p);
        if (problems.length === 0) {
          const r = voteResult({ votes }, null, { tie: 'not_adopted' });
          expect(r.yes + r.no + r.abstain).toBeLessThanOrEqual(entitled.length);
          for (const v of votes) expect(entitled.map((e) => e.id)).toContain(v.participantId);
        }
        for (const v of votes)
          if (!entitled.some((e) => e.id === v.participantId))
            expect(problems.some((x) => x.participantId === v.participantId)).toBe(true);
      }),
    );
  });
});

describe('the result of a vote', () => {
  const yes = (id: string) => ({ participantId: id, choice: 'yes' as const });
  const no = (id: string) => ({ participantId: id, choice: 'no' as const });

  it('goes to the side with more votes; abstentions are not votes cast', () => {
    expect(
      voteResult({ votes: [yes('a'), yes('b'), no('c'), { participantId: 'd', choice: 'abstain' }] }, 'a'),
    ).toEqual({
      yes: 2,
      no: 1,
      abstain: 1,
      castingVote: false,
      byLot: false,
      outcome: 'yes',
    });
  });

  it('decides a tie by the chair’s casting vote (5 kap. 57 §)', () => {
    expect(voteResult({ votes: [yes('a'), no('chair')] }, 'chair')).toMatchObject({ castingVote: true, outcome: 'no' });
    expect(() => voteResult({ votes: [yes('a'), no('b')] }, 'chair')).toThrow(
      expect.objectContaining({ code: 'meeting_rule.tie_needs_casting_vote' }),
    );
  });

  it('decides a tied election by lot, and a collaboration body’s tie as not adopted', () => {
    expect(voteResult({ votes: [yes('a'), no('b')] }, 'a', { election: true, lot: 'no' })).toMatchObject({
      byLot: true,
      outcome: 'no',
    });
    expect(() => voteResult({ votes: [yes('a'), no('b')] }, 'a', { election: true })).toThrow(
      expect.objectContaining({ code: 'meeting_rule.tie_needs_lot' }),
    );
    expect(voteResult({ votes: [yes('a'), no('b')] }, 'a', { tie: 'not_adopted' })).toMatchObject({
      castingVote: false,
      outcome: 'no',
    });
  });
});

describe('reservations (seed 003, § 73)', () => {
  const { attendance, byName } = seed003Council();

  it('accepts the 17 members reserving in favour of Berit Johansson’s motion', () => {
    const by = SEED_003_RESERVING.map((n) => byName(n.replace(/\s*\([^)]+\)$/, '')).id);
    expect(by).toHaveLength(17);
    expect(reservationProblems({ by, inFavourOf: 'berit' }, attendance, P73, ['berit'])).toEqual([]);
  });

  it('refuses a reservation by someone not present, jävig or without a seat, and one for an unknown motion', () => {
    const winberg = byName('Margareta Winberg');
    const away = attendance.map((a) => (a.id === winberg.id ? { ...a, present: false } : a));
    expect(validateReservation(winberg.id, away, P73)).toEqual([
      {
        code: 'reservation.absent',
        participantId: winberg.id,
        name: 'Margareta Winberg',
        paragraph: 73,
        message: 'Margareta Winberg was not present in § 73, so cannot reserve against the decision',
      },
    ]);
    expect(validateReservation(winberg.id, attendance, { number: 73, jav: [winberg.id] })[0]?.code).toBe(
      'reservation.jav',
    );
    const secretary = attendee('Sekreterare', 'secretary');
    expect(validateReservation(secretary.id, [...attendance, secretary], P73)[0]?.code).toBe(
      'reservation.not_entitled',
    );
    expect(
      reservationProblems({ by: [winberg.id], inFavourOf: 'nope' }, attendance, P73, ['berit']).map((p) => p.code),
    ).toEqual(['reservation.motion_unknown']);
  });

  it('takes written reasons handed in before the adjusting', () => {
    expect(reservationReasonsInTime('2015-06-25T15:00:00Z', '2015-06-26T08:00:00Z')).toBe(true);
    expect(reservationReasonsInTime('2015-06-26T09:00:00+02:00', '2015-06-26T08:00:00+02:00')).toBe(false);
  });
});
