/** The pure rules of meetings, cases and protocols (SPEC E, issue 12): no I/O, no database, no clock. */
export * from './errors.js';
export * from './dates.js';
export * from './statutory-time.js';
export * from './profiles.js';
export * from './deadlines.js';
export * from './numbering.js';
export * from './attendance.js';
export * from './votes.js';
export * from './motions.js';
export * from './protocol.js';
export * from './adjusting.js';
export * from './council-motions.js';
