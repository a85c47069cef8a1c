import { defineErrors } from '../platform/errors.js';

/** The goals error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const goalErrors = defineErrors({
  'framework.import_invalid': { status: 400, meaning: 'The file does not have the structure of a goal framework.' },
  'framework.duplicate_key': { status: 409, meaning: 'A framework with the same key already exists.' },
  'framework.version_published': {
    status: 409,
    meaning: 'The version is published and cannot be changed. Start a new version.',
  },
  'framework.builtin_readonly': { status: 409, meaning: 'Built-in frameworks cannot be changed.' },
  'framework.no_draft': { status: 409, meaning: 'The framework has no draft. Start a new version first.' },
  'framework.duplicate_code': { status: 400, meaning: 'The code is already used in this version.' },
  'framework.unknown_parent': { status: 400, meaning: 'The parent item does not exist.' },
});

type GoalErrors = typeof goalErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends GoalErrors {}
}
