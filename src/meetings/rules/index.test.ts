import { describe, expect, it } from 'vitest';
import { declaredErrors } from '../../platform/errors.js';
import * as rules from './index.js';

describe('the meeting rules’ face', () => {
  it('declares every rule error code with a 4xx status', () => {
    const declared = declaredErrors();
    for (const [code, def] of Object.entries(rules.meetingRuleErrors)) {
      expect(code).toMatch(/^meeting_rule\.[a-z_]+$/);
      expect(declared.get(code)?.status).toBe(def.status);
      expect([400, 409]).toContain(def.status);
    }
    expect(rules.meetingRuleError('meeting_rule.protocol_locked', 'x').status).toBe(409);
  });

  it('exports the rules the server and the web use', () => {
    for (const name of [
      'profileFor',
      'adjustDeadline',
      'adjustState',
      'noticeWindow',
      'noticePeriod',
      'noticeDates',
      'nextWorkingDay',
      'parseRegistrationNumber',
      'formatRegistrationNumber',
      'nextRegistrationNumber',
      'nextParagraphNumber',
      'entitledToVote',
      'validateVote',
      'voteResult',
      'validateReservation',
      'propositionOrder',
      'protocolProblems',
      'approvalState',
      'motionOverdue',
    ])
      expect(typeof (rules as Record<string, unknown>)[name], name).toBe('function');
  });

  it('dates an approval by the Swedish calendar', () => {
    expect(rules.swedishDateOf('2019-03-11T22:59:59Z')).toBe('2019-03-11');
    expect(rules.swedishDateOf('2019-03-11T23:00:00Z')).toBe('2019-03-12');
    expect(rules.swedishDateOf('2019-06-30T22:00:00Z')).toBe('2019-07-01'); // summer time, UTC+2
  });
});
