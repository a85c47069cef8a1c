import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Assessment } from './contract.js';

const rus = {
  format: 'samsyn.framework/v1',
  key: 'rus-assess-test',
  kind: 'rus',
  name: { sv: 'RUS Testlän', en: 'RDS Test county' },
  items: [
    {
      code: 'A',
      level: 'area',
      name: { sv: 'Kompetens', en: 'Skills' },
      children: [{ code: 'A.1', level: 'goal', name: { sv: 'Livslångt lärande', en: 'Lifelong learning' } }],
    },
    {
      code: 'C',
      level: 'area',
      name: { sv: 'Resurssnålt', en: 'Resource-efficient' },
      children: [
        { code: 'C.1', level: 'goal', name: { sv: 'Begränsad klimatpåverkan', en: 'Limited climate impact' } },
      ],
    },
  ],
};

describe.each(engines)('assessments API on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let item: (code: string, key?: string) => Promise<string>;
  let programmeId: string;
  let initiativeId: string;
  let a: Assessment;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
    const f = (await coord.request('POST', '/api/frameworks/import?shared=true', rus)).body;
    await coord.post(`/api/frameworks/${f.id}/publish`, { version: f.version });
    const frameworks = (await coord.get('/api/frameworks?limit=100')).body.items as {
      id: string;
      key: string;
      currentVersionId: string;
    }[];
    item = async (code, key = 'agenda2030') => {
      const fw = frameworks.find((x) => x.key === key)!;
      const hits = (await coord.get(`/api/frameworks/${fw.id}/items?q=${encodeURIComponent(code)}`)).body as {
        id: string;
        code: string;
      }[];
      return hits.find((h) => h.code === code)!.id;
    };
    const rusVersion = (await coord.get(`/api/frameworks/${f.id}`)).body.version.id;
    const p = await coord.post('/api/programmes', {
      name: 'Regionalt serviceprogram',
      rusVersionId: rusVersion,
      shared: true,
    });
    expect(p.status).toBe(201);
    expect(p.body.stakeholderGroups).toEqual(['Medborgare', 'Servicegivare', 'Offentliga intressenter']);
    programmeId = p.body.id;
  });
  afterAll(() => env?.close());

  it('creates an initiative naming the programme’s stakeholder groups, refusing unknown ones', async () => {
    const bad = await coord.post(`/api/programmes/${programmeId}/initiatives`, {
      name: 'X',
      stakeholderGroups: ['Turister'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('initiative.unknown_stakeholder_group');
    const res = await coord.post(`/api/programmes/${programmeId}/initiatives`, {
      name: 'Servicepunkter i glesbygd',
      stakeholderGroups: ['Medborgare', 'Servicegivare'],
      startDate: '2025-01-01',
      shared: true,
    });
    expect(res.status).toBe(201);
    initiativeId = res.body.id;
    const started = await coord.post(`/api/initiatives/${initiativeId}/assessments`, {});
    expect(started.status).toBe(201);
    a = started.body;
    expect(a.number).toBe(1);
    expect(a.frameworks.map((f) => f.kind)).toEqual(['rus', 'agenda2030']);
    expect((await coord.post(`/api/initiatives/${initiativeId}/assessments`, {})).body.error.code).toBe(
      'assessment.in_progress_exists',
    );
  });

  it('rates RUS goals in step 1 and Agenda 2030 goals and targets in step 2, refusing items of other frameworks', async () => {
    const rusGoal = await item('C.1', 'rus-assess-test');
    a = (
      await coord.post(`/api/assessments/${a.id}/impacts`, {
        step: 1,
        itemId: rusGoal,
        effect: 'both',
        motivation: 'Färre resor men mer transporter',
      })
    ).body;
    const wrongStep = await coord.post(`/api/assessments/${a.id}/impacts`, {
      step: 1,
      itemId: await item('9.1'),
      effect: 'positive',
    });
    expect(wrongStep.status).toBe(400);
    expect(wrongStep.body.error.code).toBe('assessment.item_not_in_framework');
    const envObj = await item('1', 'environmental-objectives');
    expect(
      (await coord.post(`/api/assessments/${a.id}/impacts`, { step: 2, itemId: envObj, effect: 'negative' })).body.error
        .code,
    ).toBe('assessment.item_not_in_framework');

    a = (
      await coord.post(`/api/assessments/${a.id}/impacts`, {
        step: 2,
        itemId: await item('9'),
        effect: 'positive',
        directness: 'direct',
        relevanceRank: 1,
        motivation: 'Bättre infrastruktur',
      })
    ).body;
    a = (
      await coord.post(`/api/assessments/${a.id}/impacts`, {
        step: 2,
        itemId: await item('9.1'),
        effect: 'positive',
        directness: 'direct',
      })
    ).body;
    a = (
      await coord.post(`/api/assessments/${a.id}/impacts`, {
        step: 2,
        itemId: await item('15.5'),
        effect: 'negative',
        directness: 'indirect',
      })
    ).body;
    a = (
      await coord.post(`/api/assessments/${a.id}/impacts`, { step: 2, itemId: await item('5.5'), effect: 'unknown' })
    ).body;
    const dup = await coord.post(`/api/assessments/${a.id}/impacts`, {
      step: 2,
      itemId: await item('9.1'),
      effect: 'negative',
    });
    expect(dup.status).toBe(409);
    const badEffect = await coord.post(`/api/assessments/${a.id}/impacts`, {
      step: 2,
      itemId: await item('3.1'),
      effect: 'great',
    });
    expect(badEffect.status).toBe(400);
    expect(badEffect.body.error.details[0].field).toBe('body.effect');
    expect(a.goals.find((g) => g.goal === '9')).toMatchObject({ positive: 2, negative: 0, net: 2, direct: 2 });
    expect(a.goals.find((g) => g.goal === '15')).toMatchObject({ negative: 1, net: -1, indirect: 1 });
    expect(a.goals.find((g) => g.goal === '5')).toMatchObject({ unknown: 1, net: 0 });
    // Issue 10 item 5: "no positions needed" with a note on them is contradictory and refused.
    const contradictory = await coord.patch(`/api/assessments/${a.id}`, {
      version: a.version,
      positionsNeeded: { '1': { needed: false, note: 'Klimat mot tillgänglighet' } },
    });
    expect(contradictory.status).toBe(400);
    expect(contradictory.body.error.code).toBe('assessment.position_note_without_need');
    expect(contradictory.body.error.details.field).toBe('positionsNeeded.1.note');
    a = (
      await coord.patch(`/api/assessments/${a.id}`, {
        version: a.version,
        positionsNeeded: { '1': { needed: true, note: 'Klimat mot tillgänglighet' } },
      })
    ).body;
    expect(a.positionsNeeded['1']).toEqual({ needed: true, note: 'Klimat mot tillgänglighet' });
    // Unticking without the note is accepted and leaves no note behind.
    const unticked = (
      await coord.patch(`/api/assessments/${a.id}`, {
        version: a.version,
        positionsNeeded: { '1': { needed: false, note: null } },
      })
    ).body as Assessment;
    expect(unticked.positionsNeeded['1']).toEqual({ needed: false, note: null });
    a = (
      await coord.patch(`/api/assessments/${a.id}`, {
        version: unticked.version,
        positionsNeeded: { '1': { needed: true, note: 'Klimat mot tillgänglighet' } },
      })
    ).body;
    a = (await coord.put(`/api/assessments/${a.id}/gates/1`, { decision: 'continue', reason: 'Linjerar med RUS' }))
      .body;
    expect(a.gates[0]).toMatchObject({
      step: 1,
      decision: 'continue',
      decidedBy: expect.stringContaining('coordinator'),
    });
    const blind = await coord.put(`/api/assessments/${a.id}/gates/1`, {
      decision: 'stop',
      reason: 'Utan att ha sett beslutet',
    });
    expect(blind.status).toBe(409);
    expect(blind.body.error.details.current.decision).toBe('continue');
    a = (
      await coord.put(`/api/assessments/${a.id}/gates/1`, {
        decision: 'continue',
        reason: 'Går i linje med RUS och klimatmålen',
        version: a.gates[0].version,
      })
    ).body;
    expect(a.gates[0]).toMatchObject({ reason: 'Går i linje med RUS och klimatmålen', version: 2 });
  });

  it('maps actors into quadrants, lists missing ones first, and refuses a power of 7', async () => {
    const seven = await coord.post(`/api/assessments/${a.id}/actors`, {
      organisationId: w.orgB.id,
      relation: 'affected',
      presence: 'present',
      power: 7,
      interest: 3,
      stance: 'neutral',
    });
    expect(seven.status).toBe(400);
    expect(seven.body.error.details[0]).toMatchObject({ field: 'body.power' });
    const nameless = await coord.post(`/api/assessments/${a.id}/actors`, {
      relation: 'affected',
      presence: 'present',
      power: 2,
      interest: 3,
      stance: 'neutral',
    });
    expect(nameless.body.error.code).toBe('assessment.actor_identity');
    a = (
      await coord.post(`/api/assessments/${a.id}/actors`, {
        organisationId: w.orgB.id,
        relation: 'both',
        presence: 'present',
        power: 5,
        interest: 5,
        stance: 'supportive',
      })
    ).body;
    a = (
      await coord.post(`/api/assessments/${a.id}/actors`, {
        name: 'Lanthandlarna',
        relation: 'affected',
        presence: 'missing',
        power: 2,
        interest: 5,
        stance: 'neutral',
      })
    ).body;
    expect(a.actors.map((x) => [x.name, x.quadrant])).toEqual([
      ['Lanthandlarna', 'keep_informed'],
      ['Testby kommun', 'manage_closely'],
    ]);
    expect(a.counts.missingActors).toBe(1);
  });

  it('records conflicts with a position taken, and actions traceable to what they answer', async () => {
    const body = (
      await coord.post('/api/bodies', { organisationId: w.orgA.id, type: 'council', name: 'Regionens samverkansråd' })
    ).body;
    const goal9 = a.impacts.find((i) => i.code === '9')!;
    const t155 = a.impacts.find((i) => i.code === '15.5')!;
    const badSide = await coord.post(`/api/assessments/${a.id}/conflicts`, {
      kind: 'goal',
      foundInStep: 2,
      a: { itemId: goal9.itemId, text: 'också text' },
      b: { itemId: t155.itemId },
      severity: 'high',
    });
    expect(badSide.body.error.code).toBe('assessment.side_invalid');
    a = (
      await coord.post(`/api/assessments/${a.id}/conflicts`, {
        kind: 'goal',
        foundInStep: 2,
        a: { itemId: goal9.itemId },
        b: { itemId: t155.itemId },
        severity: 'high',
        description: 'Nya vägar mot biologisk mångfald',
      })
    ).body;
    let c = a.conflicts[0];
    expect(c.a.label.sv).toMatch(/^9 /);
    expect(c.status).toBe('open');
    a = (
      await coord.patch(`/api/assessments/${a.id}/conflicts/${c.id}`, {
        version: c.version,
        position: {
          text: 'Biologisk mångfald väger tyngst vid lokalisering',
          bodyId: body.id,
          date: '2025-03-01',
          caseNumber: 'RUN/206/2015',
        },
      })
    ).body;
    c = a.conflicts[0];
    expect(c.status).toBe('position_taken');
    const cleared = await coord.patch(`/api/assessments/${a.id}/conflicts/${c.id}`, {
      version: c.version,
      position: null,
    });
    expect(cleared.body.error.code).toBe('assessment.position_required');
    expect(c.position).toMatchObject({ bodyName: 'Regionens samverkansråd', caseNumber: 'RUN/206/2015' });
    const stale = await coord.patch(`/api/assessments/${a.id}/conflicts/${c.id}`, { version: 1, severity: 'low' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.severity).toBe('high');

    const noResponsible = await coord.post(`/api/assessments/${a.id}/actions`, {
      title: 'Minimera påverkan',
      answersType: 'conflict',
      answersId: c.id,
      deadline: '2025-06-30',
    });
    expect(noResponsible.body.error.code).toBe('action.responsible_required');
    const tooEarly = await coord.post(`/api/assessments/${a.id}/actions`, {
      title: 'Minimera påverkan',
      answersType: 'conflict',
      answersId: c.id,
      deadline: '2024-06-30',
      responsibleOrganisationId: w.orgA.id,
    });
    expect(tooEarly.body.error.code).toBe('action.deadline_before_start');
    expect(tooEarly.body.error.details.field).toBe('deadline');
    a = (
      await coord.post(`/api/assessments/${a.id}/actions`, {
        title: 'Minimera den negativa påverkan på biologisk mångfald',
        answersType: 'conflict',
        answersId: c.id,
        deadline: '2025-06-30',
        responsibleOrganisationId: w.orgA.id,
      })
    ).body;
    const missing = a.actors.find((x) => x.presence === 'missing')!;
    a = (
      await coord.post(`/api/assessments/${a.id}/actions`, {
        title: 'Bjud in lanthandlarna',
        answersType: 'actor',
        answersId: missing.id,
        deadline: '2099-01-31',
        responsiblePersonId: w.coordinator.person.id,
        status: 'ongoing',
      })
    ).body;
    expect(a.actions.map((x) => [x.title, x.overdue])).toEqual([
      ['Minimera den negativa påverkan på biologisk mångfald', true],
      ['Bjud in lanthandlarna', false],
    ]);
    expect(a.actions[0].answersLabel.sv).toContain('↔');
    expect(a.counts).toMatchObject({ overdueActions: 1, openConflicts: 0 });
    const init = (await coord.get(`/api/initiatives/${initiativeId}`)).body;
    const later = await coord.patch(`/api/initiatives/${initiativeId}`, {
      version: init.version,
      startDate: '2026-01-01',
    });
    expect(later.status).toBe(400);
    expect(later.body.error).toMatchObject({
      code: 'action.deadline_before_start',
      details: { field: 'startDate', earliestDeadline: '2025-06-30' },
    });

    a = (
      await coord.post(`/api/assessments/${a.id}/comments`, {
        targetType: 'conflict',
        targetId: c.id,
        text: 'Ta upp i rådet igen i höst',
      })
    ).body;
    expect(a.comments[0]).toMatchObject({ targetId: c.id, text: 'Ta upp i rådet igen i höst' });

    const list = (await coord.get(`/api/programmes/${programmeId}/conflicts`)).body;
    expect(list).toHaveLength(1);
    expect(list[0].initiativeName).toBe('Servicepunkter i glesbygd');
    const overview = (await coord.get(`/api/programmes/${programmeId}/overview`)).body;
    expect(overview.rows[0]).toMatchObject({ name: 'Servicepunkter i glesbygd', overdueActions: 1 });
    expect(overview.rows[0].goals).toHaveLength(17);
  });

  it('says who may start a programme for another organisation, and refuses a member who tries', async () => {
    const memberB = await new Client(env.app).login(w.memberB.email);
    expect((await coord.get('/api/programmes')).body.abilities).toEqual({ create: true, chooseOwner: true });
    expect((await memberB.get('/api/programmes')).body.abilities).toEqual({ create: true, chooseOwner: false });
    const forA = await memberB.post('/api/programmes', {
      name: 'Åt någon annan',
      shared: true,
      organisationId: w.orgA.id,
    });
    expect(forA.status).toBe(403);
    const byCoordinator = await coord.post('/api/programmes', {
      name: 'Åt B',
      shared: true,
      organisationId: w.orgB.id,
    });
    expect(byCoordinator.status).toBe(201);
    expect(byCoordinator.body.organisationId).toBe(w.orgB.id);
  });

  it('never lets a shared initiative or programme expose what its organisation has not shared', async () => {
    const memberB = await new Client(env.app).login(w.memberB.email);
    const hidden = (await memberB.post('/api/programmes', { name: 'Intern plan', shared: false })).body;
    const sharedInside = await memberB.post(`/api/programmes/${hidden.id}/initiatives`, {
      name: 'Försök',
      shared: true,
    });
    expect(sharedInside.status).toBe(400);
    expect(sharedInside.body.error.details[0].field).toBe('shared');
    // A draft framework of organisation B cannot become part of a shared assessment.
    const draft = (await memberB.request('POST', '/api/frameworks/import', { ...rus, key: 'testby-hemlig-rus' })).body;
    await memberB.post(`/api/frameworks/${draft.id}/publish`, { version: draft.version });
    const draftVersion = (await memberB.get(`/api/frameworks/${draft.id}`)).body.version.id;
    const shared = await memberB.post('/api/programmes', {
      name: 'Delat program',
      shared: true,
      rusVersionId: draftVersion,
    });
    expect(shared.status).toBe(400);
    expect(shared.body.error.code).toBe('programme.rus_not_found');
    // Nor can the coordinator use B's draft RUS for a programme of their own.
    const foreign = await coord.post('/api/programmes', {
      name: 'Lånad RUS',
      shared: false,
      rusVersionId: draftVersion,
    });
    expect(foreign.body.error.code).toBe('programme.rus_not_found');
    const envDraft = (
      await memberB.post('/api/frameworks', {
        key: 'testby-miljo',
        kind: 'other',
        name: { sv: 'Testbys miljöprogram', en: 'Testby environment' },
      })
    ).body;
    const sharedProgramme = (await memberB.post('/api/programmes', { name: 'Delat B', shared: true })).body;
    const init = (
      await memberB.post(`/api/programmes/${sharedProgramme.id}/initiatives`, { name: 'Delad insats', shared: true })
    ).body;
    const start = await memberB.post(`/api/initiatives/${init.id}/assessments`, { frameworkIds: [envDraft.id] });
    expect(start.status).toBe(400);
    expect(start.body.error.details.field).toBe('frameworkIds');
    // Each refusal names its own reason (they all said "not in the framework" before).
    expect(start.body.error.code).toBe('assessment.framework_not_shared');
    const hiddenInit = (await memberB.post(`/api/programmes/${hidden.id}/initiatives`, { name: 'Eget försök' })).body;
    const unpublished = await memberB.post(`/api/initiatives/${hiddenInit.id}/assessments`, {
      frameworkIds: [envDraft.id],
    });
    expect(unpublished.status).toBe(400);
    expect(unpublished.body.error.code).toBe('assessment.framework_unpublished');
    expect(unpublished.body.error.details).toMatchObject({ field: 'frameworkIds', frameworkId: envDraft.id });
    const rusChosen = await memberB.post(`/api/initiatives/${hiddenInit.id}/assessments`, { frameworkIds: [draft.id] });
    expect(rusChosen.status).toBe(400);
    expect(rusChosen.body.error.code).toBe('assessment.rus_from_programme');
  });

  it('keeps a chosen framework while it has ratings', async () => {
    const envFramework = (await coord.get('/api/frameworks?kind=environmental_objectives')).body.items[0];
    const init = (
      await coord.post(`/api/programmes/${programmeId}/initiatives`, { name: 'Miljöprövad insats', shared: true })
    ).body;
    let x: Assessment = (
      await coord.post(`/api/initiatives/${init.id}/assessments`, { frameworkIds: [envFramework.id] })
    ).body;
    expect(x.frameworks.map((f) => f.kind)).toContain('environmental_objectives');
    x = (
      await coord.post(`/api/assessments/${x.id}/impacts`, {
        step: 2,
        itemId: await item('1', 'environmental-objectives'),
        effect: 'negative',
      })
    ).body;
    const dropped = await coord.patch(`/api/assessments/${x.id}`, { version: x.version, frameworkIds: [] });
    expect(dropped.status).toBe(400);
    expect(dropped.body.error.details.field).toBe('frameworkIds');
    expect(dropped.body.error.code).toBe('assessment.framework_has_ratings');
    expect((await coord.get(`/api/assessments/${x.id}`)).body.impacts).toHaveLength(1);
  });

  it('reads a programme with its organisation, RUS and count of initiatives, only where the policy lets', async () => {
    const initiatives = (await coord.get(`/api/programmes/${programmeId}/initiatives`)).body as unknown[];
    const read = await coord.get(`/api/programmes/${programmeId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: programmeId,
      organisationId: w.orgA.id,
      organisationName: 'Region Test',
      countyId: w.county.id,
      rusName: { sv: 'RUS Testlän', en: 'RDS Test county' },
      rusVersionNumber: 1,
      initiativeCount: initiatives.length,
      abilities: { update: true, addInitiative: true },
    });
    expect(initiatives.length).toBeGreaterThan(0);
    const reader = await new Client(env.app).login(w.reader.email);
    expect((await reader.get(`/api/programmes/${programmeId}`)).body.abilities).toEqual({
      update: false,
      addInitiative: false,
    });
    // A programme without a RUS, not shared: its own organisation reads it and its initiatives, no one else.
    const memberB = await new Client(env.app).login(w.memberB.email);
    const draft = (await memberB.post('/api/programmes', { name: 'Eget utkast', shared: false })).body;
    expect((await memberB.get(`/api/programmes/${draft.id}`)).body).toMatchObject({
      organisationName: 'Testby kommun',
      rusName: null,
      rusVersionNumber: null,
      initiativeCount: 0,
    });
    expect((await memberB.get(`/api/programmes/${draft.id}/initiatives`)).body).toEqual([]);
    expect((await coord.get(`/api/programmes/${draft.id}`)).status).toBe(403);
    expect((await coord.get(`/api/programmes/${draft.id}/initiatives`)).status).toBe(403);
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await outsider.get(`/api/programmes/${programmeId}`)).status).toBe(403);
    expect((await outsider.get(`/api/programmes/${programmeId}/initiatives`)).status).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await coord.get(`/api/programmes/${unknown}`)).status).toBe(404);
    expect((await coord.get(`/api/programmes/${unknown}/initiatives`)).status).toBe(404);
  });

  it('hides an initiative that is not shared from other organisations', async () => {
    const own = await coord.post(`/api/programmes/${programmeId}/initiatives`, {
      name: 'Intern insats',
      shared: false,
    });
    const memberB = await new Client(env.app).login(w.memberB.email);
    expect((await memberB.get(`/api/initiatives/${own.body.id}`)).status).toBe(403);
    expect(
      (await memberB.get(`/api/programmes/${programmeId}/initiatives`)).body.map((i: { name: string }) => i.name),
    ).not.toContain('Intern insats');
    expect((await memberB.get(`/api/initiatives/${initiativeId}`)).status).toBe(200);
    // Reading and commenting on a shared assessment is open to colleagues; changing it is not.
    expect(
      (
        await memberB.post(`/api/assessments/${a.id}/comments`, {
          targetType: 'assessment',
          targetId: a.id,
          text: 'Bra arbete',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await memberB.post(`/api/assessments/${a.id}/actors`, {
          name: 'X',
          relation: 'affected',
          presence: 'present',
          power: 1,
          interest: 1,
          stance: 'neutral',
        })
      ).status,
    ).toBe(403);
  });

  it('finishes (read-only), re-assesses from it and compares the two versions', async () => {
    const finished = (await coord.post(`/api/assessments/${a.id}/finish`, { version: a.version })).body;
    expect(finished.status).toBe('finished');
    const locked = await coord.post(`/api/assessments/${a.id}/actors`, {
      name: 'Sent',
      relation: 'affected',
      presence: 'present',
      power: 1,
      interest: 1,
      stance: 'neutral',
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('assessment.finished');

    const second: Assessment = (await coord.post(`/api/assessments/${a.id}/reassess`)).body;
    expect(second).toMatchObject({ number: 2, status: 'in_progress', basedOnId: a.id });
    expect(second.impacts).toHaveLength(a.impacts.length);
    expect(second.conflicts[0].position?.caseNumber).toBe('RUN/206/2015');
    expect(second.actions).toHaveLength(2);
    const lanthandlarna = second.actors.find((x) => x.name === 'Lanthandlarna')!;
    let b = (
      await coord.patch(`/api/assessments/${second.id}/actors/${lanthandlarna.id}`, {
        version: lanthandlarna.version,
        presence: 'present',
      })
    ).body;
    b = (
      await coord.post(`/api/assessments/${second.id}/impacts`, {
        step: 2,
        itemId: await item('8.2'),
        effect: 'positive',
        directness: 'indirect',
      })
    ).body;
    const cmp = (await coord.get(`/api/assessments/${second.id}/compare/${a.id}`)).body;
    expect(cmp.from.number).toBe(1);
    expect(cmp.to.number).toBe(2);
    expect(cmp.impacts).toEqual([expect.objectContaining({ change: 'added', key: 'agenda2030|8.2' })]);
    expect(cmp.actors).toEqual([expect.objectContaining({ change: 'changed', fields: ['presence'] })]);
    expect(cmp.conflicts).toEqual([]);
    const audit = (await coord.get(`/api/assessments/${a.id}/audit`)).body;
    expect(audit.length).toBeGreaterThan(10);
    expect(b.initiative.assessments.map((x: { number: number }) => x.number)).toEqual([2, 1]);
  });

  it('hands out the report as Word and PDF in Swedish and English, and the pictures as SVG', async () => {
    const docx = await coord.request('GET', `/api/assessments/${a.id}/report.docx?lang=sv`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toContain('hallbarhetssakring-servicepunkter-i-glesbygd-v1-sv.docx');
    const raw = await env.app.inject({
      method: 'GET',
      url: `/api/assessments/${a.id}/report.docx?lang=sv`,
      headers: { cookie: [...coord.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const zip = await JSZip.loadAsync(raw.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Servicepunkter i glesbygd');
    expect(text).toContain('Biologisk mångfald väger tyngst vid lokalisering');
    expect(text).toContain('Minimera den negativa påverkan på biologisk mångfald');

    const pdfRes = await env.app.inject({
      method: 'GET',
      url: `/api/assessments/${a.id}/report.pdf?lang=en`,
      headers: { cookie: [...coord.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(pdfRes.rawPayload));
    const { text: pdfText } = await extractText(pdf, { mergePages: true });
    const flat = pdfText.replace(/\s+/g, '');
    expect(flat).toContain('Servicepunkteriglesbygd');
    expect(flat).toContain('RUN/206/2015');
    expect(flat).toContain('Step4');

    const wheel = await coord.request('GET', `/api/assessments/${a.id}/wheel.svg`);
    expect(wheel.headers['content-type']).toContain('image/svg+xml');
    expect(String(wheel.body)).toContain('<title');
    const stranger = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await stranger.request('GET', `/api/assessments/${a.id}/report.pdf`)).status).toBe(403);
  });
});
