import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { outbox } from '../platform/mail/schema.js';
import { daysFromToday, submissionId, today } from './test-fixtures.js';

const bi = (sv: string, en = sv) => ({ sv, en });

describe.each(engines)('scales and questionnaires of every question type on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let scaleId: string;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
  });
  afterAll(() => env?.close());

  it('keeps reusable scales: a county’s own can change, a built-in one cannot', async () => {
    const created = await coord.post('/api/survey-scales', {
      name: bi('Instämmer'),
      options: [
        { code: 'agree', label: bi('Instämmer', 'Agree') },
        { code: 'disagree', label: bi('Instämmer inte', 'Disagree') },
      ],
    });
    expect(created.status).toBe(201);
    scaleId = created.body.id;
    const twice = await coord.post('/api/survey-scales', {
      name: bi('Dubbel'),
      options: [
        { code: 'a', label: bi('A') },
        { code: 'a', label: bi('B') },
      ],
    });
    expect(twice.body.error.code).toBe('survey.structure_invalid');
    const renamed = await coord.patch(`/api/survey-scales/${scaleId}`, {
      version: 1,
      name: bi('Instämmande', 'Agreement'),
    });
    expect(renamed.body).toMatchObject({ version: 2, name: { en: 'Agreement' } });
    expect((await coord.patch(`/api/survey-scales/${scaleId}`, { version: 1, name: bi('X') })).body.error.code).toBe(
      'record.stale',
    );
    const builtin = (
      (await coord.get('/api/survey-scales')).body.items as { id: string; builtin: boolean; version: number }[]
    ).find((s) => s.builtin)!;
    expect(
      (await coord.patch(`/api/survey-scales/${builtin.id}`, { version: builtin.version, name: bi('Y') })).body.error
        .code,
    ).toBe('survey.scale_builtin');
    const other = await new Client(env.app).login(w.otherCoordinator.email);
    expect(((await other.get('/api/survey-scales')).body.items as { id: string }[]).some((s) => s.id === scaleId)).toBe(
      false,
    );
  });

  it('builds a questionnaire of all six question types and answers each one', async () => {
    const questions = [
      {
        key: 'one',
        type: 'single_choice',
        text: bi('Välj en'),
        scaleId,
        required: true,
        help: bi('Hjälptext', 'Help text'),
      },
      {
        key: 'many',
        type: 'multiple_choice',
        text: bi('Välj flera'),
        options: [
          { code: 'x', label: bi('X') },
          { code: 'y', label: bi('Y') },
          { code: 'z', label: bi('Z') },
        ],
        maxSelected: 2,
      },
      {
        key: 'grid',
        type: 'matrix',
        text: bi('Påståenden'),
        scaleId,
        statements: [
          { key: 's1', text: bi('Ett') },
          { key: 's2', text: bi('Två') },
        ],
        required: true,
      },
      { key: 'stars', type: 'rating', text: bi('Betyg'), max: 5 },
      { key: 'name', type: 'short_text', text: bi('Kort'), maxLength: 20 },
      { key: 'more', type: 'long_text', text: bi('Långt') },
    ];
    const base = { title: bi('Workshop'), opensAt: today(), closesAt: daysFromToday(7) };
    const dup = await coord.post('/api/questionnaires', {
      ...base,
      sections: [{ key: 'a', title: bi('A'), questions: [questions[3], questions[3]] }],
    });
    expect(dup.body.error).toMatchObject({
      code: 'survey.structure_invalid',
      details: { field: 'sections.0.questions.1.key' },
    });
    const tooMany = await coord.post('/api/questionnaires', {
      ...base,
      sections: [{ key: 'a', title: bi('A'), questions: [{ ...questions[1], maxSelected: 4 }] }],
    });
    expect(tooMany.body.error).toMatchObject({
      code: 'survey.structure_invalid',
      details: { field: 'sections.0.questions.0.maxSelected' },
    });
    const other = await new Client(env.app).login(w.otherCoordinator.email);
    const foreign = await other.post('/api/questionnaires', {
      ...base,
      sections: [{ key: 'a', title: bi('A'), questions: [questions[0]] }],
    });
    expect(foreign.body.error).toMatchObject({
      code: 'survey.scale_unknown',
      details: { field: 'sections.0.questions.0.scaleId' },
    });
    const badType = await coord.post('/api/questionnaires', {
      ...base,
      sections: [{ key: 'a', title: bi('A'), questions: [{ key: 'q', type: 'slider', text: bi('Q') }] }],
    });
    expect(badType.status).toBe(400);

    let q = (await coord.post('/api/questionnaires', { ...base, sections: [] })).body;
    expect((await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body.error.code).toBe(
      'survey.structure_invalid',
    );
    q = (
      await coord.patch(`/api/questionnaires/${q.id}`, {
        version: q.version,
        sections: [
          { key: 'a', title: bi('Allt'), questions: [questions[3]] },
          { key: 'b', title: bi('Tom'), questions: [] },
        ],
      })
    ).body;
    expect((await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body.error).toMatchObject({
      code: 'survey.structure_invalid',
      details: { field: 'sections.1.questions' },
    });
    q = (
      await coord.patch(`/api/questionnaires/${q.id}`, {
        version: q.version,
        sections: [{ key: 'a', title: bi('Allt'), questions }],
      })
    ).body;
    expect(q.sections[0].questions.map((x: { type: string }) => x.type)).toEqual([
      'single_choice',
      'multiple_choice',
      'matrix',
      'rating',
      'short_text',
      'long_text',
    ]);
    expect(q.sections[0].questions[0].options.map((o: { code: string }) => o.code)).toEqual(['agree', 'disagree']);
    q = (await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).body;
    expect(
      (await coord.get('/api/questionnaires')).body.items.find((x: { id: string }) => x.id === q.id),
    ).toMatchObject({
      status: 'open',
      questionCount: 6,
    });

    // Without SMTP the invitation stays in the outbox, with its link.
    await coord.post(`/api/questionnaires/${q.id}/invitations`, { personIds: [w.memberB.person.id] });
    const [mail] = await env.database.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(1);
    const token = mail.text.match(/\/svar\/([A-Za-z0-9_-]{43})/)![1];
    const r = new Client(env.app);
    await r.get('/api/auth/session');
    const view = (await r.get(`/api/respond/${token}`)).body;
    expect(view.sections[0].questions[0]).toMatchObject({
      help: 'Hjälptext',
      options: [
        { code: 'agree', label: 'Instämmer' },
        { code: 'disagree', label: 'Instämmer inte' },
      ],
    });
    expect(view.sections[0].questions[2].statements).toEqual([
      { key: 's1', text: 'Ett' },
      { key: 's2', text: 'Två' },
    ]);
    const refused = async (answers: Record<string, unknown>) =>
      (await r.put(`/api/respond/${token}`, { answers })).body.error?.details?.reason;
    expect(await refused({ many: ['x', 'y', 'z'] })).toBe('too_many');
    expect(await refused({ grid: { s3: 'agree' } })).toBe('statement');
    expect(await refused({ stars: 6 })).toBe('range');
    expect(await refused({ name: 'x'.repeat(21) })).toBe('too_long');
    expect(await refused({ one: ['agree'] })).toBe('type');
    await r.put(`/api/respond/${token}`, {
      answers: { one: 'agree', many: ['y', 'x'], grid: { s1: 'agree' }, stars: 4, name: 'Kim' },
    });
    const missing = await r.post(`/api/respond/${token}/submit`, { submissionId: submissionId() });
    expect(missing.body.error).toMatchObject({ code: 'survey.answer_required', details: { keys: ['grid'] } });
    expect(
      (
        await r.post(`/api/respond/${token}/submit`, {
          submissionId: submissionId(),
          answers: { grid: { s1: 'agree', s2: 'disagree' } },
        })
      ).status,
    ).toBe(200);
    const c = (await coord.get(`/api/questionnaires/${q.id}/compilation`)).body;
    expect(c.questions.find((x: { key: string }) => x.key === 'stars')).toMatchObject({ answered: 1, mean: 4 });
    expect(
      c.questions.find((x: { key: string }) => x.key === 'many').distribution.map((d: { count: number }) => d.count),
    ).toEqual([1, 1, 0]);
  });
});
