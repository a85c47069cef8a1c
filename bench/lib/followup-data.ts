/**
 * Bench data for the yearly follow-up benchmark (bench/followup.bench.ts).
 *
 * Respondents: into a database that already holds the demo county (DEMO_DATA=true),
 * - N people with e-mail addresses (bulk insert), spread over the county's organisations;
 * - a questionnaire from the built-in template `uppfoljning-samverkansorgan`, created, opened and
 *   sent through the real use cases (createFromTemplate, setQuestionnaireStatus, invite — in
 *   batches of 500, the API's limit per call); the mailer has no SMTP, so the invitation mails stay
 *   in the outbox, and the bench reads each person's link token from there, as a respondent reads
 *   it from the mail. Only the token's hash is in the database, as in production.
 * - `storedResponses` and `notCompleted` count what was stored, for the "none lost, none doubled" check.
 *
 * Follow-up cycles (`seedBenchCycles`): for the template issued to 290 municipalities by
 * bench/lib/agreement-data.ts, 50 bodies and two cycles (last year and this year), each with the
 * seed's questionnaire answered by the 50 bodies and every municipality's submitted assessment.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/database.js';
import type { Services } from '../../src/platform/context.js';
import type { Actor } from '../../src/policy/policy.js';
import { counties } from '../../src/counties/schema.js';
import { organisations } from '../../src/organisations/schema.js';
import { people } from '../../src/people/schema.js';
import { outbox } from '../../src/platform/mail/schema.js';
import { anonymousResponses, invitations, questionnaires, responses, surveyLinks } from '../../src/surveys/schema.js';
import { newToken, sha256 } from '../../src/auth/tokens.js';
import { bodies } from '../../src/bodies/schema.js';
import { submitResponse } from '../../src/surveys/respond.js';
import { createCycle, linkQuestionnaire } from '../../src/followup/cycles.js';
import { areasOf, partiesOf } from '../../src/followup/repository.js';
import { municipalFeedback } from '../../src/followup/schema.js';
import { createFromTemplate, setQuestionnaireStatus } from '../../src/surveys/questionnaires.js';
import { invite } from '../../src/surveys/distribution.js';
import { swedishToday } from '../../src/surveys/repository.js';

export const TEMPLATE_KEY = 'uppfoljning-samverkansorgan';
/** The API takes at most this many people per invite call. */
const INVITE_BATCH = 500;

async function insertAll<T extends Parameters<Db['insert']>[0]>(db: Db, table: T, values: T['$inferInsert'][]) {
  for (let i = 0; i < values.length; i += 500) await db.insert(table).values(values.slice(i, i + 500) as never);
}

export interface Respondents {
  countyId: string;
  personIds: string[];
  emails: string[];
}

/** N people with e-mail addresses (svarande.00001@bench.samsyn.example, …) over the county's municipalities and region. */
export async function seedRespondents(db: Db, n: number): Promise<Respondents> {
  const [county] = await db.select().from(counties).limit(1);
  if (!county) throw new Error('no county: load the demo data first (DEMO_DATA=true)');
  const orgs = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.countyId, county.id), inArray(organisations.type, ['municipality', 'region'])));
  if (!orgs.length) throw new Error('the demo county has no municipalities');
  const emails = Array.from({ length: n }, (_, i) => `svarande.${String(i + 1).padStart(5, '0')}@bench.samsyn.example`);
  await insertAll(
    db,
    people,
    emails.map((email, i) => ({
      organisationId: orgs[i % orgs.length].id,
      givenName: `Svarande ${i + 1}`,
      familyName: 'Bänksson',
      title: 'Ordförande (bench)',
      email,
    })),
  );
  const rows = await db
    .select({ id: people.id, email: people.email })
    .from(people)
    .where(sql`${people.email} like '%@bench.samsyn.example'`);
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return { countyId: county.id, personIds: emails.map((e) => byEmail.get(e)!), emails };
}

const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface BenchQuestionnaire {
  id: string;
  anonymous: boolean;
  /** The link token of each invitation, in the order of `Respondents.personIds`. */
  tokens: string[];
  ms: { create: number; invite: number };
}

