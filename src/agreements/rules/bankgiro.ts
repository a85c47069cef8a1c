import { agreementError } from './errors.js';

/**
 * Modulus 10 (Luhn): from the rightmost digit (the check digit) leftwards, every second digit is
 * doubled and 9 subtracted when the result is above 9; the number is valid when the sum of all
 * digits is a multiple of 10.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `body` + digit pass luhnValid. */
export function luhnCheckDigit(body: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return d;
  throw new RangeError(`no check digit for ${body}`);
}

const BANKGIRO = /^(\d{3,4})\s*-?\s*(\d{4})$/;

/**
 * A bankgiro number is 7 or 8 digits written NNN-NNNN or NNNN-NNNN, the last digit a modulus-10
 * check digit over all the others. Accepted: spaces around the dash, the dash left out. Returned in
 * the normal form with the dash before the last four digits ('269-0071'). Anything else, or a wrong
 * check digit, is refused naming the field.
 */
export function parseBankgiro(input: string): string {
  const m = typeof input === 'string' ? BANKGIRO.exec(input.trim()) : null;
  if (!m)
    throw agreementError(
      'agreement.bankgiro_invalid',
      `"${String(input)}" is not a bankgiro number (NNN-NNNN or NNNN-NNNN)`,
      { field: 'bankgiro', value: input, reason: 'format' },
    );
  if (!luhnValid(m[1] + m[2])) {
    throw agreementError('agreement.bankgiro_invalid', `the check digit of bankgiro ${m[1]}-${m[2]} is wrong`, {
      field: 'bankgiro',
      value: input,
      reason: 'check_digit',
    });
  }
  return `${m[1]}-${m[2]}`;
}

export function isValidBankgiro(input: string): boolean {
  try {
    parseBankgiro(input);
    return true;
  } catch {
    return false;
  }
}
