import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { recordChange } from '../audit/index.js';
import { sha256 } from '../auth/index.js';
import { bodyNames } from '../bodies/index.js';
import type { AnswersInput, QuestionnaireRecord as Questionnaire } from './contract.js';
import type { RespondView } from './respond-contract.js';
import { invitations, responses, surveyLinks } from './schema.js';
import { storeAnonymously } from './anonymity.js';
import { findQuestionnaire, swedishToday } from './repository.js';
import { mergeAnswers, numbered, requireAnswers } from './answers.js';

type InvitationRow = typeof invitations.$inferSelect;

// A guessed, mistyped or made-up token gets the same answer as an unknown one.
const linkInvalid = () =>
  new AppError(
    'survey.link_invalid',
    'This link is not valid; check that the whole link was copied, or ask the sender for a new one',
  );

async function byToken(tx: Executor, token: string, lock: boolean) {
  if (token.length < 20) throw linkInvalid();
  const [link] = await tx
    .select({ invitationId: surveyLinks.invitationId })
    .from(surveyLinks)
    .where(eq(surveyLinks.tokenHash, sha256(token)));
  if (!link) throw linkInvalid();
  const query = tx.select().from(invitations).where(eq(invitations.id, link.invitationId));
  // The row lock makes concurrent submits of one invitation take turns: the second sees it completed.
  const [inv] = lock ? await query.for('update') : await query;
  return { inv, q: await findQuestionnaire(tx, inv.questionnaireId) };
}

/** When it was submitted; an anonymous questionnaire keeps no such date. */
async function submittedAt(tx: Executor, inv: InvitationRow, q: Questionnaire) {
  if (q.anonymous) return null;
  const [r] = await tx.select({ at: responses.submittedAt }).from(responses).where(eq(responses.invitationId, inv.id));
  return r?.at.toISOString() ?? null;
}

async function alreadySubmitted(tx: Executor, inv: InvitationRow, q: Questionnaire) {
  const at = await submittedAt(tx, inv, q);
  return new AppError(
    'survey.already_submitted',
    at
      ? `This questionnaire was answered on ${swedishToday(new Date(at))}; the link cannot be used again`
      : 'This questionnaire has already been answered; the link cannot be used again',
    {
      submittedAt: at,
      date: at ? swedishToday(new Date(at)) : null,
    },
  );
}

function assertAnswerable(q: Questionnaire) {
  const today = swedishToday();
  if (q.status === 'open' && q.opensAt <= today && today <= q.closesAt) return;
  const message =
    q.status === 'open' && today < q.opensAt
      ? `The questionnaire opens on ${q.opensAt}`
      : `The questionnaire closed on ${q.closesAt}; answers can no longer be given`;
  throw new AppError('survey.closed', message, { opensAt: q.opensAt, closesAt: q.closesAt, date: q.closesAt });
}

function view(q: Questionnaire, inv: InvitationRow, bodyName: string | null, lang: 'sv' | 'en'): RespondView {
  const numbers = new Map(numbered(q.sections).map((x) => [x.q.key, x.number]));
  return {
    lang,
    title: q.title[lang],
    intro: q.intro?.[lang] ?? null,
    anonymous: q.anonymous,
    closesAt: q.closesAt,
    respondent: { name: inv.name, bodyName },
    sections: q.sections.map((s) => ({
      key: s.key,
      title: s.title[lang],
      questions: s.questions.map((x) => ({
        key: x.key,
        number: numbers.get(x.key)!,
        type: x.type,
        text: x.text[lang],
        help: x.help?.[lang] ?? null,
        required: x.required,
        ...('options' in x ? { options: x.options.map((o) => ({ code: o.code, label: o.label[lang] })) } : {}),
        ...(x.type === 'matrix'
          ? { statements: x.statements.map((st) => ({ key: st.key, text: st.text[lang] })) }
          : {}),
        ...(x.type === 'rating' ? { max: x.max } : {}),
        ...(x.type === 'short_text' || x.type === 'long_text' ? { maxLength: x.maxLength } : {}),
        ...(x.type === 'multiple_choice' ? { maxSelected: x.maxSelected } : {}),
      })),
    })),
    answers: inv.draft ?? {},
  };
}

/** The questionnaire as the respondent sees it, with what they saved before. */
export async function openResponse(db: Db, token: string, lang?: 'sv' | 'en'): Promise<RespondView> {
  const { inv, q } = await byToken(db, token, false);
  if (inv.completed) throw await alreadySubmitted(db, inv, q);
  assertAnswerable(q);
  const body = inv.bodyId ? (await bodyNames(db, [inv.bodyId])).get(inv.bodyId) : undefined;
  return view(q, inv, body?.name ?? null, lang ?? (inv.locale === 'en' ? 'en' : 'sv'));
}

/** Save partial answers (each checked against its question) so nothing typed is lost. */
export async function saveDraft(db: Db, token: string, input: AnswersInput) {
  return db.transaction(async (tx) => {
    const { inv, q } = await byToken(tx, token, true);
    if (inv.completed) throw await alreadySubmitted(tx, inv, q);
    assertAnswerable(q);
    const draft = mergeAnswers(q.sections, inv.draft ?? {}, input);
    await tx
      .update(invitations)
      .set({ draft, started: true, startedAt: q.anonymous ? null : (inv.startedAt ?? new Date()) })
      .where(eq(invitations.id, inv.id));
    return { answers: draft };
  });
}

/** Complete the invitation: one response whatever the number of (concurrent) submits; a retry gets the same success. */
export async function submitResponse(db: Db, token: string, input: { submissionId: string; answers?: AnswersInput }) {
  return db.transaction(async (tx) => {
    const { inv, q } = await byToken(tx, token, true);
    if (inv.completed) {
      if (inv.submissionKey === input.submissionId)
        return { completed: true as const, submittedAt: await submittedAt(tx, inv, q) };
      throw await alreadySubmitted(tx, inv, q);
    }
    assertAnswerable(q);
    const answers = mergeAnswers(q.sections, inv.draft ?? {}, input.answers ?? {});
    requireAnswers(q.sections, answers);
    const done = { completed: true, started: true, draft: null, submissionKey: input.submissionId };
    if (q.anonymous) {
      await storeAnonymously(tx, q.id, answers);
      // Nothing about this respondent is written anywhere else, not even the audit trail.
      await tx
        .update(invitations)
        .set({ ...done, startedAt: null, completedAt: null })
        .where(eq(invitations.id, inv.id));
      return { completed: true as const, submittedAt: null };
    }
    const [r] = await tx
      .insert(responses)
      .values({
        questionnaireId: q.id,
        invitationId: inv.id,
        bodyId: inv.bodyId,
        organisationId: inv.organisationId,
        answers,
      })
      .returning();
    await tx
      .update(invitations)
      .set({ ...done, startedAt: inv.startedAt ?? r.submittedAt, completedAt: r.submittedAt })
      .where(eq(invitations.id, inv.id));
    await recordChange(tx, null, {
      action: 'update',
      entityType: 'questionnaire',
      entityId: q.id,
      countyId: q.countyId,
      organisationId: q.organisationId,
      after: { completed: inv.name, bodyId: inv.bodyId },
    });
    return { completed: true as const, submittedAt: r.submittedAt.toISOString() };
  });
}
