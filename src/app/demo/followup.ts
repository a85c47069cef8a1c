import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { todayIso } from '../../platform/today.js';
import { newToken, sha256 } from '../../auth/tokens.js';
import { createCycle, getCycle, linkQuestionnaire, updateCycle } from '../../followup/cycles.js';
import { updateMilestone } from '../../followup/milestones.js';
import { createReport, publishReportsNow } from '../../followup/reports.js';
import { saveFeedback, submitFeedback } from '../../followup/feedback.js';
import type { AreaRating, Cycle, MilestoneKind } from '../../followup/contract.js';
import { activityReports, followupMilestones, municipalFeedback } from '../../followup/schema.js';
import { setQuestionnaireStatus } from '../../surveys/questionnaires.js';
import { submitResponse } from '../../surveys/respond.js';
import { invitations, questionnaires, responses, surveyLinks } from '../../surveys/schema.js';
import { people } from '../../people/schema.js';
import { demoBodies, municipalities } from './county.js';
import { answersOf, feedbackOf, reportTexts } from './followup-texts.js';

interface Ids {
  templateId: string;
  orgs: Map<string, string>;
  bodies: Map<string, string>;
  people: Map<string, string>;
}

/** The six bodies of seed 003 that answer the questionnaire, by their chairs (Barnarenan and SVOM are not assessed separately). */
const answering = ['fou', 'larc', 'socsam', 'buz', 'ifo', 'fchef'] as const;

/** The follow-up year now: the cycle of year Y starts in October of Y. */
export const currentFollowupYear = (today = todayIso()) =>
  Number(today.slice(5, 7)) >= 10 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;

const owners: Record<MilestoneKind, [person: string, body: string | null]> = {
  reports_sent: ['coord', null],
  questionnaire: ['coord', null],
  compilation_shared: ['coord', null],
  municipal_meetings: ['coord', null],
  joint_valuation: ['krokom', 'pks'],
  council_decision: ['rsec', 'rsr'],
};

/**
 * Two follow-ups of the seed agreements: last year's, finished with the council's decision, and
 * this year's, under way — reports published, the bodies' questionnaire still open with four of
 * six answers, five municipalities' assessments in, Bräcke's not started. Everything goes through
 * the use cases; only dates are set back afterwards so the history reads as it would have happened.
 */
export async function loadDemoFollowup(db: Db, coord: Actor, ids: Ids) {
  const year = currentFollowupYear();
  const done = await cycle(db, coord, ids, year - 1, true);
  const open = await cycle(db, coord, ids, year, false);
  return { done, open };
}

async function cycle(db: Db, coord: Actor, ids: Ids, year: number, finished: boolean): Promise<Cycle> {
  let c = await createCycle(db, coord, { templateId: ids.templateId, year, councilMeetingDate: `${year}-12-11` });
  for (const m of c.milestones) {
    const [person, body] = owners[m.kind];
    c = await updateMilestone(db, coord, c.id, m.id, {
      version: m.version,
      ownerPersonId: ids.people.get(person)!,
      ownerBodyId: body ? ids.bodies.get(body)! : null,
    });
  }
  const report = (municipality: string | null) => (municipality ? ids.orgs.get(municipality)! : null);
  for (const r of reportTexts(year))
    c = await createReport(db, coord, c.id, { areaCode: r.area, municipalityId: report(r.municipality), body: r.body });
  await publishReportsNow(db, coord, c.id, c.version, '');
  await db
    .update(activityReports)
    .set({ publishedAt: new Date(`${year}-10-06T09:00:00Z`) })
    .where(eq(activityReports.cycleId, c.id));

  c = await getCycle(db, coord, c.id);
  c = await linkQuestionnaire(db, coord, c.id, {
    opensAt: `${year}-10-01`,
    closesAt: laterOf(`${year}-10-31`, 14),
    anonymous: false,
    version: c.version,
  });
  await answerQuestionnaire(db, coord, ids, c.questionnaireId!, year, finished);

  for (const m of municipalities) {
    const f = feedbackOf(year, m.key, finished);
    if (!f) continue;
    const organisationId = ids.orgs.get(m.key)!;
    const author: Actor = { ...coord, role: 'member', organisationId, name: `${m.name} (demo)` };
    await saveFeedback(db, author, c.id, organisationId, {
      version: null,
      areas: f.areas.map(([areaCode, rating, comment]) => ({ areaCode, rating: rating as AreaRating, comment })),
      meetingDate: f.meetingDate,
      participants: f.participants,
      notes: f.notes,
    });
    if (f.submitted) {
      await submitFeedback(db, author, c.id, organisationId, 1);
      await db
        .update(municipalFeedback)
        .set({ submittedAt: new Date(`${f.meetingDate}T15:00:00Z`) })
        .where(and(eq(municipalFeedback.cycleId, c.id), eq(municipalFeedback.organisationId, organisationId)));
    }
  }

  const milestoneDates: Partial<Record<MilestoneKind, [string, string | null]>> = finished
    ? {
        reports_sent: ['done', `${year}-10-06`],
        questionnaire: ['done', `${year}-10-31`],
        compilation_shared: ['done', `${year}-11-05`],
        municipal_meetings: ['done', `${year}-11-26`],
      }
    : {
        reports_sent: ['done', `${year}-10-06`],
        questionnaire: ['in_progress', null],
        compilation_shared: ['in_progress', null],
        municipal_meetings: ['in_progress', null],
      };
  for (const [kind, [status, on]] of Object.entries(milestoneDates)) {
    await db
      .update(followupMilestones)
      .set({ status: status!, doneOn: on })
      .where(and(eq(followupMilestones.cycleId, c.id), eq(followupMilestones.kind, kind)));
  }
  if (!finished) {
    await db
      .update(followupMilestones)
      .set({ note: 'Sista svarsdag förlängd för BUZ och Förvaltningschefer.' })
      .where(and(eq(followupMilestones.cycleId, c.id), eq(followupMilestones.kind, 'questionnaire')));
    return getCycle(db, coord, c.id);
  }
  c = await getCycle(db, coord, c.id);
  return updateCycle(db, coord, c.id, {
    version: c.version,
    jointValuation:
      'Kommunerna bedömer gemensamt att överenskommelsen i stort sett fungerar väl. Kompetensområdet och lärcentrasamverkan lyfts särskilt fram. Inom området resurssnålare och effektivare efterfrågas tydligare resultat per kommun, och tjänstemannastödet bör ge mer tid för förankring före beslut.',
    jointValuationDate: `${year}-11-27`,
    recommendedChanges:
      '- Verksamhetsberättelserna specificeras per kommun där insatser skiljer sig åt.\n- Underlag till samverkansorganen skickas senast två veckor före möte.\n- Uppföljningen av området Resurssnålare och effektivare kompletteras med nyckeltal.',
    decision: {
      date: `${year}-12-11`,
      bodyId: ids.bodies.get('rsr')!,
      caseNumber: `RUN/206/${year}`,
      text: 'Regionens samverkansråd godkänner uppföljningen av överenskommelsen och rekommenderar kommunerna och regionala utvecklingsnämnden att besluta om de föreslagna förändringarna, att gälla från kommande årsskifte.',
    },
  });
}

