import { asc, count, desc, eq } from 'drizzle-orm';
import { scopeWhere, type Scope } from '../policy/scope.js';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { bodyNames } from '../bodies/index.js';
import { organisationNames } from '../organisations/index.js';
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

/** A questionnaire's title and status only, for another capability that names it (null if none). */
export async function questionnaireHeading(
  db: Executor,
  id: string,
): Promise<{ title: QuestionnaireRecord['title']; status: QuestionnaireRecord['status'] } | null> {
  const [r] = await db
    .select({ title: questionnaires.title, status: questionnaires.status })
    .from(questionnaires)
    .where(eq(questionnaires.id, id));
  return r
    ? { title: r.title as QuestionnaireRecord['title'], status: r.status as QuestionnaireRecord['status'] }
    : null;
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

/**
 * Ascending, nulls last, in the code-point order of the databases' C collation: the order the lists
 * had when they were sorted in SQL.
 */
export function byName(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The names of these bodies and organisations (from their faces), by id. */
export async function namesOf(
  db: Executor,
  rows: readonly { bodyId: string | null; organisationId: string | null }[],
): Promise<{ body: (id: string | null) => string | null; organisation: (id: string | null) => string | null }> {
  const ids = (pick: (r: (typeof rows)[number]) => string | null) =>
    rows.flatMap((r) => {
      const id = pick(r);
      return id ? [id] : [];
    });
  const bodies = await bodyNames(
    db,
    ids((r) => r.bodyId),
  );
  const organisations = await organisationNames(
    db,
    ids((r) => r.organisationId),
  );
  return {
    body: (id) => (id ? (bodies.get(id)?.name ?? null) : null),
    organisation: (id) => (id ? (organisations.get(id)?.name ?? null) : null),
  };
}

/** Invitations with their body and organisation names, by body and name. */
export async function invitationsOf(db: Executor, questionnaireId: string): Promise<Invitation[]> {
  const rows = await db.select().from(invitations).where(eq(invitations.questionnaireId, questionnaireId));
  const names = await namesOf(db, rows);
  const list = rows.map((i) => ({
    id: i.id,
    bodyId: i.bodyId,
    bodyName: names.body(i.bodyId),
    personId: i.personId,
    name: i.name,
    email: i.email,
    organisationId: i.organisationId,
    organisationName: names.organisation(i.organisationId),
    invitedAt: i.invitedAt.toISOString(),
    started: i.started,
    startedAt: iso(i.startedAt),
    completed: i.completed,
    completedAt: iso(i.completedAt),
    remindersSent: i.remindersSent,
    lastRemindedAt: iso(i.lastRemindedAt),
  }));
  return list.sort((a, b) => byName(a.bodyName, b.bodyName) || byName(a.name, b.name));
}
