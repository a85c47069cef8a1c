import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import type { CreateQuestionnaire, FromTemplate, Questionnaire, UpdateQuestionnaire } from './contract.js';
import { questionnaires } from './schema.js';
import { findQuestionnaire, questionnairesOf } from './repository.js';
import { auditOf, questionnaireFor } from './access.js';
import { buildSections, checkDates } from './structure.js';
import { builtinScales, ensureBuiltinScales, templates } from './template.js';
import { releaseAnonymous } from './respond.js';

export async function listQuestionnaires(db: Db, actor: Actor | undefined) {
  const a = authorize(actor, 'read', 'survey');
  return questionnairesOf(db, a.role === 'admin' ? null : a.countyId);
}

export async function getQuestionnaire(db: Db, actor: Actor | undefined, id: string) {
  return (await questionnaireFor(db, actor, 'read', id)).q;
}

export function listTemplates(actor: Actor | undefined) {
  authorize(actor, 'read', 'survey');
  const scales = new Map(builtinScales.map((s) => [s.key, { id: s.key, options: s.options }]));
  return templates.map((t) => ({
    key: t.key,
    title: t.title,
    questionCount: t.sections(scales).reduce((n, s) => n + s.questions.length, 0),
  }));
}

async function ownerOf(db: Executor, actor: Actor | undefined, organisationId: string | undefined) {
  const first = authorize(actor, 'create', 'survey');
  const org = await findOrganisation(db, organisationId ?? first.organisationId);
  return { org, actor: authorize(actor, 'create', 'survey', { countyId: org.countyId, organisationId: org.id }) };
}

export async function createQuestionnaire(
  db: Db,
  actor: Actor | undefined,
  input: CreateQuestionnaire,
): Promise<Questionnaire> {
  return db.transaction(async (tx) => {
    const { org, actor: a } = await ownerOf(tx, actor, input.organisationId);
    checkDates(input.opensAt, input.closesAt);
    await ensureBuiltinScales(tx);
    const sections = await buildSections(tx, org.countyId, input.sections);
    const [row] = await tx
      .insert(questionnaires)
      .values({
        countyId: org.countyId,
        organisationId: org.id,
        title: input.title,
        intro: input.intro ?? null,
        anonymous: input.anonymous,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        status: 'draft',
        sections,
      })
      .returning();
    const created = await findQuestionnaire(tx, row.id);
    await recordChange(tx, a, { action: 'create', ...auditOf(created), after: created });
    return created;
  });
}

/** A new draft questionnaire from a built-in template, its wording and options as the template has them. */
export async function createFromTemplate(
  db: Db,
  actor: Actor | undefined,
  key: string,
  input: FromTemplate,
): Promise<Questionnaire> {
  return db.transaction((tx) => insertFromTemplate(tx, actor, key, input));
}

/** The same inside the caller's transaction (the follow-up cycle creates its questionnaire this way). */
export async function insertFromTemplate(
  tx: Executor,
  actor: Actor | undefined,
  key: string,
  input: FromTemplate,
): Promise<Questionnaire> {
  const template = templates.find((t) => t.key === key);
  const { org, actor: a } = await ownerOf(tx, actor, input.organisationId);
  if (!template) throw new AppError('survey.template_unknown', `There is no questionnaire template ${key}`, { key });
  checkDates(input.opensAt, input.closesAt);
  const scales = await ensureBuiltinScales(tx);
  const [row] = await tx
    .insert(questionnaires)
    .values({
      countyId: org.countyId,
      organisationId: org.id,
      templateKey: key,
      title: input.title ?? template.title,
      intro: template.intro,
      anonymous: input.anonymous,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      status: 'draft',
      sections: template.sections(scales),
    })
    .returning();
  const created = await findQuestionnaire(tx, row.id);
  await recordChange(tx, a, {
    action: 'create',
    ...auditOf(created),
    after: { template: key, title: created.title, anonymous: created.anonymous },
  });
  return created;
}

export async function updateQuestionnaire(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateQuestionnaire,
): Promise<Questionnaire> {
  return db.transaction(async (tx) => {
    const { q: before, actor: a } = await questionnaireFor(tx, actor, 'update', id);
    const { version, sections, ...values } = input;
    // Once people may answer, what they are asked and whether it is anonymous stay as they were.
    if (
      before.status !== 'draft' &&
      (sections !== undefined || (values.anonymous !== undefined && values.anonymous !== before.anonymous))
    ) {
      throw new AppError(
        'survey.not_draft',
        'Questions and anonymity can only be changed while the questionnaire is a draft',
        { field: sections ? 'sections' : 'anonymous' },
      );
    }
    checkDates(values.opensAt ?? before.opensAt, values.closesAt ?? before.closesAt);
    const set: Record<string, unknown> = { ...values };
    if (sections) set.sections = await buildSections(tx, before.countyId, sections);
    await updateVersioned(tx, questionnaires, 'questionnaire', id, version, set, () => before);
    const after = await findQuestionnaire(tx, id);
    await recordChange(tx, a, { action: 'update', ...auditOf(after), before, after });
    return after;
  });
}

/** Open for answers (from a draft, or again after closing) or close. */
export async function setQuestionnaireStatus(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  status: 'open' | 'closed',
): Promise<Questionnaire> {
  return db.transaction(async (tx) => {
    const { q: before, actor: a } = await questionnaireFor(tx, actor, 'update', id);
    if (status === 'open' && !before.sections.some((s) => s.questions.length)) {
      throw new AppError('survey.structure_invalid', 'Add at least one question before opening the questionnaire', {
        field: 'sections',
      });
    }
    // A draft may hold an empty section while it is being written; respondents never see one.
    const empty = before.sections.findIndex((s) => !s.questions.length);
    if (status === 'open' && empty >= 0)
      throw new AppError(
        'survey.structure_invalid',
        `Section ${empty + 1} has no questions; add one or remove the section before opening`,
        { field: `sections.${empty}.questions` },
      );
    if (status === 'closed' && before.status !== 'open')
      throw new AppError('survey.not_open', 'Only an open questionnaire can be closed');
    await updateVersioned(tx, questionnaires, 'questionnaire', id, version, { status }, () => before);
    if (status === 'closed') await releaseAnonymous(tx, id);
    const after = await findQuestionnaire(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      ...auditOf(after),
      before: { status: before.status },
      after: { status },
    });
    return after;
  });
}
