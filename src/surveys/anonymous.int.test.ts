import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { testConfig } from '../platform/config.js';
import { startSmtp } from '../test/smtp.js';
import { auditLog } from '../audit/schema.js';
import { anonymousResponses, invitations, responses, surveyLinks } from './schema.js';
import { newToken, sha256 } from '../auth/tokens.js';
import { daysFromToday, makePerson, seedAnswers, submissionId, today, tokensFor } from './test-fixtures.js';

async function rows<T>(env: TestEnv, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await env.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe.each(engines)('anonymous questionnaires on %s', (engine) => {
  let env: TestEnv;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let questionnaireId: string;
  let coordinatorEmail: string;
  const tokens: string[] = [];
  const people: { id: string; email: string }[] = [];
  const respondent = async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    return c;
  };
  const pool = () =>
    env.database.db.select().from(anonymousResponses).where(eq(anonymousResponses.questionnaireId, questionnaireId));

  beforeAll(async () => {
    smtp = await startSmtp();
    env = await startTestEnv(engine, { SMTP_URL: smtp.url });
    const w = await world(env.database.db);
    coordinatorEmail = w.coordinator.email;
    const coord = await new Client(env.app).login(coordinatorEmail);
    for (const name of ['Frida', 'Gun', 'Hans']) {
      const p = await makePerson(env.database.db, w.county.id, w.orgB.id, name);
      people.push({ id: p.id, email: p.email! });
    }
    let q = (
      await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
        opensAt: today(),
        closesAt: daysFromToday(14),
        anonymous: true,
      })
    ).body;
    q = (await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body;
    questionnaireId = q.id;
    expect(
      (await coord.post(`/api/questionnaires/${q.id}/invitations`, { personIds: people.map((p) => p.id) })).status,
    ).toBe(201);
    await env.jobs.drain();
    for (const p of people) tokens.push(tokensFor(smtp.received, p.email)[0]);
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('keeps partial answers on the invitation only until submit, then stores the answers with no link to anyone', async () => {
    const c = await respondent();
    expect((await c.get(`/api/respond/${tokens[0]}`)).body.anonymous).toBe(true);
    await c.put(`/api/respond/${tokens[0]}`, { answers: { q1: 'yes', q6: 'Anonym synpunkt' } });
    const [draft] = await env.database.db.select().from(invitations).where(eq(invitations.personId, people[0].id));
    expect(draft).toMatchObject({ started: true, startedAt: null, draft: { q1: 'yes', q6: 'Anonym synpunkt' } });

    const auditBefore = await env.database.db.select({ n: count() }).from(auditLog);
    const id = submissionId();
    const ok = await c.post(`/api/respond/${tokens[0]}/submit`, {
      submissionId: id,
      answers: { ...seedAnswers, q1: undefined, q6: undefined },
    });
    expect(ok.body).toEqual({ completed: true, submittedAt: null });
    expect((await c.post(`/api/respond/${tokens[0]}/submit`, { submissionId: id })).body).toEqual(ok.body);
    const again = await c.post(`/api/respond/${tokens[0]}/submit`, { submissionId: submissionId() });
    expect(again.body.error).toMatchObject({ code: 'survey.already_submitted', details: { submittedAt: null } });

    const [done] = await env.database.db.select().from(invitations).where(eq(invitations.personId, people[0].id));
    expect(done).toMatchObject({ completed: true, completedAt: null, startedAt: null, draft: null });
    const stored = await pool();
    expect(stored).toHaveLength(1);
    expect(stored[0].answers).toEqual({ ...seedAnswers, q1: 'yes', q6: 'Anonym synpunkt' });
    expect(
      await env.database.db.select().from(responses).where(eq(responses.questionnaireId, questionnaireId)),
    ).toEqual([]);
    // Not even the audit trail says that someone answered, or when.
    expect(await env.database.db.select({ n: count() }).from(auditLog)).toEqual(auditBefore);
  });

  it('has a response table without any column that could link an answer to a respondent or a time', async () => {
    const columns = await rows<{ column_name: string; data_type: string }>(
      env,
      sql`select column_name, data_type from information_schema.columns where table_name = 'survey_anonymous_responses' order by column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['answers', 'id', 'questionnaire_id', 'released']);
    expect(columns.filter((c) => /time|date|serial|int/.test(c.data_type))).toEqual([]);
    const references = await rows<{ target: string }>(
      env,
      sql`select confrelid::regclass::text as target from pg_constraint where conrelid = 'survey_anonymous_responses'::regclass and contype = 'f'`,
    );
    expect(references.map((r) => r.target)).toEqual(['questionnaires']);
    const defaults = await rows<{ column_default: string | null }>(
      env,
      sql`select column_default from information_schema.columns where table_name = 'survey_anonymous_responses' and column_name = 'id'`,
    );
    expect(defaults[0].column_default).toContain('gen_random_uuid');
  });

  it('loses no answers when several respondents submit at once, and mixes them into the pool together with new ids', async () => {
    const _idsBefore = new Set((await pool()).map((r) => r.id));
    const [b, c] = [await respondent(), await respondent()];
    const both = await Promise.all([
      b.post(`/api/respond/${tokens[1]}/submit`, {
        submissionId: submissionId(),
        answers: { ...seedAnswers, q1: 'not_at_all' },
      }),
      c.post(`/api/respond/${tokens[2]}/submit`, {
        submissionId: submissionId(),
        answers: { ...seedAnswers, q1: 'small_extent' },
      }),
    ]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const waiting = await pool();
    expect(waiting.map((r) => r.answers.q1).sort()).toEqual(['not_at_all', 'small_extent', 'yes']);
    // Fewer than ANONYMOUS_MIN_GROUP have answered: they wait together, unmixed, and are never shown alone.
    expect(waiting.every((r) => !r.released)).toBe(true);
    const everything = JSON.stringify(waiting);
    const invitationIds = (await env.database.db.select({ id: invitations.id }).from(invitations)).map((i) => i.id);
    for (const secret of [...invitationIds, ...people.flatMap((p) => [p.id, p.email])])
      expect(everything).not.toContain(secret);
  });

  it('shows anonymous answers only in groups of ANONYMOUS_MIN_GROUP: closing after three answered shows none, and reopening and closing again shows none (issue 10 item 2)', async () => {
    const coord = await new Client(env.app).login(coordinatorEmail);
    // Three answered, fewer than a group: none is shown, so comparing compilations says nothing.
    const early = (await coord.get(`/api/questionnaires/${questionnaireId}/compilation`)).body;
    expect(early).toMatchObject({ invited: 3, completed: 3, responseRate: 100, waiting: 3, minGroup: 5 });
    expect(early.questions[5].texts).toEqual([]);
    expect(early.questions[0].answered).toBe(0);
    const list = (await coord.get(`/api/questionnaires/${questionnaireId}/invitations`)).body as {
      completed: boolean;
      completedAt: string | null;
      startedAt: string | null;
    }[];
    expect(list.map((i) => [i.completed, i.completedAt, i.startedAt])).toEqual([
      [true, null, null],
      [true, null, null],
      [true, null, null],
    ]);

    const before = await pool();
    let q = (await coord.get(`/api/questionnaires/${questionnaireId}`)).body;
    q = (await coord.post(`/api/questionnaires/${questionnaireId}/close`, { version: q.version })).body;
    expect(q.status).toBe('closed');
    const c = (await coord.get(`/api/questionnaires/${questionnaireId}/compilation`)).body;
    expect(c).toMatchObject({ invited: 3, completed: 3, waiting: 3 });
    expect(c.questions[0]).toMatchObject({ answered: 0, byBody: [] });
    expect(c.questions[5].texts).toEqual([]);
    // Closing mixed nothing in: the three still wait, unshown, exactly as they were.
    expect(await pool()).toEqual(before);
    q = (await coord.post(`/api/questionnaires/${questionnaireId}/open`, { version: q.version })).body;
    expect(q.status).toBe('open');
  });
});

describe.each(engines)('the close-read-reopen attack on an anonymous questionnaire on %s', (engine) => {
  let env: TestEnv;
  afterAll(() => env?.close());

  it('never shows the one answer given before closing, to the coordinator nor to an administrator, however often it is closed and reopened', async () => {
    env = await startTestEnv(engine, { ANONYMOUS_MIN_GROUP: '3' });
    const db = env.database.db;
    const w = await world(db);
    const coord = await new Client(env.app).login(w.coordinator.email);
    const admin = await new Client(env.app).login(w.admin.email);
    let q = (
      await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
        opensAt: today(),
        closesAt: daysFromToday(14),
        anonymous: true,
      })
    ).body;
    q = (await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body;
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [inv] = await db
        .insert(invitations)
        .values({ questionnaireId: q.id, name: `R${i}`, email: `r${i}@test.example`, locale: 'sv' })
        .returning();
      const token = newToken();
      await db.insert(surveyLinks).values({ tokenHash: sha256(token), invitationId: inv.id });
      tokens.push(token);
    }
    const respondent = new Client(env.app);
    await respondent.get('/api/auth/session');
    const submit = (i: number) =>
      respondent.post(`/api/respond/${tokens[i]}/submit`, {
        submissionId: submissionId(),
        answers: { ...seedAnswers, q6: `hemlighet ${i}` },
      });
    const shown = async (c: Client) => (await c.get(`/api/questionnaires/${q.id}/compilation`)).body;
    const cycle = async () => {
      q = (await coord.post(`/api/questionnaires/${q.id}/close`, { version: q.version })).body;
      expect(q.status).toBe('closed');
      for (const reader of [coord, admin]) {
        const c = await shown(reader);
        expect(c.questions[5].texts).toEqual([]);
        expect(c.questions[0].answered).toBe(0);
        expect(JSON.stringify(c)).not.toContain('hemlighet');
      }
      q = (await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body;
      expect(q.status).toBe('open');
    };

    // One person completes; the coordinator closes at once, reads, reopens.
    expect((await submit(0)).status).toBe(200);
    await cycle();
    expect(await shown(coord)).toMatchObject({ completed: 1, waiting: 1, minGroup: 3 });
    // A second one; the same again.
    expect((await submit(1)).status).toBe(200);
    await cycle();
    expect(await shown(admin)).toMatchObject({ completed: 2, waiting: 2 });
    // The third makes a group: all three are shown together, in an order that says nothing.
    expect((await submit(2)).status).toBe(200);
    const all = await shown(coord);
    expect(all).toMatchObject({ completed: 3, waiting: 0 });
    expect(all.questions[5].texts.map((t: { text: string }) => t.text).sort()).toEqual([
      'hemlighet 0',
      'hemlighet 1',
      'hemlighet 2',
    ]);
  });

  it('refuses a group smaller than three in the configuration', () => {
    expect(() => testConfig({ ANONYMOUS_MIN_GROUP: '1' })).toThrow(/ANONYMOUS_MIN_GROUP/);
  });
});

const GROUP = 4;

describe.each(engines)('anonymous answers in groups on %s', (engine) => {
  let env: TestEnv;
  afterAll(() => env?.close());

  it('shows the answers in groups of at least ANONYMOUS_MIN_GROUP, never loses one under concurrent submits, and leaves a smaller remainder unshown at closing', async () => {
    env = await startTestEnv(engine, { RESPOND_RATE_LIMIT: '10000', ANONYMOUS_MIN_GROUP: String(GROUP) });
    const db = env.database.db;
    const w = await world(db);
    const coord = await new Client(env.app).login(w.coordinator.email);
    let q = (
      await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
        opensAt: today(),
        closesAt: daysFromToday(14),
        anonymous: true,
      })
    ).body;
    q = (await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body;
    const n = GROUP * 3 + 2;
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) {
      const [inv] = await db
        .insert(invitations)
        .values({ questionnaireId: q.id, name: `R${i}`, email: `r${i}@test.example`, locale: 'sv' })
        .returning();
      const token = newToken();
      await db.insert(surveyLinks).values({ tokenHash: sha256(token), invitationId: inv.id });
      tokens.push(token);
    }
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    const submit = (i: number) =>
      c.post(`/api/respond/${tokens[i]}/submit`, {
        submissionId: submissionId(),
        answers: { ...seedAnswers, q6: `svar ${i}` },
      });
    const stored = () => db.select().from(anonymousResponses).where(eq(anonymousResponses.questionnaireId, q.id));

    const compiled = async () => (await coord.get(`/api/questionnaires/${q.id}/compilation`)).body;
    for (let i = 0; i < GROUP - 1; i++) expect((await submit(i)).status).toBe(200);
    expect((await compiled()).waiting).toBe(GROUP - 1);
    expect((await stored()).every((r) => !r.released)).toBe(true);
    await submit(GROUP - 1);
    expect((await compiled()).waiting).toBe(0);
    const first = await stored();
    expect(first.filter((r) => r.released)).toHaveLength(GROUP);

    const rest = await Promise.all(tokens.slice(GROUP).map((_, k) => submit(GROUP + k)));
    expect(rest.every((r) => r.status === 200)).toBe(true);
    expect((await stored()).map((r) => r.answers.q6).sort()).toEqual(tokens.map((_, i) => `svar ${i}`).sort());
    const shown = (await coord.get(`/api/questionnaires/${q.id}/compilation`)).body;
    expect(shown.questions[5].texts.length + shown.waiting).toBe(n);
    // Every answer read together: all but a remainder smaller than a group are shown.
    expect(shown.waiting).toBeLessThan(GROUP);
    q = (await coord.get(`/api/questionnaires/${q.id}`)).body;
    await coord.post(`/api/questionnaires/${q.id}/close`, { version: q.version });
    // Closing shows no more: the remainder (fewer than a group) stays unshown, counted as not shown.
    const after = (await coord.get(`/api/questionnaires/${q.id}/compilation`)).body;
    expect(after).toMatchObject({ waiting: shown.waiting, completed: n });
    const all = await stored();
    expect(all).toHaveLength(n);
    expect(all.filter((r) => !r.released)).toHaveLength(shown.waiting);
  });
});
