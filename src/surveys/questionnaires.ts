import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { mayCreate } from '../policy/abilities.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import type {
  CreateQuestionnaire,
  FromTemplate,
  Questionnaire,
  QuestionnairePage,
  QuestionnaireRecord,
  UpdateQuestionnaire,
} from './contract.js';
import { questionnaires } from './schema.js';
import { findQuestionnaire, questionnairesOf } from './repository.js';
import { auditOf, placeOf, presentFor, questionnaireFor, questionnaireTarget } from './access.js';
import { buildSections, checkDates } from './structure.js';
import { builtinScales, ensureBuiltinScales, templates } from './template.js';

export async function listQuestionnaires(db: Db, actor: Actor | undefined): Promise<QuestionnairePage> {
  const a = authorize(actor, 'read', 'survey');
  const page = await questionnairesOf(db, scopeFor(a, 'survey'));
  return {
    items: page.items.map((q) => presentFor(a, q)),
    total: page.total,
    abilities: { create: mayCreate(a, 'survey', { countyId: a.countyId, organisationId: a.organisationId }) },
  };
}

export async function getQuestionnaire(db: Db, actor: Actor | undefined, id: string): Promise<Questionnaire> {
  return presentFor(actor, (await questionnaireFor(db, actor, 'read', id)).q);
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

/** The organisation a new questionnaire belongs to: the one named, else the creator's own. */
async function ownerOf(db: Executor, actor: Actor | undefined, organisationId: string | undefined) {
  const first = authorize(actor, 'create', 'survey');
  return findOrganisation(db, organisationId ?? first.organisationId);
}
const mayCreateFor = (actor: Actor | undefined, org: { id: string; countyId: string }) =>
  authorize(actor, 'create', 'survey', { countyId: org.countyId, organisationId: org.id });

export async function createQuestionnaire(
  db: Db,
  actor: Actor | undefined,
  input: CreateQuestionnaire,
): Promise<Questionnaire> {
  const created = await change(db, {
    entity: 'questionnaire',
    action: 'create',
    load: (tx) => ownerOf(tx, actor, input.organisationId),
    authorise: (org) => mayCreateFor(actor, org),
    before: () => null,
    apply: async (tx, org) => {
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
        .returning({ id: questionnaires.id });
      return row.id;
    },
    present: findQuestionnaire,
    place: placeOf,
  });
  return presentFor(actor, created);
}

/** A new draft questionnaire from a built-in template, its wording and options as the template has them. */
export async function createFromTemplate(
  db: Db,
  actor: Actor | undefined,
  key: string,
  input: FromTemplate,
): Promise<Questionnaire> {
  return presentFor(actor, await db.transaction((tx) => insertFromTemplate(tx, actor, key, input)));
}

/** The same inside the caller's transaction (the follow-up cycle creates its questionnaire this way). */
export async function insertFromTemplate(
  tx: Executor,
  actor: Actor | undefined,
  key: string,
  input: FromTemplate,
): Promise<QuestionnaireRecord> {
  const template = templates.find((t) => t.key === key);
  const org = await ownerOf(tx, actor, input.organisationId);
  const a = mayCreateFor(actor, org);
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
  // Inside the caller's transaction (a follow-up cycle's), so not a change() of its own.
  await recordChange(tx, a, {
    action: 'create',
    ...auditOf(created),
    after: { template: key, title: created.title, anonymous: created.anonymous },
  });
  return created;
}

/** A versioned save of a questionnaire whose 409 carries it as the person sees it. */
const save = (tx: Executor, actor: Actor | undefined, id: string, version: number, values: Record<string, unknown>) =>
  saveVersioned(tx, {
    table: questionnaires,
    entity: 'questionnaire',
    id,
    expectedVersion: version,
    values,
    present: async (t) => presentFor(actor, await findQuestionnaire(t, id)),
  });

export async function updateQuestionnaire(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateQuestionnaire,
): Promise<Questionnaire> {
  const after = await change(db, {
    entity: 'questionnaire',
    action: 'update',
    load: (tx) => findQuestionnaire(tx, id),
    authorise: (before) => authorize(actor, 'update', 'survey', questionnaireTarget(before)),
    apply: async (tx, before) => {
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
      await save(tx, actor, id, version, set);
      return id;
    },
    present: findQuestionnaire,
    place: placeOf,
  });
  return presentFor(actor, after);
}

function checkOpenable(q: QuestionnaireRecord) {
  if (!q.sections.some((s) => s.questions.length))
    throw new AppError('survey.structure_invalid', 'Add at least one question before opening the questionnaire', {
      field: 'sections',
    });
  // A draft may hold an empty section while it is being written; respondents never see one.
  const empty = q.sections.findIndex((s) => !s.questions.length);
  if (empty >= 0)
    throw new AppError(
      'survey.structure_invalid',
      `Section ${empty + 1} has no questions; add one or remove the section before opening`,
      { field: `sections.${empty}.questions` },
    );
}

/**
 * Open for answers (from a draft, or again after closing) or close. Closing shows no anonymous
 * answer that was not already shown: they are only ever shown in whole groups (anonymity.ts), so
 * closing right after one person answered, reading and reopening reveals nobody.
 */
export async function setQuestionnaireStatus(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  status: 'open' | 'closed',
): Promise<Questionnaire> {
  const after = await change(db, {
    entity: 'questionnaire',
    action: 'update',
    load: (tx) => findQuestionnaire(tx, id),
    authorise: (before) => authorize(actor, 'update', 'survey', questionnaireTarget(before)),
    apply: async (tx, before) => {
      if (status === 'open') checkOpenable(before);
      if (status === 'closed' && before.status !== 'open')
        throw new AppError('survey.not_open', 'Only an open questionnaire can be closed');
      await save(tx, actor, id, version, { status });
      return id;
    },
    present: findQuestionnaire,
    place: placeOf,
  });
  return presentFor(actor, after);
}
