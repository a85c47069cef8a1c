import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, weekday } from './dates.js';
import { adjustDeadline, adjustState, adjustStates, noticeDates, noticePeriod, noticeWindow } from './deadlines.js';
import { profileFor } from './profiles.js';
import { isNonWorkingDay } from './statutory-time.js';
import { arbDate } from './test-support.js';

const au = profileFor('working_committee'); // Regionstyrelsens arbetsutskott (seed 004)
const rf = profileFor('full_council');
const council = profileFor('council');

describe('seed 004: Regionstyrelsens arbetsutskott § 67, Region Halland', () => {
  it('adjusted 2019-03-11: the notice goes up by 2019-03-13; up on 2019-03-12, the appeal period ends 2019-04-02', () => {
    expect(noticeWindow('2019-03-11', au)).toEqual({
      earliest: '2019-03-11',
      latest: { nominal: '2019-03-13', due: '2019-03-13', movedBecause: null },
    });
    expect(noticePeriod('2019-03-12')).toEqual({
      postedOn: '2019-03-12',
      appealEnds: { nominal: '2019-04-02', due: '2019-04-02', movedBecause: null },
      appealEndsOn: '2019-04-02',
      earliestTakeDown: '2019-04-03',
    });
    expect(noticeDates('2019-03-11', '2019-03-12', au)).toEqual({
      postBy: '2019-03-13',
      postedOn: '2019-03-12',
      takeDownOn: '2019-04-03',
      appealEndsOn: '2019-04-02',
      postedLate: false,
    });
  });

  it('was adjusted in time (the seed gives no meeting date; we take Monday 2019-03-04)', () => {
    const s = adjustState('2019-03-04', '2019-03-11', '2019-03-12', au);
    expect(s).toMatchObject({ state: 'adjusted', adjustedLate: false });
    expect(s.deadline.due).toBe('2019-03-18');
  });
});

describe('seed 003: Region Jämtland Härjedalen', () => {
  it('counts 14 days from the last day of a meeting over two days', () => {
    expect(adjustDeadline('2015-06-17', rf).due).toBe('2015-07-01'); // Regionfullmäktige 2015-06-16–17
    expect(adjustDeadline('2015-05-27', profileFor('executive_board')).due).toBe('2015-06-10'); // Regionstyrelsen
    expect(adjustDeadline('2015-05-13', profileFor('presidium')).due).toBe('2015-05-27'); // presidium § 38
  });
});

describe('adjusting deadline (5 kap. 69 §) moved under 1930:173', () => {
  it.each([
    ['2019-12-10', '2019-12-24', '2019-12-27'], // julafton, juldagen, annandag jul
    ['2019-06-07', '2019-06-21', '2019-06-24'], // midsommarafton
    ['2019-03-02', '2019-03-16', '2019-03-18'], // a Saturday
  ])('meeting %s: 14 days is %s, due %s', (meeting, nominal, due) => {
    expect(adjustDeadline(meeting, rf)).toMatchObject({ nominal, due });
  });

  it('is not due, then due soon 3 days before, then overdue the day after', () => {
    const states = ['2019-03-04', '2019-03-14', '2019-03-15', '2019-03-18', '2019-03-19'].map(
      (today) => adjustState('2019-03-04', null, today, au).state,
    );
    expect(states).toEqual(['not_due', 'not_due', 'due_soon', 'due_soon', 'overdue']);
    expect(adjustState('2019-03-04', '2019-03-19', '2019-03-20', au)).toMatchObject({
      state: 'adjusted',
      adjustedLate: true,
    });
  });

  it('refuses an adjusting date after today', () => {
    expect(() => adjustState('2019-03-04', '2019-03-12', '2019-03-11', au)).toThrow(
      expect.objectContaining({ code: 'meeting_rule.date_order' }),
    );
  });

  it('uses a collaboration body’s own deadline', () => {
    expect(adjustDeadline('2019-03-04', profileFor('council', { adjustWithinDays: 21 })).nominal).toBe('2019-03-25');
  });

  it('only ever moves forward through the states as the days pass', () => {
    fc.assert(
      fc.property(arbDate(2010, 2035), fc.integer({ min: 0, max: 60 }), (meeting, span) => {
        const order = [...adjustStates];
        let last = 0;
        for (let i = 0; i <= span; i += 3) {
          const s = order.indexOf(adjustState(meeting, null, addDays(meeting, i), au).state);
          expect(s).toBeGreaterThanOrEqual(last);
          last = s;
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('notice board (8 kap. 12 §) and appeal period (13 kap. 5 §)', () => {
  it('moves the last day for the notice off a weekend', () => {
    expect(noticeWindow('2019-03-08', au)?.latest).toEqual({
      nominal: '2019-03-10',
      due: '2019-03-11',
      movedBecause: 'söndag',
    });
    expect(noticeWindow('2019-12-19', au)?.latest.due).toBe('2019-12-23');
  });

  it.each([
    ['2019-12-03', '2019-12-24', '2019-12-27'], // ends on julafton
    ['2019-05-31', '2019-06-21', '2019-06-24'], // ends on midsommarafton
    ['2019-05-09', '2019-05-30', '2019-05-31'], // ends on Kristi himmelsfärdsdag
    ['2019-03-16', '2019-04-06', '2019-04-08'], // a notice put up on a Saturday
  ])('notice on %s: three weeks end %s, the appeal may come in until %s', (posted, nominal, due) => {
    const p = noticePeriod(posted);
    expect(p.appealEnds).toMatchObject({ nominal, due });
    expect(p.earliestTakeDown).toBe(addDays(due, 1));
  });

  it('has no notice and no appeal for a collaboration council (seed 002)', () => {
    expect(noticeWindow('2019-03-11', council)).toBeNull();
    expect(noticeDates('2019-03-11', null, council)).toBeNull();
  });

  it('refuses a notice put up before the adjusting and flags one put up late', () => {
    expect(() => noticeDates('2019-03-11', '2019-03-10', au)).toThrow(
      expect.objectContaining({ code: 'meeting_rule.date_order' }),
    );
    expect(noticeDates('2019-03-11', '2019-03-14', au)?.postedLate).toBe(true);
    expect(noticeDates('2019-03-11', null, au)).toMatchObject({ postBy: '2019-03-13', appealEndsOn: null });
  });

  it('ends the appeal period on the same weekday three weeks on, or the first weekday after', () => {
    fc.assert(
      fc.property(arbDate(2010, 2035), (posted) => {
        const p = noticePeriod(posted);
        expect(weekday(p.appealEnds.nominal)).toBe(weekday(posted));
        expect(daysBetween(posted, p.appealEnds.nominal)).toBe(21);
        expect(daysBetween(p.appealEnds.nominal, p.appealEndsOn)).toBeGreaterThanOrEqual(0);
        expect(isNonWorkingDay(p.appealEndsOn)).toBe(false);
        expect(daysBetween(p.appealEndsOn, p.earliestTakeDown)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
