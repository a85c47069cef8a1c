/** Every table, for drizzle and for the whole-database export. Order = safe insert order. */
export * from '../../counties/schema.js';
export * from '../../organisations/schema.js';
export * from '../../people/schema.js';
export * from '../../auth/schema.js';
export * from '../mail/schema.js';
export * from '../../bodies/schema.js';
export * from '../../goals/schema.js';
export * from '../../audit/schema.js';
export * from '../../assessments/schema.js';
export * from '../../agreements/schema.js';
export * from '../../surveys/schema.js';
export * from '../../followup/schema.js';
