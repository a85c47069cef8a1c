import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import type { Db } from '../platform/db/database.js';
import { IdParams } from '../platform/contract.js';
import type { Actor } from '../policy/policy.js';
import { sendDownload } from '../documents/index.js';
import { cycleFor } from './access.js';
import { presentCycle } from './repository.js';
import { compileFor, responsesOf, type Anonymity } from './compilation.js';
import {
  assessmentsCsv,
  cycleReportDocx,
  cycleReportPdf,
  responsesCsv,
  responsesXlsx,
  type Locale,
  type ResponsesExport,
} from './report/index.js';

const Lang = z.object({ lang: z.enum(['sv', 'en']).default('sv') });

async function loaded(db: Db, actor: Actor | undefined, id: string) {
  const { c, actor: a } = await cycleFor(db, actor, 'read', id);
  const cycle = await presentCycle(db, a, c);
  return { c, cycle };
}

/** Everything answered in the cycle: the bodies' responses and the municipalities' submitted assessments. */
async function exportOf(
  db: Db,
  actor: Actor | undefined,
  id: string,
  lang: Locale,
  anonymity: Anonymity,
): Promise<{ year: number; input: ResponsesExport }> {
  const { c, cycle } = await loaded(db, actor, id);
  const answered = c.questionnaireId ? await responsesOf(db, c.questionnaireId, anonymity) : null;
  const areaName = new Map(cycle.areas.map((a) => [a.code, a.name]));
  const input: ResponsesExport = {
    title: answered ? answered.q.title[lang] : cycle.title,
    anonymous: answered?.q.anonymous ?? false,
    sections: answered?.q.sections ?? [],
    rows: answered?.rows ?? [],
    feedback: cycle.municipalities.map((m) => ({
      municipalityName: m.organisationName,
      areas: m.areas.map((x) => ({
        code: x.areaCode,
        name: areaName.get(x.areaCode) ?? x.areaCode,
        rating: x.rating,
        comment: x.comment,
      })),
      meetingDate: m.meetingDate,
      participants: m.participants,
      notes: m.notes,
      status: m.status,
    })),
  };
  return { year: c.year, input };
}

/** "uppföljning-2025-rapport-sv.pdf": unpublished and personal to the cycle's readers, so never cached. */
const fileName = (year: number, what: string, lang: string, ext: string) =>
  `uppföljning-${year}-${what}-${lang}.${ext}`;

export const documentRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const db = services.database.db;
    const anonymity = { minGroup: services.config.ANONYMOUS_MIN_GROUP };
    const schema = { tags: ['followup'], params: IdParams, querystring: Lang };
    const base = '/api/followup-cycles/:id';

    for (const [ext, render] of [
      ['docx', cycleReportDocx],
      ['pdf', cycleReportPdf],
    ] as const) {
      app.get(`${base}/report.${ext}`, { schema }, async (req, reply) => {
        const { c, cycle } = await loaded(db, req.actor, req.params.id);
        const body = await render(cycle, await compileFor(db, c, cycle, anonymity), req.query.lang);
        return sendDownload(reply, { fileName: fileName(c.year, 'rapport', req.query.lang, ext), body });
      });
    }
    app.get(`${base}/responses.xlsx`, { schema }, async (req, reply) => {
      const { year, input } = await exportOf(db, req.actor, req.params.id, req.query.lang, anonymity);
      return sendDownload(reply, {
        fileName: fileName(year, 'svar', req.query.lang, 'xlsx'),
        body: await responsesXlsx(input, req.query.lang),
      });
    });
    for (const [file, what, render] of [
      ['responses.csv', 'svar', responsesCsv],
      ['assessments.csv', 'kommunernas-bedömningar', assessmentsCsv],
    ] as const) {
      app.get(`${base}/${file}`, { schema }, async (req, reply) => {
        const { year, input } = await exportOf(db, req.actor, req.params.id, req.query.lang, anonymity);
        return sendDownload(reply, {
          fileName: fileName(year, what, req.query.lang, 'csv'),
          body: render(input, req.query.lang),
        });
      });
    }
  };
