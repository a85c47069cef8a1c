import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, compareDates } from './dates.js';
import { checkNoOverlap, versionOn, type TemplateVersion } from './versions.js';
import { arbDate } from './test-support.js';

const v = (number: number, validFrom: string, validTo: string | null): TemplateVersion => ({
  number,
  validFrom,
  validTo,
});

describe('template versions', () => {
  it('accepts versions that take turns, with or without gaps', () => {
    expect(() => checkNoOverlap([v(1, '2015-01-01', '2017-12-31'), v(2, '2018-01-01', null)])).not.toThrow();
    expect(() => checkNoOverlap([v(2, '2019-01-01', null), v(1, '2015-01-01', '2017-12-31')])).not.toThrow();
    expect(() => checkNoOverlap([])).not.toThrow();
  });

  it('refuses overlapping versions naming both', () => {
    expect(() => checkNoOverlap([v(1, '2015-01-01', '2017-12-31'), v(2, '2017-12-31', null)])).toThrow(
      expect.objectContaining({
        code: 'agreement.versions_overlap',
        details: { versions: [1, 2], from: '2017-12-31' },
      }),
    );
    expect(() => checkNoOverlap([v(1, '2015-01-01', null), v(2, '2018-01-01', null)])).toThrow(
      expect.objectContaining({ details: { versions: [1, 2], from: '2018-01-01' } }),
    );
    // of several overlapping pairs the earliest is named
    expect(() =>
      checkNoOverlap([v(1, '2015-01-01', '2020-12-31'), v(2, '2015-01-01', '2015-06-30'), v(3, '2019-01-01', null)]),
    ).toThrow(expect.objectContaining({ details: { versions: [1, 2], from: '2015-01-01' } }));
    expect(() => checkNoOverlap([v(1, '2015-01-01', '2020-12-31'), v(3, '2019-01-01', null)])).toThrow(
      expect.objectContaining({ details: { versions: [1, 3], from: '2019-01-01' } }),
    );
  });

  it('refuses a version ending before it starts', () => {
    expect(() => checkNoOverlap([v(1, '2015-01-01', '2014-12-31')])).toThrow(
      expect.objectContaining({ code: 'agreement.validity_order', details: expect.objectContaining({ version: 1 }) }),
    );
  });

  it('finds the version on a date', () => {
    const list = [v(1, '2015-01-01', '2017-12-31'), v(2, '2018-01-01', null)];
    expect(versionOn(list, '2014-12-31')).toBeNull();
    expect(versionOn(list, '2017-12-31')?.number).toBe(1);
    expect(versionOn(list, '2040-01-01')?.number).toBe(2);
  });

  it('refuses exactly when some day belongs to two versions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbDate(2015, 2020), fc.option(fc.integer({ min: 0, max: 800 }), { nil: null })), {
          maxLength: 5,
        }),
        (raw) => {
          const list = raw.map(([from, len], i) => v(i + 1, from, len === null ? null : addDays(from, len)));
          const covers = (x: TemplateVersion, d: string) =>
            compareDates(x.validFrom, d) <= 0 && (x.validTo === null || compareDates(d, x.validTo) <= 0);
          // two versions overlap exactly when one's start lies inside the other
          const overlapping = list.some((a, i) => list.some((b, j) => i !== j && covers(a, b.validFrom)));
          let refused = false;
          try {
            checkNoOverlap(list);
          } catch (e) {
            refused = (e as { code: string }).code === 'agreement.versions_overlap';
          }
          return refused === overlapping;
        },
      ),
    );
  });
});
