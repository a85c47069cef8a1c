import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { todayIso } from '../platform/today.js';
import { can, type Actor } from '../policy/policy.js';
import { abilitiesFor } from '../policy/abilities.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import { organisationNames } from '../organisations/index.js';
import { personSummaries } from '../people/index.js';
import { bodyLeads, bodyNames, findBody } from '../bodies/index.js';
import { mainAgreementsOf, templateTerms } from '../agreements/index.js';
import { questionnaireHeading } from '../surveys/index.js';
import type { ActivityReport, Cycle, Feedback, FeedbackStatus, Milestone, MilestoneKind } from './contract.js';
import { milestoneKinds } from './contract.js';
import { activityReports, followupCycles, followupMilestones, municipalFeedback } from './schema.js';
import { isOverdue, periodOf } from './rules.js';

export type CycleRow = typeof followupCycles.$inferSelect;
export type FeedbackRow = typeof municipalFeedback.$inferSelect;

export async function findCycleRow(db: Executor, id: string): Promise<CycleRow> {
  const [r] = await db.select().from(followupCycles).where(eq(followupCycles.id, id));
  if (!r) throw notFound('follow-up', id);
  return r;
}

/** The cycles a person may see (the policy's scope as the where-clause). */
export const cyclesIn = (db: Executor, scope: Scope) =>
  db
    .select()
    .from(followupCycles)
    .where(scopeWhere(scope, { countyId: followupCycles.countyId }));

/** The municipalities that have submitted their assessment in a cycle. */
export async function submittedOrganisations(db: Executor, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .select({ organisationId: municipalFeedback.organisationId })
    .from(municipalFeedback)
    .where(and(eq(municipalFeedback.cycleId, cycleId), isNotNull(municipalFeedback.submittedAt)));
  return new Set(rows.map((r) => r.organisationId));
}

export const feedbackStatus = (f: FeedbackRow | undefined): FeedbackStatus =>
  !f ? 'not_started' : f.submittedAt ? 'submitted' : 'draft';

/**
 * Who sees a municipality's assessment: once submitted, everyone who reads the cycle; until then
 * it is a draft of the municipality and of the organisation that wrote it (the region, when a
 * coordinator recorded it from the meeting) — nobody else.
 */
export function canSeeFeedback(actor: Actor, countyId: string, municipalityId: string, f: FeedbackRow | undefined) {
  if (!f || f.submittedAt)
    return can(actor, 'read', 'feedback', { countyId, organisationId: municipalityId, shared: true });
  return [municipalityId, f.authorOrganisationId].some((organisationId) =>
    can(actor, 'read', 'feedback', { countyId, organisationId, shared: false }),
  );
}

/**
 * Who writes it: the municipality's own members and the county's coordinators, as the policy says
 * for the municipality — and a draft only if they may see it, so nobody overwrites what is hidden
 * from them. The municipality may always take over a draft the region started for it.
 */
export function canWriteFeedback(actor: Actor, countyId: string, municipalityId: string, f: FeedbackRow | undefined) {
  return (
    can(actor, f ? 'update' : 'create', 'feedback', { countyId, organisationId: municipalityId, shared: true }) &&
    canSeeFeedback(actor, countyId, municipalityId, f)
  );
}

export const reportTarget = (c: CycleRow, published: boolean) => ({
  countyId: c.countyId,
  organisationId: c.organisationId,
  shared: published,
});

/** The agreement template a cycle follows up: where it lives and its terms. */
export const findTemplate = templateTerms;

/** The areas of the agreements followed up: the template's current scope. */
export async function areasOf(db: Executor, templateId: string) {
  return (await findTemplate(db, templateId)).terms.areas.map((a) => ({ code: a.code, name: a.name }));
}

