import type { StaleField } from '../../components/StaleNotice';

/** Rows for the StaleNotice: each field as the other person saved it and as the user typed it. */
export function staleRows<T extends Record<string, string | boolean>>(
  theirs: T,
  yours: T,
  label: (k: keyof T & string) => string,
  show: (k: keyof T & string, v: string | boolean) => string = (_k, v) => String(v),
): StaleField[] {
  return (Object.keys(theirs) as (keyof T & string)[]).map((k) => ({
    key: k,
    label: label(k),
    theirs: show(k, theirs[k]),
    yours: show(k, yours[k]),
  }));
}

/** A value from a raw record (the server's 409 `current`) as form text. */
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
