import { asc, count, desc, eq } from 'drizzle-orm';
import { scopeWhere, type Scope } from '../policy/scope.js';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { bodies } from '../bodies/index.js';
import { organisations } from '../organisations/index.js';
import type { Invitation, Questionnaire, QuestionnaireRecord, ScaleRecord } from './contract.js';
import { invitations, questionnaires, surveyScales } from './schema.js';

type QuestionnaireRow = typeof questionnaires.$inferSelect;
type ScaleRow = typeof surveyScales.$inferSelect;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Today's calendar date in Sweden, where questionnaires open and close. */
export { todayIso as swedishToday } from '../platform/today.js';

export function presentQuestionnaire(r: QuestionnaireRow): QuestionnaireRecord {
  return {
    id: r.id,
    countyId: r.countyId,
    organisationId: r.organisationId,
    templateKey: r.templateKey,
    title: r.title,
    intro: r.intro ?? null,
    anonymous: r.anonymous,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    status: r.status as Questionnaire['status'],
    sections: r.sections,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function findQuestionnaire(db: Executor, id: string): Promise<QuestionnaireRecord> {
  const [r] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
  if (!r) throw notFound('questionnaire', id);
  return presentQuestionnaire(r);
}

/** The questionnaires a person may see (their county's; every county's for an administrator), newest first. */
export async function questionnairesOf(db: Executor, scope: Scope) {
  const where = scopeWhere(scope, { countyId: questionnaires.countyId });
  const rows = await db
    .select()
    .from(questionnaires)
    .where(where)
    .orderBy(desc(questionnaires.opensAt), asc(questionnaires.createdAt));
  const [{ n }] = await db.select({ n: count() }).from(questionnaires).where(where);
  const items = rows.map((r) => {
    const { sections, ...rest } = presentQuestionnaire(r);
    return { ...rest, questionCount: sections.reduce((k, s) => k + s.questions.length, 0) };
  });
  return { items, total: Number(n) };
}

export const presentScale = (r: ScaleRow): ScaleRecord & { countyId: string | null } => ({
  id: r.id,
  key: r.key,
  countyId: r.countyId,
  builtin: r.countyId == null,
  name: r.name,
  options: r.options,
  version: r.version,
});

/** Built-in scales and the county's own (also for an administrator: others' cannot be used in its questionnaires). */
export async function scalesOf(db: Executor, countyId: string | null) {
  const rows = await db
    .select()
    .from(surveyScales)
    .where(scopeWhere({ countyId, draftsOf: null }, { countyId: surveyScales.countyId, nullCountyIsBuiltin: true }))
    .orderBy(asc(surveyScales.createdAt));
  return rows.map(presentScale);
}

export async function findScale(db: Executor, id: string) {
  const [r] = await db.select().from(surveyScales).where(eq(surveyScales.id, id));
  if (!r) throw notFound('scale', id);
  return r;
}

/** Invitations with their body and organisation names, by body and name. */
export async function invitationsOf(db: Executor, questionnaireId: string): Promise<Invitation[]> {
  const rows = await db
    .select({ i: invitations, bodyName: bodies.name, organisationName: organisations.name })
    .from(invitations)
    .leftJoin(bodies, eq(bodies.id, invitations.bodyId))
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.questionnaireId, questionnaireId))
    .orderBy(asc(bodies.name), asc(invitations.name));
  return rows.map(({ i, bodyName, organisationName }) => ({
    id: i.id,
    bodyId: i.bodyId,
    bodyName: bodyName ?? null,
    personId: i.personId,
    name: i.name,
    email: i.email,
    organisationId: i.organisationId,
    organisationName: organisationName ?? null,
    invitedAt: i.invitedAt.toISOString(),
    started: i.started,
    startedAt: iso(i.startedAt),
    completed: i.completed,
    completedAt: iso(i.completedAt),
    remindersSent: i.remindersSent,
    lastRemindedAt: iso(i.lastRemindedAt),
  }));
}
