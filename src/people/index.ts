/** People of the organisations and their user accounts. */
import { defineCapability } from '../platform/capability.js';
import { peopleRoutes } from './routes.js';
import { peopleErrors } from './errors.js';
import * as tables from './schema.js';

export const peopleCapability = defineCapability({
  name: 'people',
  routes: peopleRoutes,
  tables,
  errors: peopleErrors,
  subjects: ['person', 'user'],
  jobs: [],
});

// What other capabilities may use: these functions, and the tables below for foreign keys (in their
// schema.ts). Some files still read them and are being moved onto functions (ARCHITECTURE.md).
export { findPerson } from './repository.js';
export { personContacts, personSummaries, type PersonContact, type PersonSummary } from './lookup.js';
export { createPerson, getPerson } from './use-cases.js';
export {
  accountByEmail,
  accountLocale,
  accountsTaken,
  activeAccountHolders,
  findUser,
  insertAccount,
  listUsers,
  markSignedIn,
  saveAccount,
  setAccountLocale,
  setAccountPassword,
  type Account,
} from './accounts.js';
export { CreateUser, UpdateUser, User, type UserRecord } from './contract.js';
export { people, users } from './schema.js';
