import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { MyWork } from './contract.js';
import { myWork } from './my-work.js';

const tags = ['overview'];

export const overviewRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/my-work',
      {
        schema: {
          tags,
          summary: 'What waits for the signed-in person: assessments, positions, actions, milestones, notices, surveys',
          response: { 200: MyWork },
        },
      },
      (req) => myWork(db, req.actor),
    );
  };
