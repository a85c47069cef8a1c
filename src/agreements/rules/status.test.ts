import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, compareDates } from './dates.js';
import type { RenewalTerms } from './renewal.js';
import { agreementStatus, type StatusInput } from './status.js';
import { arbDate } from './test-support.js';

const SEED: RenewalTerms = { validFrom: '2015-01-01', validTo: '2017-12-31', extensionYears: 3, noticeMonths: 12 };
const signed = (region: string | null, municipality: string | null, over: Partial<StatusInput> = {}): StatusInput => ({
  signatures: [
    { party: 'Region Jämtland Härjedalen', signedOn: region },
    { party: 'Bräcke kommun', signedOn: municipality },
  ],
  terms: SEED,
  terminatedAt: null,
  noticeEndsAt: null,
  ...over,
});

describe('agreement status from dates', () => {
  it('draft until every party has signed', () => {
    expect(agreementStatus(signed(null, null), '2014-12-01')).toEqual({ status: 'draft' });
    expect(agreementStatus(signed('2014-12-01', null), '2014-12-10')).toEqual({ status: 'draft' });
    expect(agreementStatus(signed('2014-12-01', '2014-12-15'), '2014-12-10')).toEqual({ status: 'draft' }); // signature still to come
    expect(agreementStatus(signed('2014-12-01', '2014-12-15', { signatures: [] }), '2016-01-01')).toEqual({
      status: 'draft',
    });
  });

  it('signed before validFrom, in force from it; with automatic extension it has no fixed end', () => {
    expect(agreementStatus(signed('2014-12-01', '2014-12-15'), '2014-12-31')).toEqual({ status: 'signed' });
    expect(agreementStatus(signed('2014-12-01', '2014-12-15'), '2015-01-01')).toEqual({
      status: 'in_force',
      endsOn: null,
    });
    expect(agreementStatus(signed('2014-12-01', '2014-12-15'), '2030-01-01')).toEqual({
      status: 'in_force',
      endsOn: null,
    });
    expect(agreementStatus(signed('2015-02-01', '2015-02-03'), '2015-02-03')).toEqual({
      status: 'in_force',
      endsOn: null,
    }); // signed late
  });

  it('ended by notice or termination is "terminated"; without extension validTo "expires" it', () => {
    const byNotice = signed('2014-12-01', '2014-12-15', { noticeEndsAt: '2017-12-31' });
    expect(agreementStatus(byNotice, '2017-12-31')).toEqual({ status: 'in_force', endsOn: '2017-12-31' });
    expect(agreementStatus(byNotice, '2018-01-01')).toEqual({
      status: 'ended',
      reason: 'terminated',
      endedOn: '2017-12-31',
    });
    const early = signed('2014-12-01', '2014-12-15', { terminatedAt: '2016-06-30', noticeEndsAt: '2017-12-31' });
    expect(agreementStatus(early, '2016-07-01')).toEqual({
      status: 'ended',
      reason: 'terminated',
      endedOn: '2016-06-30',
    });
    const fixed = signed('2014-12-01', '2014-12-15', { terms: { ...SEED, extensionYears: 0 } });
    expect(agreementStatus(fixed, '2017-12-31')).toEqual({ status: 'in_force', endsOn: '2017-12-31' });
    expect(agreementStatus(fixed, '2018-01-01')).toEqual({ status: 'ended', reason: 'expired', endedOn: '2017-12-31' });
  });

  it('moves only forward: draft → signed → in force → ended as days pass', () => {
    const rank = { draft: 0, signed: 1, in_force: 2, ended: 3 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.option(arbDate(2013, 2016), { nil: null }), { minLength: 1, maxLength: 3 }),
        fc.option(arbDate(2015, 2022), { nil: null }),
        fc.option(arbDate(2015, 2022), { nil: null }),
        fc.constantFrom(0, 3),
        arbDate(2013, 2024),
        fc.integer({ min: 1, max: 2000 }),
        (dates, terminatedAt, noticeEndsAt, extensionYears, day, step) => {
          const input: StatusInput = {
            signatures: dates.map((d, i) => ({ party: `p${i}`, signedOn: d })),
            terms: { ...SEED, extensionYears },
            terminatedAt,
            noticeEndsAt,
          };
          const a = agreementStatus(input, day);
          const b = agreementStatus(input, addDays(day, step));
          const inForceOk = a.status !== 'in_force' || compareDates(day, SEED.validFrom) >= 0;
          return rank[a.status] <= rank[b.status] && inForceOk;
        },
      ),
    );
  });
});
