import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeUser, world } from '../test/factories.js';
import { decodeQuotedPrintable, startSmtp } from '../test/smtp.js';
import {
  daysFromToday,
  makeBody,
  makePerson,
  seedAnswers,
  submissionId,
  today,
  tokensFor,
} from '../surveys/test-fixtures.js';
import type { Cycle, CycleCompilation } from './contract.js';
import { makeAgreements, makeMunicipality } from './test-fixtures.js';
import { markdownToRichDoc as md } from '../documents/index.js';

describe.each(engines)('yearly follow-up API on %s', (engine) => {
  let env: TestEnv;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let memberB: Client;
  let reader: Client;
  let templateId: string;
  let orgC: { id: string };
  let cycle: Cycle;
  let earlier: Cycle;
  const year = Number(today().slice(0, 4));
  const url = (c: { id: string }, rest = '') => `/api/followup-cycles/${c.id}${rest}`;
  const bodyIds: Record<string, string> = {};
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtp();
    env = await startTestEnv(engine, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://samsyn.test' });
    const db = env.database.db;
    w = await world(db);
    orgC = await makeMunicipality(db, w.county.id, 'Annanby kommun', '9001');
    templateId = (await makeAgreements(db, w.county.id, w.orgA.id, [w.orgB.id, orgC.id])).template.id;
    coord = await new Client(env.app).login(w.coordinator.email);
    memberB = await new Client(env.app).login(w.memberB.email);
    reader = await new Client(env.app).login(w.reader.email);
    for (const [key, name] of [
      ['fou', 'FoU-rådet'],
      ['buz', 'BUZ'],
    ] as const) {
      const chair = await makePerson(db, w.county.id, w.orgB.id, `Ordf${key}`);
      emails[key] = chair.email!;
      bodyIds[key] = (await makeBody(db, w.county.id, w.orgA.id, name, [[chair.id, 'chair']])).id;
    }
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('starts a cycle with the period October–September and the seed’s milestones, for coordinators only', async () => {
    expect((await memberB.post('/api/followup-cycles', { templateId, year })).status).toBe(403);
    expect(
      (await coord.post('/api/followup-cycles', { templateId: '00000000-0000-4000-8000-000000000000', year })).status,
    ).toBe(404);
    const badYear = await coord.post('/api/followup-cycles', { templateId, year: 1850 });
    expect(badYear.status).toBe(400);
    expect(badYear.body.error.details[0].field).toBe('body.year');
    expect(
      (await coord.post('/api/followup-cycles', { templateId, year, councilMeetingDate: `${year + 1}-01-10` })).body
        .error.details[0].field,
    ).toBe('body.councilMeetingDate');

    const res = await coord.post('/api/followup-cycles', { templateId, year, councilMeetingDate: `${year}-12-12` });
    expect(res.status).toBe(201);
    cycle = res.body;
    expect(cycle).toMatchObject({
      year,
      periodStart: `${year - 1}-10-01`,
      periodEnd: `${year}-09-30`,
      status: 'open',
      abilities: { update: true },
    });
    expect(cycle.areas.map((a) => a.code)).toEqual(['A', 'B']);
    expect(cycle.milestones.map((m) => [m.kind, m.dueDate])).toEqual([
      ['reports_sent', `${year}-10-07`],
      ['questionnaire', `${year}-10-31`],
      ['compilation_shared', `${year}-11-07`],
      ['municipal_meetings', `${year}-11-30`],
      ['joint_valuation', `${year}-11-30`],
      ['council_decision', `${year}-12-12`],
    ]);
    expect(cycle.milestones.every((m) => m.ownerName?.startsWith('Test'))).toBe(true);
    expect(cycle.municipalities.map((m) => [m.organisationName, m.status])).toEqual([
      ['Annanby kommun', 'not_started'],
      ['Testby kommun', 'not_started'],
    ]);
    expect(cycle.municipalities[0].contactEmail).toMatch(/@kommun\.test$/);

    const dup = await coord.post('/api/followup-cycles', { templateId, year });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('followup.duplicate_cycle');
    expect((await reader.get(url(cycle))).body.abilities).toEqual({ update: false });
    const other = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await other.get(url(cycle))).status).toBe(403);
  });

  it('marks overdue milestones, lets their owners be reminded by mail, and not twice in a row', async () => {
    earlier = (await coord.post('/api/followup-cycles', { templateId, year: year - 1 })).body;
    expect(earlier.milestones.every((m) => m.overdue)).toBe(true);
    const list = (await reader.get('/api/followup-cycles')).body.items;
    expect(list.map((c: { year: number }) => c.year)).toEqual([year, year - 1]);
    expect(list[1]).toMatchObject({ overdueMilestones: 6, municipalities: 2, municipalitiesSubmitted: 0 });

    const m = earlier.milestones[0];
    const stale = await coord.patch(url(earlier, `/milestones/${m.id}`), { version: m.version + 5, status: 'done' });
    expect(stale.status).toBe(409);
    const done = await coord.patch(url(earlier, `/milestones/${m.id}`), {
      version: m.version,
      status: 'done',
      note: 'Skickat',
    });
    expect(done.status).toBe(200);
    expect(done.body.milestones.find((x: { id: string }) => x.id === m.id)).toMatchObject({
      status: 'done',
      overdue: false,
      doneOn: today(),
      note: 'Skickat',
    });
    expect((await memberB.patch(url(earlier, `/milestones/${m.id}`), { version: 2, status: 'planned' })).status).toBe(
      403,
    );

    // Owned by a body alone: its chair is reminded.
    const byBody = earlier.milestones[1];
    expect(
      (
        await coord.patch(url(earlier, `/milestones/${byBody.id}`), {
          version: byBody.version,
          ownerPersonId: null,
          ownerBodyId: bodyIds.fou,
        })
      ).status,
    ).toBe(200);
    const before = smtp.received.length;
    const sent = await coord.post(url(earlier, '/milestone-reminders'), { withinDays: 0, minIntervalDays: 3 });
    expect(sent.body.sent).toBe(5);
    await env.jobs.drain();
    expect(smtp.received.length).toBe(before + 5);
    expect(smtp.received.slice(before).some((m) => m.to.includes(emails.fou))).toBe(true);
    expect(decodeQuotedPrintable(smtp.received.at(-1)!.raw)).toContain('är försenat');
    expect(
      (await coord.post(url(earlier, '/milestone-reminders'), { withinDays: 0, minIntervalDays: 3 })).body.sent,
    ).toBe(0);
  });

  it('keeps draft activity reports to the region and publishes them to the municipalities’ contacts', async () => {
    const bad = await coord.post(url(cycle, '/reports'), { areaCode: 'Z', body: md('x') });
    expect(bad.body.error.code).toBe('followup.area_unknown');
    const notParty = await coord.post(url(cycle, '/reports'), {
      areaCode: 'A',
      municipalityId: w.orgX.id,
      body: md('x'),
    });
    expect(notParty.body.error.code).toBe('followup.not_municipality');
    const created = await coord.post(url(cycle, '/reports'), {
      areaCode: 'A',
      body: md('# Kompetens\n- Lärcentra\n- FoU'),
    });
    expect(created.status).toBe(201);
    expect((await coord.post(url(cycle, '/reports'), { areaCode: 'A', body: md('igen') })).body.error.code).toBe(
      'followup.report_duplicate',
    );
    await coord.post(url(cycle, '/reports'), {
      areaCode: 'B',
      municipalityId: w.orgB.id,
      body: md('Särskilt för Testby.'),
    });
    const r = (await coord.get(url(cycle))).body.reports;
    expect(
      r.map((x: { areaCode: string; municipalityName: string | null; status: string }) => [
        x.areaCode,
        x.municipalityName,
        x.status,
      ]),
    ).toEqual([
      ['A', null, 'draft'],
      ['B', 'Testby kommun', 'draft'],
    ]);
    expect((await memberB.get(url(cycle))).body.reports).toEqual([]);
    expect(
      (await memberB.get(url(cycle, '/audit'))).body.some(
        (e: { entityType: string }) => e.entityType === 'followup_report',
      ),
    ).toBe(false);

    const edited = await coord.patch(url(cycle, `/reports/${r[0].id}`), {
      version: r[0].version,
      body: md('# Kompetens\n- Lärcentra\n- FoU-rådet'),
    });
    expect(edited.status).toBe(200);
    const big = await coord.patch(url(cycle, `/reports/${r[0].id}`), { version: 2, body: md('x'.repeat(50_001)) });
    expect(big.status).toBe(400);

    const before = smtp.received.length;
    const current = (await coord.get(url(cycle))).body as Cycle;
    const published = await coord.post(url(cycle, '/publish-reports'), { version: current.version });
    expect(published.status).toBe(200);
    expect(published.body.reports.every((x: { status: string }) => x.status === 'published')).toBe(true);
    expect(published.body.milestones.find((m: { kind: string }) => m.kind === 'reports_sent')).toMatchObject({
      status: 'done',
      doneOn: today(),
    });
    await env.jobs.drain();
    expect(smtp.received.length).toBe(before + 2);
    const toB = smtp.received.slice(before).find((m) => m.raw.includes('Testby'))!;
    expect(decodeQuotedPrintable(toB.raw)).toContain('Social inkludering');
    expect((await memberB.get(url(cycle))).body.reports).toHaveLength(2);
    expect(
      (await coord.patch(url(cycle, `/reports/${r[0].id}`), { version: 3, body: md('ändrat') })).body.error.code,
    ).toBe('followup.report_published');
    expect(
      (await coord.post(url(cycle, '/publish-reports'), { version: published.body.version })).body.error.code,
    ).toBe('followup.no_reports');
  });

  it('lets a municipality assess each area privately until it submits', async () => {
    const b = `/municipalities/${w.orgB.id}`;
    expect((await memberB.put(url(cycle, `/municipalities/${orgC.id}`), { version: null, areas: [] })).status).toBe(
      403,
    );
    expect(
      (await memberB.put(url(cycle, b), { version: null, areas: [{ areaCode: 'Z', rating: 'satisfied' }] })).body.error
        .code,
    ).toBe('followup.area_unknown');
    expect(
      (await memberB.put(url(cycle, b), { version: null, areas: [{ areaCode: 'A', rating: 'great' }] })).status,
    ).toBe(400);
    const saved = await memberB.put(url(cycle, b), {
      version: null,
      areas: [{ areaCode: 'A', rating: 'satisfied', comment: 'Bra lärcentra' }],
      meetingDate: `${year}-11-12`,
      notes: 'Möte med regionen.',
    });
    expect(saved.status).toBe(200);
    const mine = saved.body.municipalities.find((m: { organisationId: string }) => m.organisationId === w.orgB.id);
    expect(mine).toMatchObject({
      status: 'draft',
      editable: true,
      meetingDate: `${year}-11-12`,
      notes: 'Möte med regionen.',
      version: 1,
    });
    expect((await memberB.put(url(cycle, b), { version: null, areas: [] })).status).toBe(409);

    // The region sees that Testby has started, not what it wrote.
    const seen = (await coord.get(url(cycle))).body.municipalities.find(
      (m: { organisationId: string }) => m.organisationId === w.orgB.id,
    );
    expect(seen).toMatchObject({ status: 'draft', editable: false, notes: null, version: null });
    expect(seen.areas[0].rating).toBeNull();
    expect((await coord.put(url(cycle, b), { version: 1, areas: [] })).status).toBe(403);

    const incomplete = await memberB.post(url(cycle, `${b}/submit`), { version: 1 });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error).toMatchObject({ code: 'followup.feedback_incomplete', details: { areas: ['B'] } });
    await memberB.put(url(cycle, b), {
      version: 1,
      areas: [{ areaCode: 'B', rating: 'not_quite_satisfied', comment: 'Mer stöd behövs' }],
    });
    const submitted = await memberB.post(url(cycle, `${b}/submit`), { version: 2 });
    expect(submitted.status).toBe(200);
    expect((await memberB.put(url(cycle, b), { version: 3, areas: [] })).body.error.code).toBe(
      'followup.feedback_submitted',
    );
    const now = (await coord.get(url(cycle))).body.municipalities.find(
      (m: { organisationId: string }) => m.organisationId === w.orgB.id,
    );
    expect(now).toMatchObject({ status: 'submitted', editable: false, notes: 'Möte med regionen.' });
    expect(now.areas).toEqual([
      { areaCode: 'A', rating: 'satisfied', comment: 'Bra lärcentra' },
      { areaCode: 'B', rating: 'not_quite_satisfied', comment: 'Mer stöd behövs' },
    ]);

    // The region records Annanby's assessment from the meeting; Testby's member cannot see that draft,
    // a member of the region may not touch it, and Annanby itself can take it over and submit it.
    const cUrl = url(cycle, `/municipalities/${orgC.id}`);
    expect(
      (
        await coord.put(cUrl, {
          version: null,
          areas: [
            { areaCode: 'A', rating: 'mostly_satisfied' },
            { areaCode: 'A', rating: 'satisfied' },
          ],
        })
      ).body.error.details[0].field,
    ).toBe('body.areas.1.areaCode');
    expect(
      (await coord.put(cUrl, { version: null, areas: [], meetingDate: '1901-11-12' })).body.error.details[0].field,
    ).toBe('body.meetingDate');
    await coord.put(cUrl, { version: null, areas: [{ areaCode: 'A', rating: 'mostly_satisfied' }] });
    expect(
      (await memberB.get(url(cycle))).body.municipalities.find(
        (m: { organisationId: string }) => m.organisationId === orgC.id,
      ).areas[0].rating,
    ).toBeNull();
    const regionMember = await new Client(env.app).login(w.member.email);
    expect((await regionMember.put(cUrl, { version: 1, areas: [] })).status).toBe(403);
    expect((await regionMember.post(`${cUrl}/submit`, { version: 1 })).status).toBe(403);
    const memberC = await new Client(env.app).login(
      (await makeUser(env.database.db, orgC.id, w.county.id, 'member')).email,
    );
    const seenByC = (await memberC.get(url(cycle))).body.municipalities.find(
      (m: { organisationId: string }) => m.organisationId === orgC.id,
    );
    expect(seenByC).toMatchObject({ status: 'draft', editable: true, version: 1 });
    expect(seenByC.areas[0].rating).toBe('mostly_satisfied');
    expect((await memberC.put(cUrl, { version: 1, areas: [{ areaCode: 'B', rating: 'satisfied' }] })).status).toBe(200);
    expect((await memberC.post(`${cUrl}/submit`, { version: 2 })).status).toBe(200);
  });

  it('links the seed’s questionnaire, and compiles the bodies’ answers and the municipalities’ ratings beside earlier years', async () => {
    for (const [c, answers] of [
      [earlier, { ...seedAnswers, q2: 'dissatisfied' }],
      [cycle, seedAnswers],
    ] as const) {
      const linked = await coord.post(url(c, '/questionnaire'), {
        opensAt: today(),
        closesAt: daysFromToday(20),
        version: (await coord.get(url(c))).body.version,
      });
      expect(linked.status).toBe(200);
      expect(linked.body.milestones.find((m: { kind: string }) => m.kind === 'questionnaire').status).toBe(
        'in_progress',
      );
      const qid = linked.body.questionnaireId;
      const q = (await coord.get(`/api/questionnaires/${qid}`)).body;
      expect(q.templateKey).toBe('uppfoljning-samverkansorgan');
      await coord.post(`/api/questionnaires/${qid}/open`, { version: q.version });
      await coord.post(`/api/questionnaires/${qid}/invitations`, { bodyIds: [bodyIds.fou, bodyIds.buz] });
      const respondent = new Client(env.app);
      await respondent.get('/api/auth/session');
      await env.jobs.drain();
      expect(tokensFor(smtp.received, emails.fou).length).toBeGreaterThan(c === cycle ? 1 : 0);
      const token = tokensFor(smtp.received, emails.fou).at(-1)!;
      expect(
        (await respondent.post(`/api/respond/${token}/submit`, { answers, submissionId: submissionId() })).status,
      ).toBe(200);
      expect(
        (
          await coord.post(url(c, '/questionnaire'), {
            opensAt: today(),
            closesAt: daysFromToday(20),
            version: linked.body.version,
          })
        ).body.error.code,
      ).toBe('followup.questionnaire_linked');
    }
    await coord.put(url(earlier, `/municipalities/${w.orgB.id}`), {
      version: null,
      areas: [
        { areaCode: 'A', rating: 'dissatisfied' },
        { areaCode: 'B', rating: 'dissatisfied' },
      ],
    });
    await coord.post(url(earlier, `/municipalities/${w.orgB.id}/submit`), { version: 1 });

    const comp: CycleCompilation = (await reader.get(url(cycle, '/compilation'))).body;
    expect(comp.questionnaire).toMatchObject({ invited: 2, completed: 1, responseRate: 50 });
    const q2 = comp.questionnaire!.questions.find((x) => x.key === 'q2')!;
    expect(q2.distribution.find((d) => d.code === 'mostly_satisfied')).toMatchObject({ count: 1, percent: 100 });
    expect(q2.byBody.map((b) => b.bodyName)).toEqual(['FoU-rådet']);
    expect(q2.previous).toHaveLength(1);
    expect(q2.previous[0]).toMatchObject({ year: year - 1, answered: 1 });
    expect(q2.previous[0].distribution.find((d) => d.code === 'dissatisfied')!.count).toBe(1);
    expect(comp.questions.find((x) => x.key === 'q2')!.text.sv).toBe(
      'I vilken utsträckning är ni nöjda med resultatet av det gångna året?',
    );
    expect(comp.suggestions).toEqual([{ questionKey: 'q6', text: seedAnswers.q6, bodyName: 'FoU-rådet' }]);

    const a = comp.areas.find((x) => x.code === 'A')!;
    expect(a.answered).toBe(2);
    expect(a.distribution.map((d) => d.count)).toEqual([1, 1, 0, 0]);
    expect(a.comments).toEqual([{ municipalityName: 'Testby kommun', comment: 'Bra lärcentra' }]);
    expect(a.previous).toEqual([
      {
        year: year - 1,
        answered: 1,
        distribution: expect.arrayContaining([{ rating: 'dissatisfied', count: 1, percent: 100 }]),
      },
    ]);
    const testby = comp.municipalities.find((m) => m.name === 'Testby kommun')!;
    expect(testby.areas[0]).toMatchObject({
      code: 'A',
      rating: 'satisfied',
      previous: [{ year: year - 1, rating: 'dissatisfied' }],
    });
    expect(testby.notes).toBe('Möte med regionen.');

    const before = smtp.received.length;
    const shared = await coord.post(url(cycle, '/share-compilation'), {
      version: (await coord.get(url(cycle))).body.version,
    });
    expect(shared.body.milestones.find((m: { kind: string }) => m.kind === 'compilation_shared')).toMatchObject({
      status: 'done',
      doneOn: today(),
    });
    await env.jobs.drain();
    expect(smtp.received.length).toBe(before + 2);
    expect(decodeQuotedPrintable(smtp.received.at(-1)!.raw)).toContain('?tab=compilation');
    expect((await memberB.post(url(cycle, '/share-compilation'), { version: shared.body.version })).status).toBe(403);

    const spare = (await coord.post('/api/followup-cycles', { templateId, year: year - 2 })).body;
    const reused = await coord.post(url(spare, '/questionnaire'), {
      questionnaireId: (await coord.get(url(cycle))).body.questionnaireId,
      version: spare.version,
    });
    expect(reused.body.error).toMatchObject({ code: 'followup.questionnaire_linked', details: { cycleId: cycle.id } });
  });

  it('answers every kind of bad input with a 4xx naming the problem, never a 500, and changes nothing', async () => {
    const c = (await coord.get(url(cycle))).body as Cycle;
    const m = c.milestones[0];
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, unknown, number][] = [
      ['POST', '/api/followup-cycles', '{"templateId":', 400],
      ['POST', '/api/followup-cycles', { templateId: 'not-an-id', year: 2026 }, 400],
      ['POST', '/api/followup-cycles', { templateId, year: '2026' }, 400],
      ['POST', '/api/followup-cycles', { templateId, year, title: 'x'.repeat(301) }, 400],
      ['GET', `/api/followup-cycles/${unknown}`, undefined, 404],
      ['GET', '/api/followup-cycles/nope', undefined, 400],
      ['PATCH', url(cycle), { version: c.version, jointValuation: 'x'.repeat(20_001) }, 400],
      ['PATCH', url(cycle), { version: c.version, jointValuationDate: '2026-13-01' }, 400],
      ['PATCH', url(cycle), { version: c.version, jointValuationDate: '3026-01-01' }, 400],
      [
        'PATCH',
        url(cycle),
        { version: c.version, decision: { date: `${year}-12-01`, bodyId: unknown, text: 'x' } },
        404,
      ],
      ['PATCH', url(cycle), { version: c.version, recommendedChanges: 'a\u0000b' }, 400],
      ['PATCH', url(cycle), { jointValuation: 'utan version' }, 400],
      ['PATCH', url(cycle, `/milestones/${unknown}`), { version: 1, status: 'done' }, 404],
      ['PATCH', url(cycle, `/milestones/${m.id}`), { version: m.version, status: 'finished' }, 400],
      ['PATCH', url(cycle, `/milestones/${m.id}`), { version: m.version, ownerPersonId: unknown }, 404],
      ['PATCH', url(cycle, `/milestones/${m.id}`), { version: m.version, dueDate: '2026-02-29' }, 400],
      ['PATCH', url(cycle, `/milestones/${m.id}`), { version: m.version, dueDate: '1900-01-01' }, 400],
      ['POST', url(cycle, '/milestone-reminders'), { withinDays: -1 }, 400],
      ['POST', url(cycle, '/reports'), { areaCode: 'A', body: md('') }, 400],
      ['POST', url(cycle, '/reports'), { areaCode: 'A', municipalityId: unknown, body: md('x') }, 400],
      ['PATCH', url(cycle, `/reports/${unknown}`), { version: 1, body: md('x') }, 404],
      ['PUT', url(cycle, `/municipalities/${unknown}`), { version: null, areas: [] }, 400],
      ['PUT', url(cycle, `/municipalities/${orgC.id}`), { version: 'one', areas: [] }, 400],
      [
        'PUT',
        url(cycle, `/municipalities/${orgC.id}`),
        { version: 1, areas: [{ areaCode: 'A', rating: 'satisfied', comment: 'x'.repeat(4001) }] },
        400,
      ],
      [
        'POST',
        url(cycle, '/questionnaire'),
        { version: c.version, opensAt: `${year}-10-31`, closesAt: `${year}-10-01` },
        409,
      ],
      ['GET', url(cycle, '/report.pdf?lang=de'), undefined, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await coord.request(
        method as 'GET',
        path,
        body,
        typeof body === 'string' ? { 'content-type': 'application/json' } : {},
      );
      expect({ method, path, body, status: res.status }).toEqual({ method, path, body, status });
      expect(res.body.error.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(res.body.error.message.length).toBeGreaterThan(5);
    }
    expect((await coord.get(url(cycle))).body).toEqual(c);
  });

  it('records the joint valuation and the council’s decision, which closes the cycle', async () => {
    const council = await makeBody(env.database.db, w.county.id, w.orgA.id, 'Regionens samverkansråd', []);
    const c = (await coord.get(url(cycle))).body as Cycle;
    expect((await memberB.patch(url(cycle), { version: c.version, jointValuation: 'x' })).status).toBe(403);
    const badDate = await coord.patch(url(cycle), {
      version: c.version,
      decision: { date: '2026-02-30', bodyId: council.id, text: 'x' },
    });
    expect(badDate.status).toBe(400);
    const decided = await coord.patch(url(cycle), {
      version: c.version,
      jointValuation: 'Kommunerna är i stort sett nöjda.',
      jointValuationDate: `${year}-11-27`,
      recommendedChanges: 'Tydligare underlag inför beslut.',
      decision: {
        date: `${year}-12-12`,
        bodyId: council.id,
        text: 'Rådet godkänner uppföljningen.',
        caseNumber: `RUN/206/${year}`,
      },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: { bodyName: 'Regionens samverkansråd', caseNumber: `RUN/206/${year}` },
    });
    const byKind = (k: string) => decided.body.milestones.find((m: { kind: string }) => m.kind === k);
    expect(byKind('joint_valuation')).toMatchObject({ status: 'done', doneOn: `${year}-11-27` });
    expect(byKind('council_decision')).toMatchObject({ status: 'done', doneOn: `${year}-12-12` });
    expect((await coord.post(url(cycle, '/reports'), { areaCode: 'B', body: md('sent') })).body.error.code).toBe(
      'followup.decided',
    );
    const far = await coord.patch(url(cycle), {
      version: decided.body.version,
      decision: { date: `${year + 3}-12-12`, bodyId: council.id, text: 'x' },
    });
    expect(far.body.error.details[0].field).toBe('body.decision.date');
    // Taken back (entered by mistake): the cycle reopens and the milestone is to be reached again; then decided anew.
    const undone = await coord.patch(url(cycle), { version: decided.body.version, decision: null });
    expect(undone.body).toMatchObject({ status: 'open', decision: null });
    expect(undone.body.milestones.find((m: { kind: string }) => m.kind === 'council_decision')).toMatchObject({
      status: 'planned',
      doneOn: null,
    });
    const again = await coord.patch(url(cycle), {
      version: undone.body.version,
      decision: {
        date: `${year}-12-12`,
        bodyId: council.id,
        text: 'Rådet godkänner uppföljningen.',
        caseNumber: `RUN/206/${year}`,
      },
    });
    expect(again.body.status).toBe('decided');
    expect((await coord.patch(url(cycle), { version: c.version, jointValuation: 'gammal' })).status).toBe(409);
    const audit = (await reader.get(url(cycle, '/audit'))).body;
    expect(
      audit.some(
        (e: { after: { decisionText?: string } }) => e.after?.decisionText === 'Rådet godkänner uppföljningen.',
      ),
    ).toBe(true);
    expect(audit.some((e: { entityType: string }) => e.entityType === 'followup_feedback')).toBe(true);
  });

  it('hands out the compiled report as Word and PDF and every response as Excel and CSV', async () => {
    const fetch = (path: string) =>
      env.app.inject({
        method: 'GET',
        url: url(cycle, path),
        headers: { cookie: [...coord.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
    const docx = await fetch('/report.docx');
    expect(docx.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Rådet godkänner uppföljningen.');
    expect(xml).toContain('Lärcentra');
    const pdf = await fetch('/report.pdf?lang=en');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await fetch('/responses.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
    expect(values).toContain('FoU-rådet');
    expect(values).toContain('I stort sett nöjd');
    expect(values).toContain('Testby kommun');
    const csv = await fetch('/responses.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(seedAnswers.q6);
    const assessments = await fetch('/assessments.csv');
    expect(assessments.headers['content-disposition']).toContain('kommunernas-bedomningar');
    expect(assessments.body).toContain('Testby kommun');
    expect(assessments.body).toContain('Bra lärcentra');
    expect((await env.app.inject({ method: 'GET', url: url(cycle, '/report.pdf') })).statusCode).toBe(401);
  });
});
