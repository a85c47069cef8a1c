/** Meetings of bodies: cases (ärenden), meetings, §§, protocols, adjusting, the notice board. */
import type { FastifyPluginAsync } from 'fastify';
import { defineCapability } from '../platform/capability.js';
import type { Services } from '../platform/context.js';
import { meetingRoutes } from './routes.js';
import { protocolRoutes } from './protocol-routes.js';
import { meetingErrors } from './errors.js';
import { meetingRuleErrors } from './rules/index.js';
import * as tables from './schema.js';

const routes =
  (services: Services): FastifyPluginAsync =>
  async (app) => {
    await app.register(meetingRoutes(services));
    await app.register(protocolRoutes(services));
  };

export const meetingsCapability = defineCapability({
  name: 'meetings',
  routes,
  tables,
  errors: { ...meetingErrors, ...meetingRuleErrors },
  subjects: ['meeting'],
  jobs: [],
});

// What other capabilities may use: the § a decision was taken in, and the tables for foreign keys.
export { itemRefs } from './repository.js';
export { cases, items as meetingItems, meetings } from './schema.js';
