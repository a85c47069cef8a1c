/** A value from a record (or the one a 409 carries) as form text. */
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
