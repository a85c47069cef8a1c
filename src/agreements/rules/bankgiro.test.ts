import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidBankgiro, luhnCheckDigit, luhnValid, parseBankgiro } from './bankgiro.js';

describe('bankgiro numbers', () => {
  // Checked by hand with modulus 10: 269-0071 (the seed, §8): 1+5+0+0+9+3+2 = 20.
  // 5050-1055 (Skatteverket's published bankgiro): 5+1+0+2+0+1+0+1 = 10.
  // 221-0425, 900-8004, 902-0033, 5051-6905: valid under the same computation.
  it.each([
    ['269-0071', '269-0071'],
    ['5050-1055', '5050-1055'],
    ['221-0425', '221-0425'],
    ['900-8004', '900-8004'],
    ['902-0033', '902-0033'],
    ['5051-6905', '5051-6905'],
    ['269 - 0071', '269-0071'],
    ['  5050 -1055 ', '5050-1055'],
    ['2690071', '269-0071'],
    ['50501055', '5050-1055'],
  ])('accepts %j as %s', (s, normal) => expect(parseBankgiro(s)).toBe(normal));

  it.each([
    ['269-0072', 'check_digit'],
    ['5050-1056', 'check_digit'],
    ['26-90071', 'format'],
    ['26900710', 'check_digit'],
    ['12345-6789', 'format'],
    ['269-007', 'format'],
    ['269–0071', 'format'], // an en dash is not a dash
    ['abc-defg', 'format'],
    ['', 'format'],
  ])('refuses %j (%s) naming the field', (s, reason) => {
    expect(() => parseBankgiro(s)).toThrow(
      expect.objectContaining({
        code: 'agreement.bankgiro_invalid',
        details: expect.objectContaining({ field: 'bankgiro', reason }),
      }),
    );
    expect(isValidBankgiro(s)).toBe(false);
  });

  it('Luhn: the computed check digit is valid and every other digit is not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,7}$/), (body) => {
        const c = luhnCheckDigit(body);
        return (
          luhnValid(body + c) && [...Array(10).keys()].filter((d) => d !== c).every((d) => !luhnValid(`${body}${d}`))
        );
      }),
    );
  });

  it('Luhn catches every single-digit error', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,7}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const valid = body + luhnCheckDigit(body);
        const i = pos % valid.length;
        const wrong = valid.slice(0, i) + String((Number(valid[i]) + delta) % 10) + valid.slice(i + 1);
        return !isValidBankgiro(wrong);
      }),
    );
  });

  it('normalises every valid 7- or 8-digit number to NNN(N)-NNNN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,7}$/), (body) => {
        const digits = body + luhnCheckDigit(body);
        const normal = parseBankgiro(digits);
        return normal === `${digits.slice(0, -4)}-${digits.slice(-4)}` && parseBankgiro(normal) === normal;
      }),
    );
  });
});
