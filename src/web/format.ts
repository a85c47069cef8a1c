import { currentLocale } from './i18n';
import { formatSek } from '../agreements/rules/money';

const tag = () => (currentLocale() === 'en' ? 'en-GB' : 'sv-SE');

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Calendar dates (YYYY-MM-DD) are shown as written: no time zone may move them. */
export function formatDate(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : '–';
}

export function formatNumber(n: number | null | undefined): string {
  return n == null ? '–' : new Intl.NumberFormat(tag()).format(n);
}

export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Money from integer öre, exactly (no floats): sv '443 000,00 kr', en 'SEK 443,000.00'. The rule is
 * the server's own (agreements/rules/money.ts), so the screen and the exported plan agree to the öre.
 */
export function formatMoney(ore: number | null | undefined): string {
  return ore == null ? '–' : formatSek(ore, currentLocale());
}
