import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './dates.js';
import {
  assertCouncilMotionStep,
  motionDeadline,
  motionOverdue,
  motionTimeline,
  nextCouncilMotionSteps,
} from './council-motions.js';
import { arbDate } from './test-support.js';

describe('motions to fullmäktige (5 kap. 35 §)', () => {
  it('counts the year under 1930:173 1 §', () => {
    expect(motionDeadline('2014-11-26')).toBe('2015-11-26');
    expect(motionDeadline('2020-02-29')).toBe('2021-02-28');
  });

  it('flags seed 003’s kind of motion only when undecided after a year', () => {
    // Berit Johansson's motion (RS/333/2015) was answered by Regionfullmäktige 2015-06-17. The seed
    // does not say when it was made; we take 2015-02-10.
    expect(motionOverdue('2015-02-10', '2015-06-17', '2016-06-01')).toBe(false);
    expect(motionOverdue('2015-02-10', null, '2016-02-10')).toBe(false);
    expect(motionOverdue('2015-02-10', null, '2016-02-11')).toBe(true);
    expect(motionOverdue('2015-02-10', null, '2016-03-01', '2016-01-20')).toBe(false); // reported in time
    expect(motionOverdue('2015-02-10', null, '2016-03-01', '2016-02-20')).toBe(true); // reported too late
  });

  it('shows the timeline', () => {
    expect(motionTimeline('2015-02-10', null, '2015-03-01')).toMatchObject({ state: 'open', deadline: '2016-02-10' });
    expect(motionTimeline('2015-02-10', null, '2015-12-20')).toMatchObject({ state: 'due_soon', daysLeft: 52 });
    expect(motionTimeline('2015-02-10', null, '2016-03-01')).toMatchObject({ state: 'overdue' });
    expect(motionTimeline('2015-02-10', null, '2016-03-01', '2016-01-20')).toMatchObject({ state: 'reported' });
    expect(motionTimeline('2015-02-10', '2016-03-01', '2016-04-01')).toMatchObject({
      state: 'decided',
      decidedLate: true,
    });
  });

  it('is never overdue within the year and always after it when undecided and unreported', () => {
    fc.assert(
      fc.property(arbDate(2000, 2040), fc.integer({ min: 0, max: 800 }), (made, after) => {
        const today = addDays(made, after);
        expect(motionOverdue(made, null, today)).toBe(today > motionDeadline(made));
        expect(motionOverdue(made, today, today)).toBe(false);
      }),
    );
  });

  it('follows the path motion → remiss → beredning → förslag → beslut', () => {
    expect(nextCouncilMotionSteps('submitted')).toContain('referred');
    expect(() => assertCouncilMotionStep('proposed', 'decided', 'answered')).not.toThrow();
    expect(() => assertCouncilMotionStep('decided', 'proposed')).toThrow(
      expect.objectContaining({ code: 'meeting_rule.motion_transition' }),
    );
    expect(() => assertCouncilMotionStep('proposed', 'decided')).toThrow(
      expect.objectContaining({ code: 'meeting_rule.motion_transition' }),
    );
    expect(() => assertCouncilMotionStep('proposed', 'decided', 'written_off')).toThrow(
      expect.objectContaining({ code: 'meeting_rule.motion_transition' }),
    );
    expect(() => assertCouncilMotionStep('proposed', 'decided', 'written_off', '2016-01-20')).not.toThrow();
  });
});
