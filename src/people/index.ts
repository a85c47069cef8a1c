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

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { findPerson } from './repository.js';
export { createPerson, getPerson } from './use-cases.js';
export { findUser, listUsers } from './repository.js';
export { CreateUser, UpdateUser, User } from './contract.js';
export { people, users } from './schema.js';