const laterOf = (date: string, days: number) => {
  const soon = new Date(Date.parse(`${todayIso()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return soon > date ? soon : date;
};

/**
 * Each body's chair (else secretary) is invited and answers through a link, as in the product;
 * the invitations are written directly because the demo sends no mail.
 */
async function answerQuestionnaire(
  db: Db,
  coord: Actor,
  ids: Ids,
  questionnaireId: string,
  year: number,
  finished: boolean,
) {
  const [q] = await db.select().from(questionnaires).where(eq(questionnaires.id, questionnaireId));
  await setQuestionnaireStatus(db, coord, questionnaireId, q.version, 'open');
  for (const key of answering) {
    const b = demoBodies.find((x) => x.key === key)!;
    const lead = b.members.find((m) => m.role === 'chair') ?? b.members.find((m) => m.role === 'secretary')!;
    const [p] = await db
      .select()
      .from(people)
      .where(eq(people.id, ids.people.get(lead.person)!));
    const [inv] = await db
      .insert(invitations)
      .values({
        questionnaireId,
        bodyId: ids.bodies.get(key)!,
        personId: p.id,
        organisationId: p.organisationId,
        name: `${p.givenName} ${p.familyName}`,
        email: p.email!,
        locale: 'sv',
        invitedAt: new Date(`${year}-10-02T08:00:00Z`),
      })
      .returning();
    const token = newToken();
    await db.insert(surveyLinks).values({ tokenHash: sha256(token), invitationId: inv.id });
    const answers = answersOf(year, key, finished);
    if (answers === 'started')
      await db
        .update(invitations)
        .set({ started: true, startedAt: new Date(`${year}-10-20T10:00:00Z`), draft: { q1: 'largely' } })
        .where(eq(invitations.id, inv.id));
    else if (answers) {
      await submitResponse(db, token, { submissionId: randomUUID(), answers });
      // Answered that October: the response and its invitation say the same time (the export shows the one,
      // the invitations list the other).
      const at = new Date(`${year}-10-${String(10 + answering.indexOf(key) * 3).padStart(2, '0')}T10:00:00Z`);
      await db.update(invitations).set({ completedAt: at }).where(eq(invitations.id, inv.id));
      await db.update(responses).set({ submittedAt: at }).where(eq(responses.invitationId, inv.id));
    }
  }
  if (finished) {
    // Answered while open; then it closed on the seed's date, as it did that year.
    await db
      .update(questionnaires)
      .set({ closesAt: `${year}-10-31` })
      .where(eq(questionnaires.id, questionnaireId));
    const [now] = await db.select().from(questionnaires).where(eq(questionnaires.id, questionnaireId));
    await setQuestionnaireStatus(db, coord, questionnaireId, now.version, 'closed');
  }
}
