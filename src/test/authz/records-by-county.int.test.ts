import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../harness.js';
import { makeOrganisation, makeUser } from '../factories.js';
import { makeAgreements } from '../../followup/test-fixtures.js';
import { fromSchema, type Context, type JsonSchema } from '../fuzz/schema-arbitrary.js';
import { loadDemo } from '../../app/demo/load.js';
import { DEMO_PASSWORD } from '../../app/demo/county.js';
import { queueMail } from '../../platform/mail/outbox.js';
import { matrix, type Entry } from './matrix.js';
import { expectedFor, type Answer, type Caller, type Place, type Role } from './policy-in-words.js';

/**
 * The authorisation matrix for every other kind of record (issue 11, "keep it held"): the demo's
 * Jämtland holds one of each — programme, initiative, assessment and its parts, agreement
 * template, agreement, index series, scale, questionnaire, follow-up cycle and its milestones,
 * reports and municipalities' feedback, a user account, a mail in the outbox, a body's meeting and
 * its §, a case and its document (issue 12) — plus drafts (a programme and a framework not
 * shared). Each route on them, generated from the OpenAPI document, is asked by every role
 * (administrator, coordinator, member of the owning region, member of a municipality, reader)
 * working in Jämtland (the record's own county) and in Uppsala län (another county), and by the
 * meeting's chair (a protocol names persons to adjust it, not roles), and must give the answer of
 * the policy's rules in words (./policy-in-words.ts).
 *
 * Requests are ones the contract accepts (sampled from the route's schemas), so that a refusal is
 * the policy's and not the validator's; a change carries a version the record is not at, so a
 * caller the policy lets through gets 409 and the fixture stays as it was for the next caller.
 * "Allowed" is therefore: a read answers 2xx, a change is not refused (no 401/403, no 404 for the
 * record asked about, no 5xx). Besides the status, no answer to a caller of one county may name a
 * record of the other or of the demo's third county, Hallands län (lists, records and refusals
 * alike), a draft is listed only to its own organisation, and a route with two ids answers 404 for
 * a child of another parent — of the same county or of Uppsala's records of the same kinds — and
 * leaves that child as it was.
 */
