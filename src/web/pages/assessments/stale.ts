/** A value from a record (or the one a 409 carries) as form text. */
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** @deprecated Use `staleFields` from the kit (kept while the follow-up pages still import it here). */
export { staleFields as staleRows } from '../../kit/FormDialog';
