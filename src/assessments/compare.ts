/** Two rounds of an initiative side by side: what was added, removed and changed. */
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import type { Actor } from '../policy/policy.js';
import type { Assessment, AssessmentRecord, Comparison } from './contract.js';
import { getAssessment } from './rounds.js';
import { diff, type Keyed } from './rules.js';

function keyed(a: AssessmentRecord) {
  const impactsK: Keyed[] = a.impacts.map((im) => ({
    key: `${im.frameworkKey}|${im.code}`,
    label: { sv: `${im.code} ${im.name.sv}`, en: `${im.code} ${im.name.en}` },
    values: {
      effect: im.effect,
      directness: im.directness,
      motivation: im.motivation,
      relevanceRank: im.relevanceRank,
    },
  }));
  const actorsK: Keyed[] = a.actors.map((x) => ({
    key: x.organisationId ?? `name:${x.name.toLowerCase()}`,
    label: { sv: x.name, en: x.name },
    values: {
      relation: x.relation,
      presence: x.presence,
      power: x.power,
      interest: x.interest,
      stance: x.stance,
      note: x.note,
    },
  }));
  const sideKey = (s: Assessment['conflicts'][number]['a']) =>
    s.type === 'item'
      ? `item:${s.code}`
      : s.type === 'actor'
        ? `actor:${s.label.sv.toLowerCase()}`
        : `text:${(s.text ?? '').toLowerCase()}`;
  const conflictsK: Keyed[] = a.conflicts.map((c) => ({
    key: [sideKey(c.a), sideKey(c.b)].sort().join(' ↔ '),
    label: { sv: `${c.a.label.sv} ↔ ${c.b.label.sv}`, en: `${c.a.label.en} ↔ ${c.b.label.en}` },
    values: {
      severity: c.severity,
      status: c.status,
      description: c.description,
      position: c.position?.text ?? null,
      positionDate: c.position?.date ?? null,
    },
  }));
  const actionsK: Keyed[] = a.actions.map((x) => ({
    key: x.title.toLowerCase(),
    label: { sv: x.title, en: x.title },
    values: {
      status: x.status,
      deadline: x.deadline,
      responsible: x.responsibleOrganisationName ?? x.responsiblePersonName,
    },
  }));
  return { impactsK, actorsK, conflictsK, actionsK };
}

export async function compareAssessments(
  db: Db,
  actor: Actor | undefined,
  id: string,
  otherId: string,
): Promise<Comparison> {
  const [x, y] = [await getAssessment(db, actor, id), await getAssessment(db, actor, otherId)];
  if (x.initiative.id !== y.initiative.id)
    throw new AppError('assessment.different_initiatives', 'Only assessments of the same initiative can be compared');
  const [from, to] = x.number < y.number ? [x, y] : [y, x];
  const [a, b] = [keyed(from), keyed(to)];
  const ref = (s: AssessmentRecord) => ({ id: s.id, number: s.number, status: s.status, finishedAt: s.finishedAt });
  return {
    from: ref(from),
    to: ref(to),
    impacts: diff(a.impactsK, b.impactsK),
    actors: diff(a.actorsK, b.actorsK),
    conflicts: diff(a.conflictsK, b.conflictsK),
    actions: diff(a.actionsK, b.actionsK),
  };
}