type Op = {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type Doc = { paths: Record<string, Record<string, Op>>; components?: { schemas?: Record<string, JsonSchema> } };
type Answered = { status: number; body: any };

/** The kinds of record asked about here, and the kind of record each matrix entry names. */
const kinds = [
  'programme',
  'initiative',
  'assessment',
  'agreementTemplate',
  'agreement',
  'indexSeries',
  'scale',
  'questionnaire',
  'cycle',
  'user',
  'mail',
  'draftProgramme',
  'draftFramework',
  'meeting',
  'case',
] as const;
type Kind = (typeof kinds)[number];
/** Draft kinds are asked through the routes of their shared counterpart. */
const routeKind: Record<Kind, string> = {
  ...(Object.fromEntries(kinds.map((k) => [k, k])) as Record<Kind, string>),
  draftProgramme: 'programme',
  draftFramework: 'framework',
};

const document = /\.(pdf|docx|xlsx)$/;
const isRead = (key: string) => key.startsWith('get ');

const richText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Redovisning.' }] }] };
/** Bodies written out where the schema cannot say what the contract wants (rich text). */
const bodies: Record<string, unknown> = {
  'post /api/followup-cycles/{id}/reports': { areaCode: 'A', municipalityId: null, body: richText },
  'patch /api/followup-cycles/{id}/reports/{reportId}': { body: richText, version: 1 },
  'patch /api/questionnaires/{id}': { title: { sv: 'Enkät', en: 'Questionnaire' }, version: 1 },
};
/**
 * Query strings written out where a sample would name nothing of the record: an extract is of the
 * meeting's own § (§ 73 of the demo's Regionfullmäktige), so that a caller allowed gets the document.
 */
const queries: Record<string, Record<string, string>> = {
  'get /api/meetings/{id}/extract.docx': { numbers: '73' },
  'get /api/meetings/{id}/extract.pdf': { numbers: '73' },
};
/** A small PDF: a case's document is checked by its bytes, so the upload must be one. */
const pdf =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
/**
 * Routes that take a file's own bytes rather than JSON (the schema has no body to sample): the
 * file, its content type and a query naming it as what it is, at a version the case is not at, so
 * that the policy answers and a caller it lets through gets 409 with the case as it was.
 */
const files: Record<string, { type: string; body: string; query: Record<string, string> }> = {
  'post /api/cases/{id}/documents': {
    type: 'application/pdf',
    body: pdf,
    query: { title: 'Tjänsteskrivelse', fileName: 'tjansteskrivelse.pdf', version: '1000000' },
  },
};

describe.each(engines)('the authorisation matrix: every kind of record, by role and county (%s)', (engine) => {
  let env: TestEnv;
  let doc: Doc;
  let admin: Client;
  const callers: (Caller & { name: string; client: Client; county: 'Jämtland' | 'Uppsala' })[] = [];
  const records = {} as Record<Kind, Place & { id: string }>;
  /** Ids for the second path parameter, by name (and for parts, by the segment before it). */
  const children: Record<string, string> = {};
  /** Record ids by county, to find one county's records in the other's answers. */
  const idsOf: Record<'Jämtland' | 'Uppsala', Set<string>> = { Jämtland: new Set(), Uppsala: new Set() };
  /** Record ids of a third county (the demo's Hallands län), which no answer to either may name. */
  const elsewhere = new Set<string>();
  let ctx: Context;
  /** For each second path parameter: a child of another parent (by where it lies) and that parent's URL. */
  let foreign: Record<string, Record<string, { id: string; parent: string }>> = {};

  beforeAll(async () => {
    env = await startTestEnv(engine);
    const db = env.database.db;
    await loadDemo(db);
    admin = await new Client(env.app).login('admin@samsyn.example', DEMO_PASSWORD);
    const counties = (await admin.get('/api/counties')).body as { id: string; name: string }[];
    const jamtland = counties.find((c) => c.name === 'Jämtlands län')!.id;
    const uppsala = counties.find((c) => c.name === 'Uppsala län')!.id;
    const orgs = (await admin.get('/api/organisations?limit=200')).body.items as {
      id: string;
      name: string;
      countyId: string;
    }[];
    for (const o of orgs) if (o.countyId === jamtland) idsOf.Jämtland.add(o.id);
    const org = (name: string) => orgs.find((o) => o.name === name)!.id;
    const region = org('Region Jämtland Härjedalen');
    const bracke = org('Bräcke kommun');
    const regionU = org('Region Uppsala');
    const knivsta = (
      await makeOrganisation(db, uppsala, { name: 'Knivsta kommun', type: 'municipality', municipalityCode: '0330' })
    ).id;

    // Jämtland: the demo's people (its member works for Bräcke kommun) and a member of the region.
    const demo = async (email: string) => new Client(env.app).login(email, DEMO_PASSWORD);
    const user = async (orgId: string, countyId: string, role: Role) =>
      new Client(env.app).login((await makeUser(db, orgId, countyId, role)).email);
    const lst = org('Länsstyrelsen i Jämtlands län');
    const lstU = org('Länsstyrelsen i Uppsala län');
    // Each caller's person too: a protocol names persons to adjust it, not roles.
    const add = async (
      name: string,
      county: 'Jämtland' | 'Uppsala',
      role: Role,
      organisationId: string,
      client: Client,
    ) => {
      const me = (await client.get('/api/auth/session')).body.user;
      expect(me, name).toMatchObject({ role, organisationId });
      callers.push({
        name,
        county,
        role,
        organisationId,
        countyId: county === 'Jämtland' ? jamtland : uppsala,
        personId: me.personId,
        client,
      });
    };
    await add('admin', 'Jämtland', 'admin', region, admin);
    await add('coordinator', 'Jämtland', 'coordinator', region, await demo('samordnare@samsyn.example'));
    await add('member of the region', 'Jämtland', 'member', region, await user(region, jamtland, 'member'));
    await add('member of a municipality', 'Jämtland', 'member', bracke, await demo('medlem@samsyn.example'));
    await add('reader', 'Jämtland', 'reader', lst, await demo('lasare@samsyn.example'));
    await add('admin', 'Uppsala', 'admin', lstU, await user(lstU, uppsala, 'admin'));
    await add('coordinator', 'Uppsala', 'coordinator', regionU, await user(regionU, uppsala, 'coordinator'));
    await add('member of the region', 'Uppsala', 'member', regionU, await user(regionU, uppsala, 'member'));
    await add('member of a municipality', 'Uppsala', 'member', knivsta, await user(knivsta, uppsala, 'member'));
    await add('reader', 'Uppsala', 'reader', lstU, await user(lstU, uppsala, 'reader'));
    const coordinator = callers[1].client;
    const ok = async (res: Promise<Answered>, status = 201) => {
      const r = await res;
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      return r.body;
    };

    // The demo's records in Jämtland.
    const place = (id: string, organisationId: string | null, draft = false) => ({
      id,
      countyId: jamtland,
      organisationId,
      draft,
    });
    const programme = (await admin.get('/api/programmes')).body.items[0];
    records.programme = place(programme.id, programme.organisationId);
    const initiatives = (await admin.get(`/api/programmes/${programme.id}/initiatives`)).body as any[];
    const assessed = initiatives.filter((i) => i.assessments.length);
    // A finished assessment and its next round (in progress, its parts carried over): the round is
    // asked about, the finished one is what it is compared with.
    const latest = await Promise.all(
      assessed.map(async (i) => (await admin.get(`/api/assessments/${i.assessments.at(-1).id}`)).body),
    );
    const finished = latest.find((a) => a.status === 'finished');
    expect(finished, 'a finished assessment in the demo').toBeDefined();
    const round = await admin.post(`/api/assessments/${finished.id}/reassess`);
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    const assessment = round.body;
    records.initiative = place(finished.initiative.id, programme.organisationId);
    records.assessment = place(assessment.id, programme.organisationId);
    children.otherId = finished.id;
    for (const part of ['impacts', 'actors', 'conflicts', 'actions']) {
      expect(assessment[part]?.length, part).toBeGreaterThan(0);
      children[part] = assessment[part][0].id;
    }
    const template = (await admin.get('/api/agreement-templates')).body.items[0];
    records.agreementTemplate = place(template.id, template.organisationId);
    const agreementId = (await admin.get('/api/agreements')).body.items[0].id as string;
    const disputed = await admin.post(`/api/agreements/${agreementId}/disputes`, {
      areas: ['A'],
      withholdBasisPoints: 1000,
      description: 'Oenighet om redovisningen.',
      openedOn: '2026-01-15',
    });
    expect(disputed.status, JSON.stringify(disputed.body)).toBe(201);
    children.disputeId = disputed.body.disputes[0].id;
    records.agreement = place(agreementId, template.organisationId);
    const series = (await admin.get('/api/index-series')).body.items[0];
    records.indexSeries = place(series.id, null);
    const scale = await coordinator.post('/api/survey-scales', {
      name: { sv: 'Fyrgradig skala', en: 'Four-point scale' },
      options: [
        { code: 'a', label: { sv: 'Inte alls', en: 'Not at all' } },
        { code: 'b', label: { sv: 'Helt', en: 'Fully' } },
      ],
    });
    expect(scale.status, JSON.stringify(scale.body)).toBe(201);
    records.scale = place(scale.body.id, null);
    const questionnaire = (await admin.get('/api/questionnaires')).body.items[0];
    records.questionnaire = place(questionnaire.id, questionnaire.organisationId);
    const cycle = (
      await admin.get(`/api/followup-cycles/${(await admin.get('/api/followup-cycles')).body.items[0].id}`)
    ).body;
    records.cycle = place(cycle.id, cycle.organisationId);
    children.milestoneId = cycle.milestones[0].id;
    children.reportId = cycle.reports[0].id;
    children.organisationId = bracke;
    const users = (await admin.get('/api/users')).body as { id: string; email: string }[];
    records.user = { ...place(users.find((u) => u.email === 'lasare@samsyn.example')!.id, lst), administration: true };
    const mailId = await queueMail(db, { to: 'någon@kommun.test', subject: 'Prov', text: 'Ett prov.' });
    records.mail = { ...place(mailId, null), administration: true };
    // Drafts of the region: a programme and a framework that are not shared.
    const draftProgramme = await coordinator.post('/api/programmes', { name: 'Utkast till program', shared: false });
    expect(draftProgramme.status, JSON.stringify(draftProgramme.body)).toBe(201);
    records.draftProgramme = place(draftProgramme.body.id, region, true);
    const draftFramework = await coordinator.post('/api/frameworks', {
      key: 'utkast-ramverk',
      kind: 'other',
      name: { sv: 'Utkast till ramverk', en: 'Draft framework' },
      ownerOrganisationId: region,
      shared: false,
    });
    expect(draftFramework.status, JSON.stringify(draftFramework.body)).toBe(201);
    records.draftFramework = place(draftFramework.body.id, region, true);
    const framework = draftFramework.body.framework ?? draftFramework.body;
    children.versionId = framework.draftVersionId ?? framework.currentVersionId;
    // The region's meetings and cases (issue 12, the demo's seed 003): Regionfullmäktige's meeting
    // with § 73 (held, its protocol not yet adjusted, so every route has something to say), and case
    // RS/333/2015 with a document, which the demo's cases do not have.
    const meetings = (await admin.get('/api/meetings?limit=500')).body.items as any[];
    const meetingOf = async (bodyName: string) => {
      const found = meetings.filter((m) => m.body.name === bodyName && m.countyId === jamtland);
      expect(found, bodyName).toHaveLength(1);
      return (await admin.get(`/api/meetings/${found[0].id}`)).body;
    };
    const demoCouncil = await meetingOf('Regionfullmäktige');
    expect(demoCouncil).toMatchObject({ organisationId: region, startDate: '2015-06-16', status: 'held' });
    // The extract of § 73 names neither the chair nor the adjusters, and with no one named the use
    // case answers 409 meeting.no_adjusters before the policy is asked. So two members present are
    // named, as the secretary would, and the chair gets an account of their own: adjusting is then
    // the policy's to answer, allowed to the chair alone and refused to every role alike.
    const [chair, second] = (demoCouncil.participants as any[]).filter((p) => p.personId);
    const fullCouncil = await ok(
      coordinator.put(`/api/meetings/${demoCouncil.id}/participants`, {
        version: demoCouncil.version,
        participants: demoCouncil.participants.map((p: any) => ({
          ...p,
          role: p.id === chair.id ? 'chair' : p.role,
          adjuster: p.adjuster || p.id === second.id,
        })),
      }),
      200,
    );
    const adjusters = fullCouncil.adjusters.map((a: { personId: string }) => a.personId) as string[];
    expect(adjusters.sort()).toEqual([chair.personId, second.personId].sort());
    expect(callers.filter((c) => adjusters.includes(c.personId!))).toEqual([]);
    const chairAccount = { email: 'ordforande@regionjh.example', password: 'ordförandens eget lösenord' };
    await ok(admin.post('/api/users', { ...chairAccount, personId: chair.personId, role: 'member' }));
    await add(
      'chair of Regionfullmäktige',
      'Jämtland',
      'member',
      region,
      await new Client(env.app).login(chairAccount.email, chairAccount.password),
    );
    records.meeting = { ...place(fullCouncil.id, fullCouncil.organisationId), adjusters };
    children.itemId = fullCouncil.items.find((i: { number: number }) => i.number === 73).id;
    const caseNumbered = async (q: string) => {
      const found = (await admin.get(`/api/cases?${new URLSearchParams({ q })}`)).body.items as any[];
      expect(found.map((c) => c.registrationNumber)).toEqual([q]);
      return found[0];
    };
    const motion = await caseNumbered('RS/333/2015');
    records.case = place(motion.id, motion.organisationId);
    children.documentId = (await upload(admin, motion.id, motion.version)).documents[0].id;

    // The other side: Uppsala län's records of the same kinds, made by its coordinator (and the
    // agreements by the region's use cases, as the demo makes Jämtland's).
    const coordinatorU = callers[6].client;
    const programmeU = await ok(coordinatorU.post('/api/programmes', { name: 'Program i Uppsala', shared: true }));
    const initiativeU = await ok(
      coordinatorU.post(`/api/programmes/${programmeU.id}/initiatives`, { name: 'Insats i Uppsala', shared: true }),
    );
    const assessmentU = await ok(coordinatorU.post(`/api/initiatives/${initiativeU.id}/assessments`, {}));
    const actorBody = { relation: 'affected', presence: 'present', power: 3, interest: 3, stance: 'neutral' };
    const withActorU = await ok(
      coordinatorU.post(`/api/assessments/${assessmentU.id}/actors`, { ...actorBody, name: 'Invånare' }),
    );
    const seriesU = await ok(coordinatorU.post('/api/index-series', { name: 'Index i Uppsala' }));
    const scaleU = await ok(
      coordinatorU.post('/api/survey-scales', {
        name: { sv: 'Skala i Uppsala', en: 'Scale in Uppsala' },
        options: [
          { code: 'x', label: { sv: 'Nej', en: 'No' } },
          { code: 'y', label: { sv: 'Ja', en: 'Yes' } },
        ],
      }),
    );
    const { template: templateU, issued: issuedU } = await makeAgreements(db, uppsala, regionU, [knivsta]);
    const disputeU = await ok(
      admin.post(`/api/agreements/${issuedU[0].id}/disputes`, {
        areas: ['A'],
        withholdBasisPoints: 500,
        openedOn: '2026-02-01',
      }),
    );
    const cycleU = await ok(coordinatorU.post('/api/followup-cycles', { templateId: templateU.id, year: 2026 }));
    const reportU = await ok(
      coordinatorU.post(`/api/followup-cycles/${cycleU.id}/reports`, bodies['post /api/followup-cycles/{id}/reports']),
    );
    // A body of Region Uppsala, its meeting and §, and a case of the region with a document.
    const bodyU = await ok(
      coordinatorU.post('/api/bodies', { organisationId: regionU, type: 'executive_board', name: 'Regionstyrelsen' }),
    );
    const meetingU = await ok(
      coordinatorU.post(`/api/bodies/${bodyU.id}/meetings`, { startDate: '2026-02-10', place: 'Regionens hus' }),
    );
    const itemU = await ok(
      coordinatorU.post(`/api/meetings/${meetingU.id}/items`, {
        title: 'Budget 2027',
        decision: ['Regionstyrelsen föreslår regionfullmäktige att fastställa budgeten.'],
      }),
    );
    const caseU = await ok(
      coordinatorU.post('/api/cases', {
        organisationId: regionU,
        series: 'RS',
        year: 2026,
        title: 'Budget 2027',
        firstStep: { bodyId: bodyU.id, kind: 'decision' },
      }),
    );
    const documentU = (await upload(coordinatorU, caseU.id, caseU.version)).documents[0];
    const frameworksU = (await callers[9].client.get('/api/frameworks')).body.items as any[];
    const councilU = frameworksU.find((f) => f.countyId === uppsala);
    const usersU = (await admin.get('/api/users')).body as { id: string; personId: string; organisationId: string }[];
    for (const id of [
      programmeU.id,
      initiativeU.id,
      assessmentU.id,
      seriesU.id,
      scaleU.id,
      templateU.id,
      issuedU[0].id,
      cycleU.id,
      councilU.id,
      bodyU.id,
      meetingU.id,
      itemU.id,
      caseU.id,
      documentU.id,
      knivsta,
      regionU,
      lstU,
      ...usersU.filter((u) => [regionU, lstU, knivsta].includes(u.organisationId)).flatMap((u) => [u.id, u.personId]),
    ])
      idsOf.Uppsala.add(id);
    // Region Halland's meeting, its § 67 and its case (the demo's seed 004).
    const halland = org('Region Halland');
    elsewhere.add(halland);
    for (const m of meetings.filter((x) => x.organisationId === halland)) {
      elsewhere.add(m.id);
      for (const i of (await admin.get(`/api/meetings/${m.id}`)).body.items) elsewhere.add(i.id);
    }
    for (const c of (await admin.get(`/api/cases?organisationId=${halland}`)).body.items) elsewhere.add(c.id);
    expect(elsewhere.size, 'Region Halland, its meeting, § and case').toBeGreaterThanOrEqual(4);
    // Children of another parent: in Uppsala, and of Jämtland's other records of the same kind.
    const otherCycle = (
      await admin.get(`/api/followup-cycles/${(await admin.get('/api/followup-cycles')).body.items[1].id}`)
    ).body;
    const secondAgreement = (await admin.get('/api/agreements')).body.items[1].id as string;
    const secondDispute = await ok(
      admin.post(`/api/agreements/${secondAgreement}/disputes`, {
        areas: ['B'],
        withholdBasisPoints: 0,
        openedOn: '2026-03-01',
      }),
    );
    // Another meeting's § (Regionstyrelsen § 161) and another case's document (RS/881/2015).
    const board = await meetingOf('Regionstyrelsen');
    const otherItem = board.items.find((i: { number: number }) => i.number === 161).id as string;
    const cero = await caseNumbered('RS/881/2015');
    const otherDocument = (await upload(admin, cero.id, cero.version)).documents[0].id as string;
    foreign = {
      itemId: {
        'another meeting': { id: otherItem, parent: `/api/meetings/${board.id}/items/${otherItem}` },
        'another county': { id: itemU.id, parent: `/api/meetings/${meetingU.id}/items/${itemU.id}` },
      },
      documentId: {
        'another case': { id: otherDocument, parent: `/api/cases/${cero.id}` },
        'another county': { id: documentU.id, parent: `/api/cases/${caseU.id}` },
      },
      actor: {
        'another assessment': { id: finished.actors[0].id, parent: `/api/assessments/${finished.id}` },
        'another county': { id: withActorU.actors[0].id, parent: `/api/assessments/${assessmentU.id}` },
      },
      otherId: {
        'another county': { id: assessmentU.id, parent: `/api/assessments/${assessmentU.id}` },
      },
      disputeId: {
        'another agreement': { id: secondDispute.disputes[0].id, parent: `/api/agreements/${secondAgreement}` },
        'another county': { id: disputeU.disputes[0].id, parent: `/api/agreements/${issuedU[0].id}` },
      },
      milestoneId: {
        'another cycle': { id: otherCycle.milestones[0].id, parent: `/api/followup-cycles/${otherCycle.id}` },
        'another county': { id: cycleU.milestones[0].id, parent: `/api/followup-cycles/${cycleU.id}` },
      },
      reportId: {
        ...(otherCycle.reports.length
          ? { 'another cycle': { id: otherCycle.reports[0].id, parent: `/api/followup-cycles/${otherCycle.id}` } }
          : {}),
        'another county': { id: reportU.reports?.[0]?.id ?? reportU.id, parent: `/api/followup-cycles/${cycleU.id}` },
      },
      organisationId: {
        'another county': { id: knivsta, parent: `/api/followup-cycles/${cycleU.id}` },
      },
      versionId: {
        'another county': { id: councilU.currentVersionId, parent: `/api/frameworks/${councilU.id}` },
      },
    };
    for (const part of ['impacts', 'conflicts', 'actions'])
      if (finished[part]?.length)
        foreign[part.slice(0, -1)] = {
          'another assessment': { id: finished[part][0].id, parent: `/api/assessments/${finished.id}` },
        };

    doc = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    ctx = { components: doc.components?.schemas ?? {}, ids: [region] };
    for (const r of Object.values(records)) idsOf.Jämtland.add(r.id);
    for (const id of Object.values(children)) idsOf.Jämtland.add(id);
  }, 300_000);
  afterAll(() => env?.close());

  /** A case's document: the file's own bytes under their content type, as the web uploads it. */
  async function upload(client: Client, caseId: string, version: number) {
    const query = new URLSearchParams({ ...files['post /api/cases/{id}/documents'].query, version: String(version) });
    const res = await client.request('POST', `/api/cases/${caseId}/documents?${query}`, pdf, {
      'content-type': 'application/pdf',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  /** The routes on one record of a kind held here (the framework's only for its draft). */
  const routesOf = (kind: Kind) =>
    Object.entries(matrix).filter(([, e]) => e.record === routeKind[kind] && e.action !== 'public');

  const sample = (schema: JsonSchema, seed: number) =>
    fc.sample(fromSchema(schema, ctx, 0, 0), { numRuns: 1, seed })[0];

  /** The URL and body of a request on the record of a kind, sampled from the route's schemas with one seed. */
  function request(key: string, kind: Kind, seed: number, given: Record<string, string> = {}) {
    const [method, path] = key.split(' ');
    const op = doc.paths[path][method];
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (given[name]) return given[name];
      if (name === 'id') return records[kind].id;
      if (name === 'partId') return children[path.split('/').at(-2)!];
      if (children[name]) return children[name];
      const p = op.parameters!.find((x) => x.in === 'path' && x.name === name)!;
      return encodeURIComponent(String(sample(p.schema, seed)));
    });
    const file = files[key];
    if (file)
      return {
        method: method.toUpperCase() as 'GET',
        url: `${url}?${new URLSearchParams(file.query)}`,
        body: file.body as unknown,
        headers: { 'content-type': file.type },
      };
    const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
    const full = queries[key]
      ? `${url}?${new URLSearchParams(queries[key])}`
      : query.length
        ? `${url}?${new URLSearchParams(query.map((p) => [p.name, String(sample(p.schema, seed))]))}`
        : url;
    const schema = op.requestBody?.content?.['application/json']?.schema;
    let body = bodies[key] ?? (schema ? sample(schema, seed) : undefined);
    // A version the record is not at: the policy answers first, then the version refuses the change.
    if (body && typeof body === 'object' && !Array.isArray(body) && 'version' in body) {
      body = { ...body, version: 1_000_000 };
    }
    return { method: method.toUpperCase() as 'GET', url: full, body, headers: {} as Record<string, string> };
  }

  /**
   * A request the contract accepts. The JSON Schema does not say everything a contract checks (its
   * refinements), so seeds are tried until the validator lets the request through to the policy.
   * The probe is a reader of another county, whom the policy lets change nothing: the validator
   * answers the same for every signed-in caller, and before the policy.
   */
  const accepted = new Map<string, number>();
  async function valid(key: string, kind: Kind, given: Record<string, string> = {}) {
    const known = accepted.get(`${key} ${kind}`);
    if (known !== undefined) return request(key, kind, known, given);
    const probe = callers.find((c) => c.role === 'reader' && c.county === 'Uppsala')!.client;
    for (let seed = 1; seed <= 40; seed++) {
      const r = request(key, kind, seed, given);
      const res = await probe.request(r.method, r.url, r.body, r.headers);
      if (res.body?.error?.code !== 'request.validation_failed') {
        accepted.set(`${key} ${kind}`, seed);
        return r;
      }
    }
    throw new Error(`no request the contract of ${key} accepts in 40 tries`);
  }

  const judge = (want: Answer, key: string, res: Answered, askedId: string) => {
    const code = res.body?.error?.code ?? '';
    if (res.status >= 500) return false;
    if (want === 'allowed') {
      if (isRead(key)) return res.status >= 200 && res.status < 300;
      // Not refused by the policy (401, 403) nor for the record asked about (404). The request got
      // past the contract's validator (see `valid`), so a 400 here is a use case's own check, after the policy.
      const notFoundHere = res.status === 404 && res.body?.error?.details?.id === askedId;
      return ![401, 403].includes(res.status) && !notFoundHere;
    }
    if (want === 'forbidden') return res.status === 403 && code === 'auth.forbidden';
    return (res.status === 404 && code === 'record.not_found') || (res.status === 403 && code === 'auth.forbidden');
  };

  /** Ids of the other county's records anywhere in an answer. */
  const leaks = (county: 'Jämtland' | 'Uppsala', body: unknown) => {
    const other = [...idsOf[county === 'Jämtland' ? 'Uppsala' : 'Jämtland'], ...elsewhere];
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
    return other.filter((id) => text.includes(id));
  };

  it('answers each role, in the record’s county and in another, as the policy says', async () => {
    const wrong: string[] = [];
    const cells: Record<string, number> = {};
    for (const kind of kinds) {
      for (const [key, entry] of routesOf(kind)) {
        const target: Place = { ...records[kind], organisationId: ownerFor(entry, kind, key) };
        for (const caller of callers) {
          const want = expectedFor(caller, entry, target);
          // Documents take a while to make: the read rule is the record's own (asked of everyone
          // above), so they are made for two of the callers allowed (the least role, the other county's admin).
          if (document.test(key) && want === 'allowed' && !(caller.role === 'reader' || caller.county === 'Uppsala'))
            continue;
          const { method, url, body, headers } = await valid(key, kind);
          const res = await caller.client.request(method, url, body, headers);
          cells[kind] = (cells[kind] ?? 0) + 1;
          if (!judge(want, key, res, records[kind].id)) {
            const code = res.body?.error?.code ?? '';
            wrong.push(
              `${caller.name} (${caller.county}) ${key} [${kind}]: expected ${want}, got ${res.status} ${code}`,
            );
          }
          // Whatever the answer, it names no record of the other county but the one asked about.
          if (caller.role !== 'admin') {
            const seen = leaks(caller.county, res.body).filter((id) => !url.includes(id));
            if (seen.length) wrong.push(`${caller.name} (${caller.county}) ${key}: names ${seen.join(', ')}`);
          }
        }
      }
    }
    console.info(`[${engine}] cells by kind`, cells);
    expect(Object.keys(cells).sort()).toEqual([...kinds].sort());
    expect(wrong).toEqual([]);
  }, 600_000);

  it('lists to each caller only their own county’s records (and built-in ones)', async () => {
    const wrong: string[] = [];
    let checked = 0;
    const lists = Object.entries(doc.paths).filter(
      ([path, ops]) =>
        ops.get &&
        !path.includes('{') &&
        !path.startsWith('/api/auth/') &&
        !(ops.get.parameters ?? []).some((p) => p.in === 'query' && p.required),
    );
    // Every list the administrator sees names the records of both counties: the rest of the test means something.
    const everything = JSON.stringify(await Promise.all(lists.map(async ([path]) => (await admin.get(path)).body)));
    for (const county of ['Jämtland', 'Uppsala'] as const)
      expect([...idsOf[county]].filter((id) => everything.includes(id)).length, county).toBeGreaterThan(5);
    for (const caller of callers.filter((c) => c.role !== 'admin')) {
      for (const [path] of lists) {
        const res = await caller.client.get(path);
        checked++;
        if (res.status === 403) continue; // administration (lists-by-role.int.test.ts)
        if (res.status !== 200) wrong.push(`${caller.name} (${caller.county}) ${path}: ${res.status}`);
        const seen = leaks(caller.county, res.body);
        if (seen.length)
          wrong.push(`${caller.name} (${caller.county}) ${path}: names the other county's ${seen.join(', ')}`);
        // A draft is listed only to its own organisation.
        for (const kind of ['draftProgramme', 'draftFramework'] as const) {
          const ownDraft = caller.organisationId === records[kind].organisationId;
          const listed = JSON.stringify(res.body).includes(records[kind].id);
          if (listed && !ownDraft) wrong.push(`${caller.name} (${caller.county}) ${path}: lists another's ${kind}`);
          if (ownDraft && path === `/api/${routeKind[kind]}s` && !listed)
            wrong.push(`${caller.name} (${caller.county}) ${path}: does not list its own ${kind}`);
        }
        const counties = new Set<string>();
        JSON.stringify(res.body, (k, v) => (k === 'countyId' && v != null && counties.add(v), v));
        counties.delete(caller.countyId);
        if (counties.size) wrong.push(`${caller.name} (${caller.county}) ${path}: records of county ${[...counties]}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  }, 300_000);

  it('answers 404 for a child of another parent or county, and leaves that child as it was', async () => {
    const wrong: string[] = [];
    let checked = 0;
    const twoIds = Object.entries(matrix).filter(
      ([key, e]) => (key.match(/\{/g) ?? []).length === 2 && Object.values(routeKind).includes(e.record ?? ''),
    );
    // Routes whose second parameter names no record (a step, a party, a year) have nothing to mix up.
    const childParam = (key: string) => {
      const name = key.match(/\{(\w+)\}[^{]*$/)![1];
      return name === 'partId' ? key.split('/').at(-2)!.slice(0, -1) : name;
    };
    // Parameters that name no child of the record: another county's is refused all the same, as the
    // policy (403) or as not the cycle's municipality (400) or, for an administrator who may read
    // both, as assessments of different initiatives (400) — never read nor changed.
    const alsoRight: Record<string, string[]> = {
      otherId: ['403 auth.forbidden', '400 assessment.different_initiatives'],
      organisationId: ['400 followup.not_municipality'],
    };
    const asking = callers.filter((c) => c.county === 'Jämtland' && ['admin', 'coordinator'].includes(c.role));
    // Adjusting is asked of the chair too, whom the policy lets through to look for the §.
    const adjusting = callers.filter((c) => records.meeting.adjusters?.includes(c.personId ?? ''));
    expect(adjusting.map((c) => c.name)).toEqual(['chair of Regionfullmäktige']);
    for (const [key, entry] of twoIds) {
      const cases = foreign[childParam(key)];
      if (!cases) continue;
      const kind = kinds.find((k) => routeKind[k] === entry.record)!;
      for (const [where, child] of Object.entries(cases)) {
        const before = (await admin.get(child.parent)).body;
        for (const caller of entry.action === 'adjust' ? [...asking, ...adjusting] : asking) {
          const param = key.match(/\{(\w+)\}[^{]*$/)![1];
          const { method, url, body, headers } = await valid(key, kind, { [param]: child.id });
          const res = await caller.client.request(method, url, body, headers);
          const answer = `${res.status} ${res.body?.error?.code ?? ''}`;
          checked++;
          // A caller the rules refuse the route on the record itself (adjusting, to whoever is not
          // named for the protocol) is answered 403 before the child is looked at.
          const refused = expectedFor(caller, entry, records[kind]) === 'forbidden' ? ['403 auth.forbidden'] : [];
          const right = ['404 record.not_found', ...(alsoRight[param] ?? []), ...refused];
          if (!right.includes(answer))
            wrong.push(`${caller.name} ${key} with a child of ${where}: ${res.status} ${res.body?.error?.code ?? ''}`);
        }
        const after = (await admin.get(child.parent)).body;
        if (JSON.stringify(after) !== JSON.stringify(before)) wrong.push(`${key}: the child of ${where} was changed`);
      }
    }
    console.info(`[${engine}] two-id cells`, checked);
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  }, 300_000);

  /** Whose a record is, for the rule: a municipality's feedback is the municipality's. */
  function ownerFor(entry: Entry, kind: Kind, key: string) {
    if (entry.subject === 'feedback' && key.includes('{organisationId}')) return children.organisationId;
    return records[kind].organisationId;
  }
});
