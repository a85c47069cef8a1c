import { describe, expect, it } from 'vitest';
import {
  approvalState,
  assertEditable,
  assertStatusTransition,
  correction,
  mayApprove,
  nextStatuses,
  requiredSigners,
} from './adjusting.js';
import { profileFor } from './profiles.js';

const au = profileFor('working_committee');
const council = profileFor('council');
// Seed 004: adjusted 2019-03-11 by the chair and one adjuster.
const signers = requiredSigners('waltersson', ['bensköld-olsson', 'waltersson']);

describe('approvals (justering)', () => {
  it('needs the chair and every named adjuster, each once', () => {
    expect(signers).toEqual(['waltersson', 'bensköld-olsson']);
    expect(mayApprove('bensköld-olsson', signers)).toBe(true);
    expect(mayApprove('fransson', signers)).toBe(false);
  });

  it('is adjusted when the last of them approves, on that day in Sweden', () => {
    const partial = approvalState([{ signerId: 'waltersson', at: '2019-03-11T08:05:00Z' }], signers, null);
    expect(partial).toMatchObject({ state: 'partial', missing: ['bensköld-olsson'], adjustedAt: null });
    const done = approvalState(
      [
        { signerId: 'waltersson', at: '2019-03-11T08:05:00Z' },
        { signerId: 'bensköld-olsson', at: '2019-03-11T22:30:00Z' }, // 23:30 in Stockholm
        { signerId: 'fransson', at: '2019-03-11T09:00:00Z' },
      ],
      signers,
      '2019-03-08T16:00:00Z',
    );
    expect(done).toMatchObject({
      state: 'adjusted',
      missing: [],
      adjustedAt: '2019-03-11T22:30:00Z',
      adjustedOn: '2019-03-11',
      unexpected: [{ signerId: 'fransson', at: '2019-03-11T09:00:00Z' }],
    });
  });

  it('voids every approval given before a change', () => {
    const s = approvalState(
      [
        { signerId: 'waltersson', at: '2019-03-11T08:05:00Z' },
        { signerId: 'bensköld-olsson', at: '2019-03-11T09:00:00Z' },
      ],
      signers,
      '2019-03-11T09:00:00Z',
    );
    expect(s).toMatchObject({ state: 'none', valid: [], missing: signers });
    expect(s.voided).toHaveLength(2);
    const again = approvalState(
      [
        { signerId: 'waltersson', at: '2019-03-11T08:05:00Z' },
        { signerId: 'waltersson', at: '2019-03-11T10:00:00Z' },
        { signerId: 'bensköld-olsson', at: '2019-03-11T10:01:00+01:00' },
      ],
      signers,
      '2019-03-11T09:00:00Z',
    );
    expect(again).toMatchObject({ state: 'adjusted', adjustedAt: '2019-03-11T10:00:00Z' });
  });

  it('refuses a time without a zone', () => {
    expect(() => approvalState([{ signerId: 'waltersson', at: '2019-03-11 08:05' }], signers, null)).toThrow(
      expect.objectContaining({ code: 'meeting_rule.timestamp_invalid' }),
    );
  });
});

describe('meeting status', () => {
  it('goes planned → called → held → adjusted → announced', () => {
    expect(nextStatuses('planned', au)).toEqual(['called', 'held']);
    expect(() => assertStatusTransition('adjusted', 'announced', au)).not.toThrow();
    expect(() => assertStatusTransition('held', 'announced', au)).toThrow(
      expect.objectContaining({ code: 'meeting_rule.status_transition', details: { from: 'held', to: 'announced' } }),
    );
  });

  it('ends at adjusted for a collaboration body, which has no notice board', () => {
    expect(nextStatuses('adjusted', council)).toEqual([]);
    expect(() => assertStatusTransition('adjusted', 'announced', council)).toThrow(
      expect.objectContaining({ code: 'meeting_rule.status_transition' }),
    );
  });
});

describe('after adjusting', () => {
  it('locks the protocol; a correction is a new edition with a note', () => {
    expect(() => assertEditable(false)).not.toThrow();
    expect(() => assertEditable(true)).toThrow(expect.objectContaining({ code: 'meeting_rule.protocol_locked' }));
    expect(correction({ edition: 1, adjusted: true }, '  § 67 punkt 4: partibeteckning rättad ')).toEqual({
      edition: 2,
      note: '§ 67 punkt 4: partibeteckning rättad',
    });
    expect(() => correction({ edition: 1, adjusted: true }, ' ')).toThrow(
      expect.objectContaining({ code: 'meeting_rule.correction_note_required' }),
    );
    expect(() => correction({ edition: 1, adjusted: false }, 'x')).toThrow(
      expect.objectContaining({ code: 'meeting_rule.status_transition' }),
    );
  });
});
