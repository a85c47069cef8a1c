/** Signing in and out, sessions, CSRF, password reset; puts the signed-in actor on every request. */
import { defineCapability } from '../platform/capability.js';
import { authRoutes } from './routes.js';
import { accountRoutes } from './account-routes.js';
import { registerRequestContext } from './request-context.js';
import * as tables from './schema.js';
import { authJobs } from './jobs.js';

export const authCapability = defineCapability({
  name: 'auth',
  routes: (services) => async (app) => {
    await app.register(authRoutes(services));
    await app.register(accountRoutes(services));
  },
  setup: registerRequestContext,
  tables,
  errors: {},
  subjects: [],
  jobs: authJobs,
});

// What other capabilities may use (auth hands out no table).
export { insertUser, setPassword } from './accounts.js';
export { newToken, sha256 } from './tokens.js';
export { requireActor } from './request-context.js';
