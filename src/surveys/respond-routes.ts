import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { LangQuery, RespondView, SaveInput, Saved, SubmitInput, Submitted, TokenParams } from './respond-contract.js';
import { openResponse, saveDraft, submitResponse } from './respond.js';

/**
 * Per address and minute (RESPOND_RATE_LIMIT, default 120): generous for a municipality office
 * behind one address, tight for someone guessing links.
 */
export const respondRateLimit = (perMinute: number) => ({ max: perMinute, timeWindow: 60_000 });

/**
 * Answering without an account. The link's token is the only credential; CSRF still applies
 * (the page gets its cookie from GET /api/auth/session like any anonymous browser).
 */
export const respondRoutes =
  ({ config: settings, database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['respond'];
    const config = { rateLimit: respondRateLimit(settings.RESPOND_RATE_LIMIT) };
    const security: Record<string, string[]>[] = [{ csrf: [] }];
    app.get(
      '/api/respond/:token',
      {
        config,
        schema: { tags, security: [], params: TokenParams, querystring: LangQuery, response: { 200: RespondView } },
      },
      (req) => openResponse(db, req.params.token, req.query.lang),
    );
    app.put(
      '/api/respond/:token',
      { config, schema: { tags, security, params: TokenParams, body: SaveInput, response: { 200: Saved } } },
      (req) => saveDraft(db, req.params.token, req.body.answers),
    );
    app.post(
      '/api/respond/:token/submit',
      { config, schema: { tags, security, params: TokenParams, body: SubmitInput, response: { 200: Submitted } } },
      (req) => submitResponse(db, req.params.token, req.body),
    );
  };
