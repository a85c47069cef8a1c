/** The pure rules of collaboration agreements (SPEC B): no I/O, no database, no clock. */
export * from './errors.js';
export * from './dates.js';
export * from './money.js';
export * from './price-index.js';
export * from './payment-plan.js';
export * from './renewal.js';
export * from './disputes.js';
export * from './bankgiro.js';
export * from './status.js';
export * from './versions.js';
