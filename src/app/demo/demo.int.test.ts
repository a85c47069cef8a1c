import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestEnv, type TestEnv } from '../../test/harness.js';
import { DEMO_PASSWORD } from './county.js';
import { loadDemo } from './load.js';
import { organisations } from '../../organisations/index.js';
import { eq } from 'drizzle-orm';
import { reservationOf73 } from '../../meetings/protocol/fixtures.js';
import { findMeeting, itemsOfMeeting } from '../../meetings/repository.js';

// The demo must make sense to a Swedish official: each record belongs where it does in reality.
describe('the demo data', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startTestEnv('pglite');
    await loadDemo(env.database.db);
  }, 120_000);
  afterAll(() => env.close());

  it("puts Uppsala's Council for Social Sustainability framework in Uppsala län, with its county board", async () => {
    const admin = await new Client(env.app).login('admin@samsyn.example', DEMO_PASSWORD);
    const counties = (await admin.get('/api/counties')).body as { id: string; name: string }[];
    const uppsala = counties.find((c) => c.name === 'Uppsala län');
    expect(uppsala).toBeDefined();
    const frameworks = (await admin.get('/api/frameworks')).body.items as {
      key: string;
      countyId: string | null;
      ownerOrganisationName: string | null;
    }[];
    const council = frameworks.find((f) => f.key === 'uppsala-social-sustainability-priorities');
    expect(council).toMatchObject({ countyId: uppsala!.id, ownerOrganisationName: 'Länsstyrelsen i Uppsala län' });

    // A Jämtland coordinator neither sees nor uses another county's council areas.
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const seen = (await coord.get('/api/frameworks')).body.items as { key: string }[];
    expect(seen.map((f) => f.key)).not.toContain('uppsala-social-sustainability-priorities');
  });

  // Issue 10 item 4: the responses CSV said the demo's load time ("export time") for every response.
  it('exports each named response with the time it was submitted, as the invitations list shows it', async () => {
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const cycles = (await coord.get('/api/followup-cycles')).body.items as { id: string; year: number }[];
    const earlier = cycles.at(-1)!;
    const cycle = (await coord.get(`/api/followup-cycles/${earlier.id}`)).body as { questionnaireId: string };
    const invited = (await coord.get(`/api/questionnaires/${cycle.questionnaireId}/invitations`)).body as {
      bodyName: string | null;
      name: string;
      completedAt: string | null;
    }[];
    const shown = (iso: string) =>
      new Date(iso).toLocaleString('sv-SE', {
        timeZone: 'Europe/Stockholm',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    const csv = (await coord.get(`/api/followup-cycles/${earlier.id}/responses.csv`)).body as string;
    const rows = csv
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((r) => r.split(';'));
    const at = rows[0].indexOf('Inskickat');
    const who = rows[0].indexOf('Svarande');
    const body = rows[0].indexOf('Samverkansorgan');
    expect(rows.length - 1).toBe(invited.filter((i) => i.completedAt).length);
    // One person may answer for several bodies (the demo's Daniel Åström chairs three): a response is
    // its body's and respondent's, and each was submitted on its own day.
    for (const r of rows.slice(1)) {
      const inv = invited.find((i) => i.bodyName === r[body] && i.name === r[who]);
      expect(inv?.completedAt, `${r[body]} / ${r[who]}`).toBeTruthy();
      expect(r[at]).toBe(shown(inv!.completedAt!));
      expect(r[at].startsWith(String(earlier.year))).toBe(true);
    }
    expect(new Set(rows.slice(1).map((r) => r[at])).size).toBe(rows.length - 1);
  });
  // Issue 12 item 9: seed 003's motion through three bodies and into the council, as the seed records it.
  it('takes RS/333/2015 through presidium § 38, Regionstyrelsen § 161 and Regionfullmäktige § 73, then to the council', async () => {
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const cases = (await coord.get('/api/cases?limit=100')).body.items as { id: string; registrationNumber: string }[];
    const motion = cases.find((c) => c.registrationNumber === 'RS/333/2015')!;
    const c = (await coord.get(`/api/cases/${motion.id}`)).body;
    expect(c).toMatchObject({
      kind: 'motion',
      organisationName: 'Region Jämtland Härjedalen',
      motion: { submittedBy: 'Berit Johansson', party: 'C', overdue: false },
    });
    type Step = {
      bodyName: string;
      kind: string;
      item: { number: number; date: string } | null;
      raisedFrom: { number: number } | null;
    };
    expect(
      (c.steps as Step[]).map((s) => [
        s.bodyName,
        s.kind,
        s.item?.number ?? null,
        s.item?.date ?? null,
        s.raisedFrom?.number ?? null,
      ]),
    ).toEqual([
      ['Regionfullmäktiges presidium', 'preparation', 38, '2015-05-13', null],
      ['Regionstyrelsen', 'proposal', 161, '2015-05-26', null],
      ['Regionfullmäktige', 'decision', 73, '2015-06-16', null],
      ['Regionens samverkansråd', 'preparation', null, null, 73],
    ]);

    const rf = (c.steps as (Step & { item: { meetingId: string; id: string } })[])[2].item;
    const meeting = (await coord.get(`/api/meetings/${rf.meetingId}`)).body;
    expect(meeting).toMatchObject({ startDate: '2015-06-16', endDate: '2015-06-17', body: { type: 'full_council' } });
    const s73 = (await coord.get(`/api/meetings/${rf.meetingId}/items/${rf.id}`)).body;
    const name = (id: string) => meeting.participants.find((p: { id: string }) => p.id === id);
    expect(s73.decision).toEqual([
      'Motionen anses besvarad.',
      'Region Jämtland Härjedalen uppmuntrar länets kommuner att ansluta sig till Tillgänglighets- och jämställdhetskartan (ToJ) som ett led i regionens jämställdhetsarbete.',
      'Frågan ska behandlas i Regionens samverkansråd.',
    ]);
    expect(s73.motions).toMatchObject([{ id: 'berit', kind: 'approval' }]);
    expect(name(s73.motions[0].by[0])).toMatchObject({ name: 'Berit Johansson', party: 'C' });
    expect(s73.propositions.map((p: { finding: string }) => p.finding)).toEqual([
      'fullmäktiges presidiums förslag antaget',
      'det antaget',
    ]);
    expect(s73.statements[0].by.map((id: string) => name(id).name)).toEqual(['Margareta Winberg', 'Monalisa Norrman']);
    expect(s73.reservations).toHaveLength(1);
    expect(s73.reservations[0].inFavourOf).toBe('berit');
    expect(s73.reservations[0].by.map((id: string) => [name(id).name, name(id).party])).toEqual(
      reservationOf73.map((p) => [p.name, p.party]),
    );
    expect(s73.reservations[0].by).toHaveLength(17);

    // Regionstyrelsen § 161: Elin Lemon's motion, supported by three, both propositions found adopted.
    const rs = (c.steps as (Step & { item: { meetingId: string; id: string } })[])[1].item;
    const s161 = (await coord.get(`/api/meetings/${rs.meetingId}/items/${rs.id}`)).body;
    expect(s161.motions.map((m: { id: string; supports: string | null }) => [m.id, m.supports])).toEqual([
      ['lemon', null],
      ['support-lemon', 'lemon'],
    ]);
    expect(s161.motions[1].by).toHaveLength(3);
  });

  it('has Regionstyrelsen § 144 (RS/881/2015) raised to Regionens samverkansråd', async () => {
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const cases = (await coord.get('/api/cases?limit=100')).body.items as { id: string; registrationNumber: string }[];
    const cero = (await coord.get(`/api/cases/${cases.find((c) => c.registrationNumber === 'RS/881/2015')!.id}`)).body;
    expect(cero.title).toBe('Åtgärder för att minska koldioxidutsläpp för resor');
    expect(
      cero.steps.map((s: { bodyName: string; item: { number: number } | null }) => [
        s.bodyName,
        s.item?.number ?? null,
      ]),
    ).toEqual([
      ['Regionstyrelsen', 144],
      ['Regionens samverkansråd', null],
    ]);
    const { meetingId, id } = cero.steps[0].item;
    const s144 = (await coord.get(`/api/meetings/${meetingId}/items/${id}`)).body;
    expect(s144.recipients).toMatchObject([{ name: 'Miljöstrateg, Regionala utvecklingsnämnden' }]);
    expect(s144.basis).toHaveLength(3);
  });

  // Seed 004: Region Halland's arbetsutskott § 67, adjusted and announced, on the public notice board.
  it("announces Region Halland's arbetsutskott § 67 on 2019-03-12, the appeal period ending 2019-04-02", async () => {
    const [halland] = await env.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, 'Region Halland'));
    const anonymous = new Client(env.app);
    const board = await anonymous.get(`/public/notice-board/${halland.id}`);
    expect(board.status).toBe(200);
    expect(board.body.organisation.name).toBe('Region Halland');
    expect(board.body.items).toMatchObject([
      {
        body: 'Regionstyrelsens arbetsutskott',
        adjustedOn: '2019-03-11',
        postedOn: '2019-03-12',
        appealEndsOn: '2019-04-02',
        keptAt: 'Regionkontoret, Region Halland',
      },
    ]);
    const pdf = await anonymous.request('GET', new URL(board.body.items[0].protocolUrl).pathname);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // The § as the seed has it: four decision points where the proposal had three, four recipients.
    const [{ meetingId }] = board.body.items;
    const m = await findMeeting(env.database.db, meetingId);
    expect(m).toMatchObject({ status: 'announced', body: { type: 'working_committee' } });
    expect(m.adjusters.map((a) => [a.name, a.role, a.approvedAt?.slice(0, 10)])).toEqual([
      ['Mikaela Waltersson', 'chair', '2019-03-11'],
      ['Lise-Lotte Bensköld Olsson', 'adjuster', '2019-03-11'],
    ]);
    expect(m.items.map((i) => [i.number, i.registrationNumber])).toEqual([[67, 'RS/1020/2018']]);
    const [row] = await itemsOfMeeting(env.database.db, meetingId);
    const content = row.content as {
      decision: string[];
      proposal: { points: string[] };
      recipients: { name: string }[];
      basis: { title: string }[];
    };
    expect(content.proposal.points).toHaveLength(3);
    expect(content.decision).toHaveLength(4);
    expect(content.decision[3]).toContain('Patrik Thorsson Nilsson (S)');
    expect(content.recipients.map((r) => r.name)).toEqual([
      'Hälso- och sjukvårdsutskottet',
      'Tillväxtutskottet',
      'Länsstyrelsen',
      'Hallands kommuner',
    ]);
    expect(content.basis).toEqual([{ title: 'Tjänsteskrivelse avstämning Modellregion 2019' }]);
  });
});