/** Create and open a questionnaire from the template, invite everyone, and read their link tokens from the outbox. */
export async function benchQuestionnaire(
  services: Services,
  actor: Actor,
  who: Respondents,
  anonymous: boolean,
): Promise<BenchQuestionnaire> {
  const db = services.database.db;
  let t = performance.now();
  const today = swedishToday();
  const title = {
    sv: `Uppföljning ${today.slice(0, 4)} (bench${anonymous ? ', anonym' : ''})`,
    en: `Follow-up ${today.slice(0, 4)} (bench${anonymous ? ', anonymous' : ''})`,
  };
  const draft = await createFromTemplate(db, actor, TEMPLATE_KEY, {
    title,
    anonymous,
    opensAt: today,
    closesAt: plusDays(today, 30),
  });
  const q = await setQuestionnaireStatus(db, actor, draft.id, draft.version, 'open');
  const create = performance.now() - t;

  const before = new Set((await db.select({ id: outbox.id }).from(outbox)).map((r) => r.id));
  t = performance.now();
  for (let i = 0; i < who.personIds.length; i += INVITE_BATCH) {
    const r = await invite(services, actor, q.id, { bodyIds: [], personIds: who.personIds.slice(i, i + INVITE_BATCH) });
    if (r.created !== Math.min(INVITE_BATCH, who.personIds.length - i))
      throw new Error(`invite created ${r.created} invitations`);
  }
  const inviteMs = performance.now() - t;

  const mails = (await db.select({ id: outbox.id, to: outbox.to, text: outbox.text }).from(outbox)).filter(
    (m) => !before.has(m.id),
  );
  const tokenOf = new Map<string, string>();
  for (const m of mails) {
    const match = /\/svar\/([A-Za-z0-9_-]{43})/.exec(m.text);
    if (!match) throw new Error(`an invitation mail to ${m.to} has no link`);
    if (tokenOf.has(m.to)) throw new Error(`two invitation mails to ${m.to}`);
    tokenOf.set(m.to, match[1]);
  }
  const tokens = who.emails.map((e) => tokenOf.get(e)!);
  if (tokens.some((x) => !x)) throw new Error(`expected ${who.emails.length} invitation mails, found ${mails.length}`);
  return { id: q.id, anonymous, tokens, ms: { create, invite: inviteMs } };
}

export interface Stored {
  invitations: number;
  completed: number;
  /** Rows in survey_responses (or survey_anonymous_responses) of the questionnaire. */
  responses: number;
  /** Not anonymous only: completed invitations without a response, responses of an invitation not completed, invitations with more than one response. */
  missing: number;
  orphans: number;
  doubled: number;
}

export async function storedResponses(db: Db, q: { id: string; anonymous: boolean }): Promise<Stored> {
  const count = sql<number>`count(*)::int`;
  const [inv] = await db
    .select({ all: count, completed: sql<number>`(count(*) filter (where ${invitations.completed}))::int` })
    .from(invitations)
    .where(eq(invitations.questionnaireId, q.id));
  if (q.anonymous) {
    const [r] = await db
      .select({ n: count })
      .from(anonymousResponses)
      .where(eq(anonymousResponses.questionnaireId, q.id));
    return {
      invitations: Number(inv.all),
      completed: Number(inv.completed),
      responses: Number(r.n),
      missing: 0,
      orphans: 0,
      doubled: 0,
    };
  }
  const [r] = await db.select({ n: count }).from(responses).where(eq(responses.questionnaireId, q.id));
  const one = (rows: unknown) => Number((rows as { rows: { n: number }[] }).rows[0].n);
  const missing = one(
    await db.execute(
      sql`select count(*)::int as n from survey_invitations i where i.questionnaire_id = ${q.id} and i.completed and not exists (select 1 from survey_responses r where r.invitation_id = i.id)`,
    ),
  );
  const orphans = one(
    await db.execute(
      sql`select count(*)::int as n from survey_responses r join survey_invitations i on i.id = r.invitation_id where r.questionnaire_id = ${q.id} and not i.completed`,
    ),
  );
  const doubled = one(
    await db.execute(
      sql`select count(*)::int as n from (select invitation_id from survey_responses where questionnaire_id = ${q.id} group by invitation_id having count(*) > 1) d`,
    ),
  );
  return {
    invitations: Number(inv.all),
    completed: Number(inv.completed),
    responses: Number(r.n),
    missing,
    orphans,
    doubled,
  };
}

/** How many of these link tokens belong to an invitation that is not completed (a submit the respondent saw succeed but that was lost). */
export async function notCompleted(db: Db, tokens: string[]): Promise<number> {
  let done = 0;
  for (let i = 0; i < tokens.length; i += 500) {
    const [r] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(surveyLinks)
      .innerJoin(invitations, eq(invitations.id, surveyLinks.invitationId))
      .where(
        and(inArray(surveyLinks.tokenHash, tokens.slice(i, i + 500).map(sha256)), eq(invitations.completed, true)),
      );
    done += Number(r.n);
  }
  return tokens.length - done;
}

// ---------------------------------------------------------------------------------------------
// Follow-up cycles: 290 municipalities' assessments and 50 bodies' questionnaire answers, two years.

