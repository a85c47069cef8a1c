import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { DEMO_PASSWORD } from '../app/demo/county.js';
import { loadDemo } from '../app/demo/load.js';
import { questionnaires } from '../surveys/schema.js';
import { agreementWorkFor } from '../agreements/index.js';
import type { Actor } from '../policy/policy.js';
import type { MyWork, WorkGroupKey, WorkItem, WorkQuery } from './contract.js';

// Issue 10 item 12: the overview is the person's work — what waits for them, scoped by the policy.
describe.each(engines)('GET /api/my-work over the demo county on %s', (engine) => {
  let env: TestEnv;
  const login = (who: string) => new Client(env.app).login(`${who}@samsyn.example`, DEMO_PASSWORD);
  const work = async (c: Client) => {
    const r = await c.get('/api/my-work');
    expect(r.status).toBe(200);
    return r.body as MyWork;
  };
  const group = (w: MyWork, key: WorkGroupKey) => w.groups.find((g) => g.key === key)!;
  const titles = (w: MyWork, key: WorkGroupKey) => group(w, key).items.map((i) => i.title);
  const linked = (w: MyWork) => w.groups.flatMap((g) => g.items.map((i) => i.link.id));

  let jamtland: string;
  let bracke: string;
  /** Records made in Uppsala län, which nobody in Jämtland may see. */
  const uppsalaIds: string[] = [];
  let brackeDraft: string;
  let uppsala: string;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    await loadDemo(env.database.db);
    const admin = await login('admin');
    const coord = await login('samordnare');
    const member = await login('medlem');
    jamtland = (await work(coord)).scope.countyId!;
    bracke = (await work(member)).scope.organisationId!;

    // Uppsala län: an assessment with a position to take and an overdue action, and an open questionnaire.
    const counties = (await admin.get('/api/counties')).body as { id: string; name: string }[];
    uppsala = counties.find((c) => c.name === 'Uppsala län')!.id;
    const orgs = (await admin.get(`/api/organisations?countyId=${uppsala}`)).body.items as { id: string }[];
    const p = await admin.post('/api/programmes', {
      organisationId: orgs[0].id,
      name: 'Uppsalas program',
      shared: true,
    });
    expect(p.status).toBe(201);
    const i = await admin.post(`/api/programmes/${p.body.id}/initiatives`, {
      name: 'Uppsalas insats',
      startDate: '2024-01-01',
      shared: true,
    });
    const a = await admin.post(`/api/initiatives/${i.body.id}/assessments`, {});
    expect(a.status).toBe(201);
    let u = (
      await admin.patch(`/api/assessments/${a.body.id}`, {
        positionsNeeded: { '1': { needed: true, note: 'Uppsalas avvägning' } },
        version: a.body.version,
      })
    ).body;
    u = (
      await admin.post(`/api/assessments/${u.id}/actors`, {
        name: 'Uppsalas aktör',
        relation: 'affected',
        presence: 'missing',
        power: 2,
        interest: 2,
        stance: 'neutral',
      })
    ).body;
    const late = await admin.post(`/api/assessments/${u.id}/actions`, {
      title: 'Uppsalas försenade åtgärd',
      answersType: 'actor',
      answersId: u.actors[0].id,
      responsibleOrganisationId: orgs[0].id,
      deadline: '2024-01-31',
    });
    expect(late.status, JSON.stringify(late.body)).toBe(201);
    const q = await admin.post('/api/questionnaires', {
      organisationId: orgs[0].id,
      title: { sv: 'Uppsalas enkät', en: "Uppsala's questionnaire" },
      opensAt: '2024-01-01',
      closesAt: '2099-12-31',
    });
    expect(q.status).toBe(201);
    await env.database.db.update(questionnaires).set({ status: 'open' }).where(eq(questionnaires.id, q.body.id));
    uppsalaIds.push(a.body.id, q.body.id);

    // Jämtland: an open conflict without a position in the assessment in step 3, and an action of
    // that assessment that Bräcke is responsible for, already late.
    const programmes = (await coord.get('/api/programmes')).body.items as { id: string }[];
    const initiatives = (await coord.get(`/api/programmes/${programmes[0].id}/initiatives`)).body as {
      name: string;
      assessments: { id: string }[];
    }[];
    const delivery = initiatives.find((x) => x.name === 'Hemsändning av dagligvaror')!.assessments[0].id;
    const d = await coord.post(`/api/assessments/${delivery}/conflicts`, {
      kind: 'interest',
      foundInStep: 3,
      a: { text: 'Butikerna' },
      b: { text: 'Hemsändningen' },
      description: 'Hemsändning konkurrerar med butikerna',
      severity: 'medium',
    });
    expect(d.status).toBe(201);
    const act = await coord.post(`/api/assessments/${delivery}/actions`, {
      title: 'Bräckes försenade åtgärd',
      answersType: 'conflict',
      answersId: d.body.conflicts[0].id,
      responsibleOrganisationId: bracke,
      deadline: '2025-06-30',
      status: 'ongoing',
    });
    expect(act.status, JSON.stringify(act.body)).toBe(201);

    // Bräcke's own draft assessment: a member's work, seen by no coordinator of another organisation.
    const bp = await member.post('/api/programmes', { name: 'Bräckes eget program' });
    expect(bp.status).toBe(201);
    const bi = await member.post(`/api/programmes/${bp.body.id}/initiatives`, { name: 'Bräckes utkast' });
    const ba = await member.post(`/api/initiatives/${bi.body.id}/assessments`, {});
    expect(ba.status).toBe(201);
    brackeDraft = ba.body.id;
  }, 180_000);
  afterAll(() => env.close());

  it('asks for a signed-in person', async () => {
    const r = await new Client(env.app).get('/api/my-work');
    expect(r.status).toBe(401);
  });

  it("gives a coordinator of Jämtland the county's work, each item linked, and nothing of Uppsala", async () => {
    const w = await work(await login('samordnare'));
    expect(w.scope).toEqual({ countyId: jamtland, organisationId: null });
    expect(w.groups.map((g) => g.key)).toEqual([
      'assessmentsToFinish',
      'positionsToTake',
      'overdueActions',
      'milestonesComing',
      'noticeDeadlines',
      'openQuestionnaires',
    ]);
    expect(titles(w, 'assessmentsToFinish')).toEqual([
      'Digital service och kompetens för medborgare',
      'Hemsändning av dagligvaror',
    ]);
    // The assessments' current steps: the first one not passed through its gate.
    expect(group(w, 'assessmentsToFinish').items.map((i) => i.step)).toEqual([1, 3]);
    expect(group(w, 'positionsToTake').items).toEqual([
      expect.objectContaining({
        kind: 'conflict',
        title: 'Hemsändning konkurrerar med butikerna',
        context: 'Hemsändning av dagligvaror',
        step: 3,
        state: 'open',
      }),
    ]);
    // Late actions, oldest deadline first, of finished assessments too; done ones are not waiting.
    expect(group(w, 'overdueActions').items.map((i) => [i.title, i.dueDate, i.state])).toEqual([
      ['Bräckes försenade åtgärd', '2025-06-30', 'ongoing'],
      ['Ta fram könsuppdelad statistik över användningen', '2025-09-30', 'planned'],
      ['Samordna varutransporter till servicepunkterna', '2025-12-31', 'ongoing'],
    ]);
    const milestones = group(w, 'milestonesComing');
    expect(milestones.total).toBeGreaterThan(0);
    for (const m of milestones.items) {
      expect(m.link.kind).toBe('followupCycle');
      expect(m.state).not.toBe('done');
      expect(m.dueDate! <= addDays(w.today, w.horizonDays)).toBe(true);
      expect(m.milestone).toMatch(/^[a-z_]+$/);
    }
    expect(milestones.items.map((m) => m.dueDate)).toEqual([...milestones.items.map((m) => m.dueDate)].sort());
    const open = group(w, 'openQuestionnaires');
    expect(open.total).toBe(1);
    expect(open.items[0]).toMatchObject({ kind: 'questionnaire', state: 'open', link: { kind: 'questionnaire' } });
    expect(open.items[0].response!.invited).toBeGreaterThan(open.items[0].response!.answered);
    expect(open.items[0].response!.answered).toBeGreaterThan(0);
    for (const g of w.groups) expect(g.total).toBeGreaterThanOrEqual(g.items.length);
    expect(linked(w)).not.toContain(brackeDraft);
    for (const id of uppsalaIds) expect(linked(w)).not.toContain(id);
  });

  it("gives a reader the county's shared work, not other organisations' drafts nor Uppsala's", async () => {
    const coord = await work(await login('samordnare'));
    const w = await work(await login('lasare'));
    expect(w.scope).toEqual({ countyId: jamtland, organisationId: null });
    for (const key of ['assessmentsToFinish', 'positionsToTake', 'overdueActions', 'openQuestionnaires'] as const)
      expect(group(w, key)).toEqual(group(coord, key));
    expect(linked(w)).not.toContain(brackeDraft);
    for (const id of uppsalaIds) expect(linked(w)).not.toContain(id);
  });

  it("gives a municipality member their organisation's work and what it is responsible for", async () => {
    const w = await work(await login('medlem'));
    expect(w.scope).toEqual({ countyId: jamtland, organisationId: bracke });
    expect(group(w, 'assessmentsToFinish').items).toEqual([
      expect.objectContaining({ title: 'Bräckes utkast', link: { kind: 'assessment', id: brackeDraft } }),
    ]);
    expect(titles(w, 'positionsToTake')).toEqual([]);
    expect(titles(w, 'overdueActions')).toEqual(['Bräckes försenade åtgärd']);
    // Bräcke is party to the agreement followed up, so the follow-up's milestones are its work too.
    const coord = await work(await login('samordnare'));
    expect(group(w, 'milestonesComing')).toEqual(group(coord, 'milestonesComing'));
    for (const id of uppsalaIds) expect(linked(w)).not.toContain(id);
  });

  it("gives an administrator every county's work", async () => {
    const w = await work(await login('admin'));
    expect(w.scope).toEqual({ countyId: null, organisationId: null });
    expect(titles(w, 'assessmentsToFinish')).toEqual(
      expect.arrayContaining(['Uppsalas insats', 'Bräckes utkast', 'Hemsändning av dagligvaror']),
    );
    expect(group(w, 'positionsToTake').items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'position', title: 'Uppsalas avvägning', step: 1 })]),
    );
    expect(titles(w, 'overdueActions')).toContain('Uppsalas försenade åtgärd');
    expect(group(w, 'openQuestionnaires').items.map((i) => i.titleEn)).toContain("Uppsala's questionnaire");
    for (const id of uppsalaIds) expect(linked(w)).toContain(id);
  });

  it('lists the notice deadlines of the next 60 days, once the day comes near', async () => {
    // The demo's agreements run 2015–2017 and are extended three years at a time with twelve
    // months' notice: the deadline for ending them at 2026-12-31 is 2025-12-31.
    const coordinator: Actor = {
      userId: '00000000-0000-0000-0000-000000000001',
      personId: '',
      organisationId: '',
      countyId: jamtland,
      role: 'coordinator',
      name: 'Test',
      email: '',
    };
    const q = (today: string, organisationId: string | null = null): WorkQuery => ({
      today,
      until: addDays(today, 60),
      organisationId,
      personId: null,
      limit: 50,
    });
    const near = (await agreementWorkFor(env.database.db, coordinator, q('2025-11-15'))).noticeDeadlines;
    expect(near.total).toBeGreaterThan(1);
    expect(new Set(near.items.map((i: WorkItem) => i.dueDate))).toEqual(new Set(['2025-12-31']));
    expect(near.items.every((i) => i.kind === 'notice' && i.link.kind === 'agreement')).toBe(true);
    expect((await agreementWorkFor(env.database.db, coordinator, q('2025-10-01'))).noticeDeadlines.total).toBe(0);
    const own = await agreementWorkFor(env.database.db, { ...coordinator, role: 'member' }, q('2025-11-15', bracke));
    expect(own.noticeDeadlines.items.map((i) => i.context)).toEqual(['Bräcke kommun']);
    const elsewhere = await agreementWorkFor(env.database.db, { ...coordinator, countyId: uppsala }, q('2025-11-15'));
    expect(elsewhere.noticeDeadlines.total).toBe(0);
  });
});

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
