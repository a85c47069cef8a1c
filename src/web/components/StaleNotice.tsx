/** Kept for the pages not yet on the kit; new code uses `StaleChanges` with `useSave` from ../kit. */
export { StaleChanges as StaleNotice, type StaleField } from '../kit/StaleChanges';
