/** Signing in and out, sessions, CSRF, password reset; puts the signed-in actor on every request. */
import { defineCapability } from '../platform/capability.js';
import { authRoutes } from './routes.js';
import { registerRequestContext } from './request-context.js';
import * as tables from './schema.js';
import { authJobs } from './jobs.js';

export const authCapability = defineCapability({
  name: 'auth',
  routes: authRoutes,
  setup: registerRequestContext,
  tables,
  errors: {},
  subjects: [],
  jobs: authJobs,
});

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { checkPasswordStrength, hashPassword } from './passwords.js';
export { deleteUserSessions } from './sessions.js';
export { newToken, sha256 } from './tokens.js';
export { requireActor } from './request-context.js';
