import { AppError } from '../platform/errors.js';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { mailRateLimit } from '../platform/mail/rate-limit.js';
import { fileSlug, sendDownload } from '../documents/download.js';
import { DispatchList, Meeting, NoticeBoard, OrganisationParams, SendExtracts } from './contract.js';
import { getMeeting } from './meetings.js';
import { protocolModel } from './protocol-map.js';
import { extractDocx, extractPdf, protocolDocx, protocolPdf } from './protocol/index.js';
import { listDispatches, sendCall, sendExtracts } from './dispatch.js';
import { noticeBoard, noticeBoardAtom, publicProtocolPdf } from './notice-board.js';
import { ErrorBody } from './openapi.js';

const ExtractQuery = z.object({
  /** The §§ (their numbers) the extract holds, e.g. "67" or "67,68". */
  numbers: z
    .string()
    .regex(/^\d{1,6}(,\d{1,6}){0,199}$/, 'must be § numbers separated by commas')
    .transform((s) => s.split(',').map(Number)),
});
const PublicProtocolParams = z.object({ organisationId: z.uuid(), meetingId: z.uuid() });

/**
 * The protocol as Word and PDF, extracts, the call and extracts by mail, and the public notice board
 * (outside /api: read without signing in, rate-limited per address like the respondents' links).
 */
export const protocolRoutes =
  ({ config, database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['meetings'];
    const fileName = (m: Meeting, what: string, ext: string) =>
      `${what}-${fileSlug(m.body.name)}-${m.startDate}.${ext}`;

    for (const ext of ['docx', 'pdf'] as const)
      app.get(
        `/api/meetings/:id/protocol.${ext}`,
        {
          schema: {
            tags,
            params: IdParams,
            produces: [
              ext === 'pdf'
                ? 'application/pdf'
                : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ],
          },
        },
        async (req, reply) => {
          const m = await getMeeting(db, req.actor, req.params.id);
          const model = await protocolModel(db, m);
          const body = ext === 'pdf' ? await protocolPdf(model) : await protocolDocx(model);
          return sendDownload(reply, { fileName: fileName(m, 'protokoll', ext), body });
        },
      );
    for (const ext of ['docx', 'pdf'] as const)
      app.get(
        `/api/meetings/:id/extract.${ext}`,
        { schema: { tags, params: IdParams, querystring: ExtractQuery } },
        async (req, reply) => {
          const m = await getMeeting(db, req.actor, req.params.id);
          const model = await protocolModel(db, m);
          const numbers = req.query.numbers.filter((n) => model.paragraphs.some((p) => p.number === n));
          if (!numbers.length)
            throw new AppError('record.not_found', `The protocol has no § ${req.query.numbers.join(', ')}`, {
              field: 'numbers',
              numbers: req.query.numbers,
            });
          const body = ext === 'pdf' ? await extractPdf(model, numbers) : await extractDocx(model, numbers);
          return sendDownload(reply, { fileName: fileName(m, 'protokollsutdrag', ext), body });
        },
      );

    const mailConfig = mailRateLimit(config.MAIL_RATE_LIMIT);
    app.post(
      '/api/meetings/:id/call',
      {
        config: mailConfig,
        schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Meeting }, Meeting) },
      },
      (req) => sendCall(db, req.actor, req.params.id, req.body.version, config.publicUrl),
    );
    app.post(
      '/api/meetings/:id/extracts',
      {
        config: mailConfig,
        schema: { tags, params: IdParams, body: SendExtracts, response: withStale({ 200: Meeting }, Meeting) },
      },
      (req) => sendExtracts(db, req.actor, req.params.id, req.body),
    );
    app.get(
      '/api/meetings/:id/dispatches',
      { schema: { tags, params: IdParams, response: { 200: DispatchList } } },
      (req) => listDispatches(db, req.actor, req.params.id),
    );

    const publicConfig = { rateLimit: { max: config.RESPOND_RATE_LIMIT, timeWindow: 60_000 } };
    const publicTags = ['notice board'];
    app.get(
      '/public/notice-board/:organisationId',
      {
        config: publicConfig,
        schema: {
          tags: publicTags,
          security: [],
          params: OrganisationParams,
          response: { 200: NoticeBoard, 404: ErrorBody },
        },
      },
      (req) => noticeBoard(db, req.params.organisationId, config.publicUrl),
    );
    app.get(
      '/public/notice-board/:organisationId/feed.atom',
      {
        config: publicConfig,
        schema: { tags: publicTags, security: [], params: OrganisationParams, produces: ['application/atom+xml'] },
      },
      async (req, reply) =>
        reply
          .type('application/atom+xml; charset=utf-8')
          .header('cache-control', 'no-cache')
          .send(await noticeBoardAtom(db, req.params.organisationId, config.publicUrl)),
    );
    app.get(
      '/public/notice-board/:organisationId/protocols/:meetingId.pdf',
      {
        config: publicConfig,
        schema: { tags: publicTags, security: [], params: PublicProtocolParams, produces: ['application/pdf'] },
      },
      async (req, reply) => {
        const { meeting, pdf } = await publicProtocolPdf(db, req.params.organisationId, req.params.meetingId);
        return sendDownload(reply, {
          fileName: `protokoll-${fileSlug(meeting.body.name)}-${meeting.startDate}.pdf`,
          body: pdf,
          cache: 'shared',
          disposition: 'inline',
        });
      },
    );
  };
