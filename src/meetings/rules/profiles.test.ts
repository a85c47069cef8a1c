import { describe, expect, it } from 'vitest';
import { bodyTypes } from '../../bodies/contract.js';
import { announces, bodyKinds, collaborationKinds, municipalActKinds, profileFor } from './profiles.js';

describe('rules profiles per kind of body', () => {
  it('has a profile for every kind of body the bodies capability knows, and no other', () => {
    expect([...bodyKinds].sort()).toEqual([...bodyTypes].sort());
  });

  it('gives bodies under Kommunallagen notice, appeal and the casting vote', () => {
    for (const kind of municipalActKinds)
      expect(profileFor(kind)).toMatchObject({
        name: 'municipal_act',
        adjustWithinDays: 14,
        noticeWithinDays: 2,
        appealWeeks: 3,
        tie: 'casting_vote',
        motionsWithinAYear: kind === 'full_council',
      });
  });

  it('gives collaboration bodies (seed 002’s council) no notice and no appeal', () => {
    for (const kind of collaborationKinds) {
      const p = profileFor(kind);
      expect(p).toMatchObject({ name: 'collaboration', noticeWithinDays: null, appealWeeks: null, minAdjusters: 1 });
      expect(announces(p)).toBe(false);
    }
  });

  it('lets a collaboration body set its own deadline, but no body under the act adjust later than 14 days', () => {
    expect(profileFor('council', { adjustWithinDays: 30 }).adjustWithinDays).toBe(30);
    expect(profileFor('committee', { adjustWithinDays: 30 }).adjustWithinDays).toBe(14);
    expect(profileFor('full_council', { adjustWithinDays: 7, minAdjusters: 2 })).toMatchObject({
      adjustWithinDays: 7,
      minAdjusters: 2,
    });
  });

  it('refuses an unknown kind and a negative deadline', () => {
    expect(() => profileFor('parliament')).toThrow(expect.objectContaining({ code: 'meeting_rule.body_kind_unknown' }));
    expect(() => profileFor('council', { adjustWithinDays: -1 })).toThrow(
      expect.objectContaining({ code: 'meeting_rule.profile_invalid' }),
    );
  });
});