export const BENCH_BODIES = 50;
const RATINGS = ['satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'dissatisfied'] as const;
/** Ratings spread roughly as a real county's might be: 2/7 satisfied, 3/7 mostly, 1/7 not quite, 1/7 dissatisfied. */
const ratingFor = (n: number) => RATINGS[[0, 0, 1, 1, 1, 2, 3][n % 7]];

export interface BenchCycles {
  /** This year's cycle (compiled) and last year's (the comparison). */
  cycleId: string;
  earlierCycleId: string;
  year: number;
  municipalities: number;
  bodies: number;
  areaCodes: string[];
  ms: { bodies: number; cycles: number; questionnaires: number; feedback: number };
}

/**
 * Into a database with the bench agreements (seedBenchAgreements: a template issued to 290
 * municipalities): 50 bodies (bulk), and for last year and this year a cycle of the template
 * (`createCycle`) with the seed's questionnaire (`linkQuestionnaire`, opened), one invitation per
 * body (bulk, a link token each) answered through `submitResponse`, and every municipality's
 * submitted assessment of each area with its meeting notes (bulk insert into followup_feedback,
 * shaped as saveFeedback + submitFeedback leave it; going through the use cases would take
 * 2 × 580 calls that each list the 290 parties). Then ANALYZE.
 */
export async function seedBenchCycles(db: Db, actor: Actor, templateId: string, year: number): Promise<BenchCycles> {
  const parties = await partiesOf(db, templateId);
  const areaCodes = (await areasOf(db, templateId)).map((a) => a.code);
  const today = swedishToday();

  let t = performance.now();
  const bodyRows = await db
    .insert(bodies)
    .values(
      Array.from({ length: BENCH_BODIES }, (_, i) => ({
        countyId: actor.countyId,
        organisationId: actor.organisationId,
        type: 'network',
        name: `Bänkorgan ${String(i + 1).padStart(2, '0')}`,
        description: 'Samverkansorgan för benchmarken.',
      })),
    )
    .returning({ id: bodies.id, name: bodies.name });
  const bodiesMs = performance.now() - t;

  const ms = { bodies: bodiesMs, cycles: 0, questionnaires: 0, feedback: 0 };
  const ids: string[] = [];
  for (const y of [year - 1, year]) {
    t = performance.now();
    let c = await createCycle(db, actor, { templateId, year: y });
    c = await linkQuestionnaire(db, actor, c.id, {
      opensAt: today,
      closesAt: plusDays(today, 30),
      anonymous: false,
      version: c.version,
    });
    ms.cycles += performance.now() - t;

    // The bodies answer: each chair through a link, as in the product.
    t = performance.now();
    const [q] = await db.select().from(questionnaires).where(eq(questionnaires.id, c.questionnaireId!));
    await setQuestionnaireStatus(db, actor, q.id, q.version, 'open');
    const tokens = bodyRows.map(() => newToken());
    const invs = await db
      .insert(invitations)
      .values(
        bodyRows.map((b, i) => ({
          questionnaireId: q.id,
          bodyId: b.id,
          organisationId: parties[i % parties.length].organisationId,
          name: `Ordförande ${b.name}`,
          email: `ordf.${i + 1}.${y}@bench.samsyn.example`,
          locale: 'sv',
        })),
      )
      .returning({ id: invitations.id });
    await db.insert(surveyLinks).values(invs.map((inv, i) => ({ tokenHash: sha256(tokens[i]), invitationId: inv.id })));
    const questions = q.sections.flatMap((s) => s.questions);
    for (let i = 0; i < tokens.length; i++) {
      const answers = Object.fromEntries(
        questions
          .map((x, k) => [
            x.key,
            'options' in x
              ? x.options[(i + k + y) % x.options.length].code
              : i % 2
                ? `Förslag ${i + 1} (${y}): underlagen bör komma två veckor före mötet så att kommunerna hinner förankra.`
                : null,
          ])
          .filter(([, v]) => v !== null),
      );
      await submitResponse(db, tokens[i], { submissionId: randomUUID(), answers });
    }
    ms.questionnaires += performance.now() - t;

    // Every municipality's submitted assessment.
    t = performance.now();
    await insertAll(
      db,
      municipalFeedback,
      parties.map((p, i) => ({
        cycleId: c.id,
        organisationId: p.organisationId,
        authorOrganisationId: p.organisationId,
        areas: areaCodes.map((code, k) => ({
          areaCode: code,
          rating: ratingFor(i * 5 + k * 3 + y),
          comment:
            (i + k) % 5 === 0
              ? `Kommentar om område ${code} från ${p.name}: insatserna har märkts men behöver förankras bättre i förvaltningarna.`
              : null,
        })),
        meetingDate: `${y}-11-${String(1 + (i % 25)).padStart(2, '0')}`,
        participants: 'Kommunstyrelsens ordförande, kommunchef, regionens utvecklingsstrateg',
        notes: `Mötet med ${p.name} ${y}: genomgång av verksamhetsberättelserna per område. Kommunen efterfrågar tydligare resultat per kommun och mer tid för förankring före beslut i samverkansorganen.`,
        submittedAt: new Date(`${y}-11-${String(1 + (i % 25)).padStart(2, '0')}T15:00:00Z`),
      })),
    );
    ms.feedback += performance.now() - t;
    ids.push(c.id);
  }
  await db.execute(sql`analyze`);
  return {
    cycleId: ids[1],
    earlierCycleId: ids[0],
    year,
    municipalities: parties.length,
    bodies: bodyRows.length,
    areaCodes,
    ms,
  };
}
