import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { startSmtp } from '../test/smtp.js';
import { responses } from './schema.js';
import type { Questionnaire } from './contract.js';
import { daysFromToday, makeBody, makePerson, seedAnswers, submissionId, today, tokensFor } from './test-fixtures.js';

describe.each(engines)('surveys API on %s', (engine) => {
  let env: TestEnv;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let q: Questionnaire;
  const bodies: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const token: Record<string, string> = {};
  const respondent = async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    return c;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    env = await startTestEnv(engine, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://samsyn.test' });
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
    const db = env.database.db;
    const p = async (name: string) => {
      const person = await makePerson(db, w.county.id, w.orgB.id, name);
      emails[name] = person.email!;
      return person.id;
    };
    const [anna, bo, cia, dan] = [await p('Anna'), await p('Bo'), await p('Cia'), await p('Dan')];
    bodies.fou = (
      await makeBody(db, w.county.id, w.orgA.id, 'FoU-rådet', [
        [bo, 'secretary'],
        [anna, 'chair'],
      ])
    ).id;
    bodies.buz = (
      await makeBody(db, w.county.id, w.orgA.id, 'BUZ', [
        [cia, 'secretary'],
        [dan, 'member'],
      ])
    ).id;
    bodies.empty = (await makeBody(db, w.county.id, w.orgA.id, 'Barnarenan', [[dan, 'member']])).id;
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('creates the seed questionnaire from its built-in template, with its exact wording and options', async () => {
    const member = await new Client(env.app).login(w.member.email);
    expect(
      (
        await member.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
          opensAt: today(),
          closesAt: daysFromToday(30),
        })
      ).status,
    ).toBe(403);
    expect(
      (await coord.post('/api/questionnaires/from-template/nope', { opensAt: today(), closesAt: daysFromToday(30) }))
        .body.error.code,
    ).toBe('survey.template_unknown');
    expect(
      (
        await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
          opensAt: today(),
          closesAt: daysFromToday(-1),
        })
      ).body.error.code,
    ).toBe('survey.dates_invalid');

    const res = await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
      opensAt: today(),
      closesAt: daysFromToday(30),
    });
    expect(res.status).toBe(201);
    q = res.body;
    expect(q).toMatchObject({
      status: 'draft',
      anonymous: false,
      templateKey: 'uppfoljning-samverkansorgan',
      organisationId: w.orgA.id,
    });
    expect(q.sections.map((s) => s.title.sv)).toEqual(['Samverkansorganets verksamhet', 'Regionens tjänstemannastöd']);
    const qs = q.sections.flatMap((s) => s.questions);
    expect(qs.map((x) => x.text.sv)).toEqual([
      'Har ni fullföljt årets planerade aktiviteter?',
      'I vilken utsträckning är ni nöjda med resultatet av det gångna året?',
      'Har de underlag som regionens tjänstemän tagit fram varit av tillräcklig kvalitet?',
      'Har regionens tjänstemäns samverkan skett så att det getts tid till förankring inom kommunerna?',
      'Har tjänstemannastödet varit i överensstämmelse med förväntningarna?',
      'Synpunkter för förbättringar',
    ]);
    const labels = (i: number) => ('options' in qs[i] ? qs[i].options.map((o) => o.label.sv) : []);
    expect(labels(0)).toEqual([
      'Har inte haft någon detaljerad plan',
      'Ja',
      'Till stor del',
      'Till liten del',
      'Inte hunnit med alls',
    ]);
    for (const i of [1, 2, 3, 4])
      expect(labels(i)).toEqual(['Nöjd', 'I stort sett nöjd', 'Inte riktigt nöjd', 'Missnöjd']);
    expect(qs[5].type).toBe('long_text');
    expect(qs[0].text.en).toBe('Have you completed this year’s planned activities?');
    const scales = (await member.get('/api/survey-scales')).body.items as { key: string; builtin: boolean }[];
    expect(
      scales
        .filter((s) => s.builtin)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['plan-fulfilment', 'satisfaction-4']);
  });

  it('invites bodies once the questionnaire is open: the chair (else the secretary) gets the link by e-mail', async () => {
    expect(
      (await coord.post(`/api/questionnaires/${q.id}/invitations`, { bodyIds: [bodies.fou] })).body.error.code,
    ).toBe('survey.not_open');
    q = (await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body;
    expect(q.status).toBe('open');
    // Beforehand: which bodies have nobody to receive the link (issue 10 item 7).
    const preview = (await coord.get(`/api/questionnaires/${q.id}/body-recipients`)).body as {
      bodyId: string;
      recipient: { email: string } | null;
      reason: string | null;
    }[];
    expect(preview.find((b) => b.bodyId === bodies.empty)).toMatchObject({
      recipient: null,
      reason: 'no_chair_or_secretary',
    });
    expect(preview.find((b) => b.bodyId === bodies.fou)).toMatchObject({
      recipient: { email: emails.Anna },
      reason: null,
    });

    // One body without a chair or secretary no longer fails the batch: the rest are invited, it is listed.
    const res = await coord.post(`/api/questionnaires/${q.id}/invitations`, {
      bodyIds: [bodies.empty, bodies.fou, bodies.buz],
      personIds: [w.memberB.person.id],
    });
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(3);
    expect(res.body.skipped).toEqual([
      { bodyId: bodies.empty, personId: null, name: 'Barnarenan', reason: 'no_chair_or_secretary' },
    ]);
    const byBody = Object.fromEntries(
      res.body.invitations
        .filter((i: { bodyName: string | null }) => i.bodyName)
        .map((i: { bodyName: string; email: string }) => [i.bodyName, i.email]),
    );
    expect(byBody).toEqual({ 'FoU-rådet': emails.Anna, BUZ: emails.Cia });
    await env.jobs.drain();
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([emails.Anna, emails.Cia, w.memberB.email].sort());
    token.fou = tokensFor(smtp.received, emails.Anna)[0];
    token.buz = tokensFor(smtp.received, emails.Cia)[0];
    token.person = tokensFor(smtp.received, w.memberB.email)[0];
    expect(token.fou).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Inviting again leaves the existing invitations (and sends nothing).
    expect((await coord.post(`/api/questionnaires/${q.id}/invitations`, { bodyIds: [bodies.fou] })).body.created).toBe(
      0,
    );
    await env.jobs.drain();
    expect(smtp.received).toHaveLength(3);
  });

  it('lets the respondent answer partly without an account, refuse bad answers naming the question, and resume', async () => {
    const c = await respondent();
    const view = await c.get(`/api/respond/${token.fou}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ lang: 'sv', respondent: { bodyName: 'FoU-rådet' }, answers: {} });
    expect(view.body.sections[1].questions[0]).toMatchObject({ number: 3, type: 'single_choice', required: true });
    const raw = JSON.stringify(view.body);
    for (const secret of [q.id, w.county.id, w.orgA.id, emails.Cia, emails.Anna]) expect(raw).not.toContain(secret);
    expect((await c.get(`/api/respond/${token.fou}?lang=en`)).body.sections[0].questions[0].options[0].label).toBe(
      'No detailed plan',
    );

    expect(
      (await c.put(`/api/respond/${token.fou}`, { answers: { q1: 'largely', q6: 'Tydligare underlag' } })).status,
    ).toBe(200);
    const outside = await c.put(`/api/respond/${token.fou}`, { answers: { q2: 'largely' } });
    expect(outside.status).toBe(400);
    expect(outside.body.error).toMatchObject({
      code: 'survey.answer_invalid',
      details: { question: '2', field: 'answers.q2' },
    });
    const long = await c.put(`/api/respond/${token.fou}`, { answers: { q6: 'x'.repeat(4001) } });
    expect(long.body.error).toMatchObject({
      code: 'survey.answer_invalid',
      details: { question: '6', reason: 'too_long' },
    });
    expect(
      (await c.request('PUT', `/api/respond/${token.fou}`, { answers: {} }, { 'x-csrf-token': 'wrong' })).body.error
        .code,
    ).toBe('request.csrf_failed');

    const later = await respondent();
    expect((await later.get(`/api/respond/${token.fou}`)).body.answers).toEqual({
      q1: 'largely',
      q6: 'Tydligare underlag',
    });
    const rate = (await coord.get(`/api/questionnaires/${q.id}/response-rate`)).body;
    expect(rate.total).toEqual({ invited: 3, started: 1, completed: 0, rate: 0 });
  });

  it('submits once: required answers checked, a retry gets the same success, a second use a clear refusal with the date', async () => {
    const c = await respondent();
    const missing = await c.post(`/api/respond/${token.fou}/submit`, { submissionId: submissionId() });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'survey.answer_required', details: { question: '2, 3, 4, 5' } });
    const id = submissionId();
    const ok = await c.post(`/api/respond/${token.fou}/submit`, {
      submissionId: id,
      answers: { ...seedAnswers, q1: undefined },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.completed).toBe(true);
    expect((await c.post(`/api/respond/${token.fou}/submit`, { submissionId: id })).body).toEqual(ok.body);
    const again = await c.post(`/api/respond/${token.fou}/submit`, {
      submissionId: submissionId(),
      answers: { q1: 'yes' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'survey.already_submitted',
      details: { submittedAt: ok.body.submittedAt, date: today() },
    });
    expect((await c.get(`/api/respond/${token.fou}`)).body.error.code).toBe('survey.already_submitted');
    expect((await c.put(`/api/respond/${token.fou}`, { answers: { q1: 'yes' } })).body.error.code).toBe(
      'survey.already_submitted',
    );

    const stored = await env.database.db.select().from(responses).where(eq(responses.questionnaireId, q.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ bodyId: bodies.fou, answers: { ...seedAnswers, q1: 'largely' } });
    const fou = (await coord.get(`/api/questionnaires/${q.id}/invitations`)).body.find(
      (i: { bodyId: string }) => i.bodyId === bodies.fou,
    );
    expect(fou).toMatchObject({ started: true, completed: true, completedAt: ok.body.submittedAt });
  });

  it('stores one response when the same invitation is submitted twice at once', async () => {
    const [a, b] = [await respondent(), await respondent()];
    const id = submissionId();
    const both = await Promise.all([
      a.post(`/api/respond/${token.buz}/submit`, { submissionId: id, answers: seedAnswers }),
      b.post(`/api/respond/${token.buz}/submit`, { submissionId: id, answers: seedAnswers }),
    ]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both[0].body).toEqual(both[1].body);
    const distinct = await Promise.all([
      a.post(`/api/respond/${token.person}/submit`, { submissionId: submissionId(), answers: seedAnswers }),
      b.post(`/api/respond/${token.person}/submit`, { submissionId: submissionId(), answers: seedAnswers }),
    ]);
    expect(distinct.map((r) => r.status).sort()).toEqual([200, 409]);
    const [{ n }] = await env.database.db
      .select({ n: count() })
      .from(responses)
      .where(eq(responses.questionnaireId, q.id));
    expect(Number(n)).toBe(3);
    const c = (await coord.get(`/api/questionnaires/${q.id}/compilation`)).body;
    expect(c).toMatchObject({ invited: 3, completed: 3, responseRate: 100 });
    expect(c.questions[0].distribution.find((d: { code: string }) => d.code === 'largely').count).toBe(3);
    expect(c.questions[0].byBody.map((b: { bodyName: string }) => b.bodyName)).toEqual(['BUZ', 'FoU-rådet']);
  });

  it('answers a guessed or malformed link with 404 survey.link_invalid', async () => {
    const c = await respondent();
    for (const t of ['A'.repeat(43), 'abc', token.fou.slice(0, 42) + (token.fou[42] === 'A' ? 'B' : 'A')]) {
      const res = await c.get(`/api/respond/${t}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('survey.link_invalid');
      expect((await c.post(`/api/respond/${t}/submit`, { submissionId: submissionId() })).body.error.code).toBe(
        'survey.link_invalid',
      );
    }
  });

  it('reminds only those who have not completed, with a fresh working link, and not again within the interval', async () => {
    const db = env.database.db;
    const late = await makePerson(db, w.county.id, w.orgB.id, 'Eva');
    await coord.post(`/api/questionnaires/${q.id}/invitations`, { personIds: [late.id] });
    await env.jobs.drain();
    const before = smtp.received.length;
    const member = await new Client(env.app).login(w.member.email);
    expect((await member.post(`/api/questionnaires/${q.id}/reminders`, {})).status).toBe(403);
    const sent = await coord.post(`/api/questionnaires/${q.id}/reminders`, { minIntervalDays: 0, maxCount: 2 });
    expect(sent.body).toEqual({ sent: 1 });
    await env.jobs.drain();
    expect(smtp.received.slice(before).map((m) => m.to[0])).toEqual([late.email]);
    const [first, reminderLink] = tokensFor(smtp.received, late.email!);
    expect(reminderLink).not.toBe(first);
    const c = await respondent();
    expect((await c.get(`/api/respond/${reminderLink}`)).status).toBe(200);
    expect((await c.get(`/api/respond/${first}`)).status).toBe(200);
    expect(
      (await coord.post(`/api/questionnaires/${q.id}/reminders`, { minIntervalDays: 7, maxCount: 2 })).body,
    ).toEqual({ sent: 0 });
    const rate = (await coord.get(`/api/questionnaires/${q.id}/response-rate`)).body;
    expect(rate.total).toMatchObject({ invited: 4, completed: 3, rate: 75 });
    expect(rate.byBody.map((b: { bodyName: string; completed: number }) => [b.bodyName, b.completed])).toEqual([
      ['BUZ', 1],
      ['FoU-rådet', 1],
    ]);
    expect(rate.byOrganisation.find((o: { organisationId: string }) => o.organisationId === w.orgB.id)).toMatchObject({
      invited: 4,
      completed: 3,
    });
  });

  it('refuses answers after closing with survey.closed, and changes to questions once open', async () => {
    const pending = tokensFor(smtp.received, smtp.received.at(-1)!.to[0])[0];
    expect(
      (await coord.patch(`/api/questionnaires/${q.id}`, { version: q.version, sections: [] })).body.error.code,
    ).toBe('survey.not_draft');
    q = (await coord.post(`/api/questionnaires/${q.id}/close`, { version: q.version })).body;
    expect(q.status).toBe('closed');
    const c = await respondent();
    const res = await c.post(`/api/respond/${pending}/submit`, { submissionId: submissionId(), answers: seedAnswers });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'survey.closed', details: { closesAt: q.closesAt } });
    expect((await c.get(`/api/respond/${pending}`)).body.error.code).toBe('survey.closed');
    const audit = (await coord.get(`/api/questionnaires/${q.id}/audit`)).body as { action: string }[];
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it('limits the answering routes per address', async () => {
    // From its own address, so that the other tests' address keeps its allowance.
    const guess = (remoteAddress: string) =>
      env.app.inject({ method: 'GET', url: `/api/respond/${'B'.repeat(43)}`, remoteAddress });
    let last = 0;
    for (let i = 0; i < 121; i++) last = (await guess('203.0.113.77')).statusCode;
    expect(last).toBe(429);
    expect(JSON.parse((await guess('203.0.113.77')).body).error.code).toBe('request.rate_limited');
    expect((await guess('203.0.113.78')).statusCode).toBe(404);
  });
});
