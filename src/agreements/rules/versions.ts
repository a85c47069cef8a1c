import { compareDates, parseDate, type IsoDate } from './dates.js';
import { agreementError } from './errors.js';

export interface TemplateVersion {
  number: number;
  validFrom: IsoDate;
  /** Last day included; null = open-ended. */
  validTo: IsoDate | null;
}

/**
 * Versions of a template take turns: each runs from validFrom to validTo, both included, and no
 * day belongs to two versions. Gaps are allowed. A version ending before it starts is refused as
 * 'agreement.validity_order'; two versions sharing a day as 'agreement.versions_overlap', naming
 * both (the earliest overlapping pair when there are several).
 */
export function checkNoOverlap(versions: TemplateVersion[]): void {
  for (const v of versions) {
    parseDate(v.validFrom, 'validFrom');
    if (v.validTo !== null && compareDates(v.validTo, v.validFrom) < 0) {
      throw agreementError(
        'agreement.validity_order',
        `version ${v.number} ends ${v.validTo} before it starts ${v.validFrom}`,
        { field: 'validTo', version: v.number, validFrom: v.validFrom, validTo: v.validTo },
      );
    }
  }
  const sorted = [...versions].sort((a, b) => compareDates(a.validFrom, b.validFrom) || a.number - b.number);
  // Sorted by start, when a version overlaps any later one it also overlaps the very next one (that
  // one starts between the two), so checking neighbours is enough.
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.validTo === null || compareDates(b.validFrom, a.validTo) <= 0) {
      throw agreementError(
        'agreement.versions_overlap',
        `versions ${a.number} and ${b.number} overlap from ${b.validFrom}`,
        { versions: [a.number, b.number], from: b.validFrom },
      );
    }
  }
}

/** The version in force on `date`, or null (after checkNoOverlap there is at most one). */
export function versionOn(versions: TemplateVersion[], date: IsoDate): TemplateVersion | null {
  return (
    versions.find(
      (v) => compareDates(v.validFrom, date) <= 0 && (v.validTo === null || compareDates(date, v.validTo) <= 0),
    ) ?? null
  );
}
