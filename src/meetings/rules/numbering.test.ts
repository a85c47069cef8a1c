import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assertRegistrationNumberFree,
  formatRegistrationNumber,
  isRegistrationNumber,
  nextParagraphNumber,
  nextRegistrationNumber,
  numberParagraphs,
  paragraphNumberProblems,
  parseRegistrationNumber,
  type RegistrationNumber,
} from './numbering.js';

describe('registration numbers (diarienummer)', () => {
  it('reads and writes the seeds’ numbers', () => {
    expect(parseRegistrationNumber('RS/333/2015')).toEqual({ series: 'RS', number: 333, year: 2015, format: 'slash' });
    expect(parseRegistrationNumber(' rs/881/2015 ')).toEqual({
      series: 'RS',
      number: 881,
      year: 2015,
      format: 'slash',
    });
    expect(parseRegistrationNumber('RUN/206/2015')).toMatchObject({ series: 'RUN', number: 206 });
    expect(parseRegistrationNumber('RS181020')).toEqual({ series: 'RS', number: 1020, year: 2018, format: 'compact' });
    expect(formatRegistrationNumber({ series: 'RS', number: 333, year: 2015 })).toBe('RS/333/2015');
    expect(formatRegistrationNumber({ series: 'RS', number: 1020, year: 2018 }, 'compact')).toBe('RS181020');
    expect(formatRegistrationNumber({ series: 'RS', number: 7, year: 2019 }, 'compact')).toBe('RS190007');
  });

  it.each(['', 'RS/0/2015', 'RS/333/15', '333/2015', 'RS-333-2015', 'RS/333/1850', 'rs//2015', 'RS18102'])(
    'refuses %j',
    (s) => {
      expect(isRegistrationNumber(s)).toBe(false);
      expect(() => parseRegistrationNumber(s)).toThrow(
        expect.objectContaining({ code: 'meeting_rule.registration_number_invalid' }),
      );
    },
  );

  it('gives the next number after the highest ever taken, withdrawn ones included', () => {
    const taken: RegistrationNumber[] = [
      { series: 'RS', number: 333, year: 2015 },
      { series: 'RS', number: 881, year: 2015 }, // withdrawn or not: still taken
      { series: 'RS', number: 12, year: 2016 },
      { series: 'RUN', number: 206, year: 2015 },
    ];
    expect(nextRegistrationNumber(taken, 'RS', 2015)).toEqual({ series: 'RS', number: 882, year: 2015 });
    expect(nextRegistrationNumber(taken, 'RS', 2017)).toEqual({ series: 'RS', number: 1, year: 2017 });
    expect(() => assertRegistrationNumberFree({ series: 'RS', number: 333, year: 2015 }, taken)).toThrow(
      expect.objectContaining({
        code: 'meeting_rule.registration_number_taken',
        details: { registrationNumber: 'RS/333/2015' },
      }),
    );
    expect(() => assertRegistrationNumberFree({ series: 'RS', number: 334, year: 2015 }, taken)).not.toThrow();
  });

  it('round-trips and never hands out a number already taken', () => {
    const reg = fc.record({
      series: fc.constantFrom('RS', 'RUN', 'KS', 'RF'),
      number: fc.integer({ min: 1, max: 9999 }),
      year: fc.integer({ min: 2000, max: 2099 }),
    });
    fc.assert(
      fc.property(fc.array(reg, { maxLength: 40 }), reg, (taken, r) => {
        expect(parseRegistrationNumber(formatRegistrationNumber(r))).toEqual({ ...r, format: 'slash' });
        expect(parseRegistrationNumber(formatRegistrationNumber(r, 'compact'))).toEqual({ ...r, format: 'compact' });
        const next = nextRegistrationNumber(taken, r.series, r.year);
        expect(() => assertRegistrationNumberFree(next, taken)).not.toThrow();
      }),
    );
  });
});

describe('§ numbers, continuous per body and year', () => {
  it('continues the year and starts again at § 1 in a new year', () => {
    const rs = [
      { number: 143, year: 2015 },
      { number: 144, year: 2015 }, // seed 003, RS/881/2015
      { number: 160, year: 2015 },
      { number: 161, year: 2015 }, // seed 003, RS/333/2015
    ];
    expect(nextParagraphNumber(rs, 2015)).toBe(162);
    expect(nextParagraphNumber(rs, 2016)).toBe(1);
    expect(numberParagraphs(rs, 2015, 3)).toEqual([162, 163, 164]);
    expect(paragraphNumberProblems(rs, 2015).gaps).toHaveLength(157);
    expect(paragraphNumberProblems([...rs, { number: 161, year: 2015 }], 2015).duplicates).toEqual([161]);
  });

  it('refuses a year that is not four digits', () => {
    expect(() => nextParagraphNumber([], 15)).toThrow(
      expect.objectContaining({ code: 'meeting_rule.paragraph_number_invalid' }),
    );
  });

  it('numbers meetings one after another uniquely and without gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 20 }), (meetings) => {
        const all: { number: number; year: number }[] = [];
        for (const count of meetings)
          for (const number of numberParagraphs(all, 2019, count)) all.push({ number, year: 2019 });
        expect(paragraphNumberProblems(all, 2019)).toEqual({ duplicates: [], gaps: [] });
        expect(all.map((p) => p.number)).toEqual(all.map((_, i) => i + 1));
      }),
    );
  });
});