/** The municipalities that are parties to the template's main agreements, with their current contact person. */
export async function partiesOf(db: Executor, templateId: string) {
  const mains = await mainAgreementsOf(db, templateId);
  const names = await organisationNames(
    db,
    mains.map((m) => m.organisationId),
  );
  const seen = new Set<string>();
  return mains
    .map((m) => ({
      agreementId: m.agreementId,
      organisationId: m.organisationId,
      name: names.get(m.organisationId)?.name ?? '',
      contactName: m.contactName,
      contactEmail: m.contactEmail,
    }))
    .filter((r) => !seen.has(r.organisationId) && seen.add(r.organisationId))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export async function milestonesOf(
  db: Executor,
  cycleId: string,
  today = todayIso(),
): Promise<(Milestone & { ownerEmail: string | null })[]> {
  const rows = await db.select().from(followupMilestones).where(eq(followupMilestones.cycleId, cycleId));
  const owners = await personSummaries(
    db,
    rows.flatMap((m) => m.ownerPersonId ?? []),
  );
  const bodies = await bodyNames(
    db,
    rows.flatMap((m) => m.ownerBodyId ?? []),
  );
  const leads = await leadsOf(
    db,
    [...new Set(rows.filter((m) => !m.ownerPersonId && m.ownerBodyId).map((m) => m.ownerBodyId!))],
    today,
  );
  const order = (k: string) => milestoneKinds.indexOf(k as MilestoneKind);
  return rows
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || order(a.kind) - order(b.kind))
    .map((m) => {
      const owner = m.ownerPersonId ? owners.get(m.ownerPersonId) : undefined;
      return {
        id: m.id,
        kind: m.kind as MilestoneKind,
        dueDate: m.dueDate,
        ownerPersonId: m.ownerPersonId,
        ownerName: owner?.name ?? null,
        // A milestone owned by a body alone is reminded through its chair (else its secretary).
        ownerEmail: owner?.email ?? (m.ownerBodyId ? (leads.get(m.ownerBodyId) ?? null) : null),
        ownerBodyId: m.ownerBodyId,
        ownerBodyName: (m.ownerBodyId && bodies.get(m.ownerBodyId)?.name) || null,
        status: m.status as Milestone['status'],
        doneOn: m.doneOn,
        note: m.note,
        overdue: isOverdue({ dueDate: m.dueDate, status: m.status as Milestone['status'] }, today),
        remindersSent: m.remindersSent,
        lastRemindedAt: m.lastRemindedAt?.toISOString() ?? null,
        version: m.version,
      };
    });
}

/** The e-mail of each body's current chair, else its current secretary (people with an address, not archived). */
async function leadsOf(tx: Executor, bodyIds: string[], today: string) {
  const out = new Map<string, string>();
  const leadRows = await bodyLeads(tx, bodyIds, today);
  if (!leadRows.length) return out;
  const persons = await personSummaries(
    tx,
    leadRows.map((r) => r.personId),
  );
  for (const role of ['chair', 'secretary'])
    for (const r of leadRows) {
      const p = persons.get(r.personId);
      if (r.role === role && p?.email && !p.archived && !out.has(r.bodyId)) out.set(r.bodyId, p.email);
    }
  return out;
}

