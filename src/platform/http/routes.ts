import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../context.js';
import { authRoutes } from '../../auth/routes.js';
import { countyRoutes } from '../../counties/routes.js';
import { organisationRoutes } from '../../organisations/routes.js';
import { peopleRoutes } from '../../people/routes.js';
import { bodyRoutes } from '../../bodies/routes.js';
import { goalRoutes } from '../../goals/routes.js';
import { outboxRoutes } from '../mail/routes.js';
import { assessmentRoutes } from '../../assessments/routes.js';
import { agreementRoutes } from '../../agreements/routes.js';
import { surveyRoutes } from '../../surveys/routes.js';
import { followupRoutes } from '../../followup/routes.js';

/** Every capability's routes, in one list so the API surface is visible at a glance. */
export const apiRoutes =
  (services: Services): FastifyPluginAsync =>
  async (app) => {
    await app.register(authRoutes(services));
    await app.register(countyRoutes(services));
    await app.register(organisationRoutes(services));
    await app.register(peopleRoutes(services));
    await app.register(bodyRoutes(services));
    await app.register(goalRoutes(services));
    await app.register(outboxRoutes(services));
    await app.register(assessmentRoutes(services));
    await app.register(agreementRoutes(services));
    await app.register(surveyRoutes(services));
    await app.register(followupRoutes(services));
  };
