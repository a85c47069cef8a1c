import { describe, expect, it } from 'vitest';
import * as rules from './index.js';

describe('the rules barrel', () => {
  it('exports every rule', () => {
    for (const name of [
      'parseDate',
      'addMonths',
      'splitYear',
      'splitByPopulation',
      'formatSek',
      'sekToOre',
      'yearlyAmount',
      'paymentPlan',
      'periods',
      'checkNotice',
      'remindersDue',
      'checkShares',
      'withheldOre',
      'parseBankgiro',
      'agreementStatus',
      'checkNoOverlap',
      'agreementError',
      'agreementErrors',
    ]) {
      expect(rules, name).toHaveProperty(name);
    }
  });

  it('every agreement error is an AppError with a code from the table', () => {
    const e = rules.agreementError('agreement.notice_too_late', 'too late', { received: '2017-01-15' });
    expect(e).toMatchObject({
      code: 'agreement.notice_too_late',
      message: 'too late',
      details: { received: '2017-01-15' },
    });
    expect(Object.values(rules.agreementErrors).every((s) => s >= 400 && s < 500)).toBe(true);
  });
});