/** The cycle as the actor may see it: draft reports and other organisations' draft feedback left out. */
export async function presentCycle(db: Executor, actor: Actor, c: CycleRow): Promise<Cycle> {
  const id = c.id;
  // One query after the other on the one connection (a transaction's client runs them in turn anyway).
  const org = (await organisationNames(db, [c.organisationId])).get(c.organisationId);
  const template = await findTemplate(db, c.templateId);
  const areas = template.terms.areas.map((a) => ({ code: a.code, name: a.name }));
  const parties = await partiesOf(db, c.templateId);
  const milestones = await milestonesOf(db, c.id);
  const names = new Map(parties.map((p) => [p.organisationId, p.name]));
  const areaNames = new Map(areas.map((a) => [a.code, a.name]));
  const reportRows = await db
    .select()
    .from(activityReports)
    .where(eq(activityReports.cycleId, id))
    .orderBy(asc(activityReports.areaCode), asc(activityReports.createdAt));
  const reports: ActivityReport[] = reportRows
    .filter((r) => can(actor, 'read', 'followup', reportTarget(c, r.status === 'published')))
    .map((r) => ({
      id: r.id,
      areaCode: r.areaCode,
      areaName: areaNames.get(r.areaCode) ?? r.areaCode,
      municipalityId: r.municipalityId,
      municipalityName: r.municipalityId ? (names.get(r.municipalityId) ?? null) : null,
      body: r.body,
      status: r.status as ActivityReport['status'],
      publishedAt: r.publishedAt?.toISOString() ?? null,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    }))
    .sort(
      (a, b) =>
        a.areaCode.localeCompare(b.areaCode) ||
        (a.municipalityName ?? '').localeCompare(b.municipalityName ?? '', 'sv'),
    );
  const feedbackRows = await db.select().from(municipalFeedback).where(eq(municipalFeedback.cycleId, id));
  const municipalities = parties.map((p) =>
    presentFeedback(
      actor,
      c,
      p,
      feedbackRows.find((f) => f.organisationId === p.organisationId),
      areas,
    ),
  );
  const decisionBody = c.decisionBodyId ? await findBody(db, c.decisionBodyId) : null;
  const q = c.questionnaireId ? await questionnaireHeading(db, c.questionnaireId) : null;
  const period = periodOf(c.year);
  return {
    id: c.id,
    countyId: c.countyId,
    organisationId: c.organisationId,
    organisationName: org?.name ?? '',
    templateId: c.templateId,
    templateTitle: template.terms.title,
    year: c.year,
    title: c.title,
    periodStart: period.start,
    periodEnd: period.end,
    status: c.status as Cycle['status'],
    areas,
    milestones: milestones.map(({ ownerEmail: _, ...m }) => m),
    reports,
    municipalities,
    questionnaireId: c.questionnaireId,
    questionnaireTitle: q?.title ?? null,
    questionnaireStatus: q?.status ?? null,
    jointValuation: c.jointValuation,
    jointValuationDate: c.jointValuationDate,
    recommendedChanges: c.recommendedChanges,
    decision:
      c.decisionDate && c.decisionBodyId && c.decisionText
        ? {
            date: c.decisionDate,
            bodyId: c.decisionBodyId,
            bodyName: decisionBody?.name ?? '',
            text: c.decisionText,
            caseNumber: c.decisionCaseNumber,
          }
        : null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abilities: abilitiesFor(actor, 'followup', { countyId: c.countyId, organisationId: c.organisationId }, ['update']),
  };
}

type Party = Awaited<ReturnType<typeof partiesOf>>[number];

/** A municipality's feedback, or an empty one where the actor may not see a draft written by someone else. */
export function presentFeedback(
  actor: Actor,
  c: CycleRow,
  p: Party,
  row: FeedbackRow | undefined,
  areas: { code: string }[],
): Feedback {
  const visible = row && canSeeFeedback(actor, c.countyId, p.organisationId, row) ? row : undefined;
  // That a draft exists is shown to all; what it says only to its authors.
  const status = feedbackStatus(row);
  return {
    organisationId: p.organisationId,
    organisationName: p.name,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    agreementId: p.agreementId,
    status,
    areas: areas.map(
      (a) => visible?.areas.find((x) => x.areaCode === a.code) ?? { areaCode: a.code, rating: null, comment: null },
    ),
    meetingDate: visible?.meetingDate ?? null,
    participants: visible?.participants ?? null,
    notes: visible?.notes ?? null,
    submittedAt: visible?.submittedAt?.toISOString() ?? null,
    version: visible?.version ?? null,
    editable: c.status === 'open' && !row?.submittedAt && canWriteFeedback(actor, c.countyId, p.organisationId, row),
  };
}
