import { percentToBasisPoints } from '../../../agreements/rules/disputes';
import { sekToOre } from '../../../agreements/rules/money';
import i18next from 'i18next';

/** The app's language (the i18next instance the app initialises); Swedish when not started, as in tests. */
const locale = () => (i18next.language === 'en' ? 'en' : 'sv');

/**
 * Kronor typed by a person ('443 000', '36 916,67', '12.5 kr') to integer öre with the server's own
 * parser: digits and strings only, never a float, so 0,10 + 0,20 is exactly 30 öre. null when unreadable.
 */
export function kronorToOre(input: string): number | null {
  try {
    return sekToOre(input.trim());
  } catch {
    return null;
  }
}

/** Öre as kronor for an input field: 4430000 → '44 300,00' (sv) or '44300.00' (en). */
export function oreToKronorInput(ore: number): string {
  const kr = String(Math.floor(Math.abs(ore) / 100));
  const cents = String(Math.abs(ore) % 100).padStart(2, '0');
  return locale() === 'en' ? `${kr}.${cents}` : `${kr.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
}

/** '12,5' → 1250 basis points; a leading minus (also '−') is allowed when `signed`. null when unreadable. */
export function percentToBp(input: string, { signed = false } = {}): number | null {
  const s = input.trim().replace(/^\u2212/, '-');
  const negative = signed && s.startsWith('-');
  try {
    const bp = percentToBasisPoints(negative ? s.slice(1).trim() : s);
    return negative ? -bp : bp;
  } catch {
    return null;
  }
}

/** Basis points as a percentage without float noise: 1250 → '12,5', -50 → '−0,5', 270 → '2,7'. */
export function bpToPercent(bp: number, { fixed = false } = {}): string {
  const abs = Math.abs(bp);
  const whole = String(Math.floor(abs / 100));
  let dec = String(abs % 100).padStart(2, '0');
  if (!fixed) dec = dec.replace(/0+$/, '');
  const sep = locale() === 'en' ? '.' : ',';
  return `${bp < 0 ? '\u2212' : ''}${whole}${dec ? sep + dec : ''}`;
}
