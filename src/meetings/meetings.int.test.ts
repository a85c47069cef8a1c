import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeUser, world } from '../test/factories.js';

type P = { id: string; name: string; personId: string | null };

describe.each(engines)('meetings, §§, adjusting and the notice board on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let reader: Client;
  let chair: Client;
  let adjuster: Client;
  let body: { id: string };
  let people: Record<'chair' | 'adjuster' | 'lemon' | 'andersson' | 'absent' | 'substitute', { id: string }>;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
    reader = await new Client(env.app).login(w.reader.email);
    body = (
      await coord.post('/api/bodies', { organisationId: w.orgA.id, type: 'executive_board', name: 'Regionstyrelsen' })
    ).body;
    const db = env.database.db;
    const u = {
      chair: await makeUser(db, w.orgA.id, w.county.id, 'reader'),
      adjuster: await makeUser(db, w.orgA.id, w.county.id, 'reader'),
      lemon: await makeUser(db, w.orgA.id, w.county.id, 'reader'),
      andersson: await makeUser(db, w.orgA.id, w.county.id, 'reader'),
      absent: await makeUser(db, w.orgA.id, w.county.id, 'reader'),
      substitute: await makeUser(db, w.orgA.id, w.county.id, 'reader'),
    };
    const roles = {
      chair: 'chair',
      adjuster: 'member',
      lemon: 'member',
      andersson: 'member',
      absent: 'member',
      substitute: 'substitute',
    };
    for (const [k, v] of Object.entries(u)) {
      const r = await coord.post(`/api/bodies/${body.id}/members`, {
        personId: v.person.id,
        role: roles[k as keyof typeof roles],
        party: k === 'lemon' || k === 'andersson' ? 'C' : 'S',
        startDate: '2014-01-01',
      });
      expect(r.status).toBe(201);
    }
    people = Object.fromEntries(Object.entries(u).map(([k, v]) => [k, v.person])) as unknown as typeof people;
    chair = await new Client(env.app).login(u.chair.email);
    adjuster = await new Client(env.app).login(u.adjuster.email);
  }, 600_000);
  afterAll(() => env?.close());

  async function heldMeeting(startDate = '2015-05-26') {
    const m = await coord.post(`/api/bodies/${body.id}/meetings`, {
      startDate,
      endDate: startDate.replace(/-(\d\d)$/, (_, d) => `-${String(Number(d) + 1).padStart(2, '0')}`),
      startTime: '09:00',
      endTime: '16:00',
      place: 'Regionens hus, Östersund',
    });
    expect(m.status).toBe(201);
    const set = await coord.put(`/api/meetings/${m.body.id}/participants`, {
      version: m.body.version,
      participants: [
        { personId: people.chair.id, role: 'chair' },
        { personId: people.adjuster.id, role: 'member', adjuster: true },
        { personId: people.lemon.id, role: 'member' },
        { personId: people.andersson.id, role: 'member', untilNumber: 1 },
        { personId: people.absent.id, role: 'member', present: false },
        { personId: people.substitute.id, role: 'substitute' },
        { name: 'Maria Fransson', role: 'secretary' },
      ],
    });
    expect(set.status).toBe(200);
    const held = await coord.post(`/api/meetings/${m.body.id}/held`, { version: set.body.version });
    expect(held.status).toBe(200);
    const ps = held.body.participants as P[];
    const by = (personId: string) => ps.find((p) => p.personId === personId)!;
    return { meeting: held.body, by };
  }

  it('records the participants from the roster with their party, and refuses someone not on it', async () => {
    const m = await coord.post(`/api/bodies/${body.id}/meetings`, { startDate: '2015-06-01' });
    expect(m.body).toMatchObject({ status: 'planned', endDate: '2015-06-01', announces: true, adjustBy: '2015-06-15' });
    const set = await coord.put(`/api/meetings/${m.body.id}/participants`, {
      version: m.body.version,
      participants: [
        { personId: people.lemon.id, role: 'member' },
        { personId: people.substitute.id, role: 'substitute' },
        { name: 'Jörgen Preuss', role: 'official', organisationName: 'Regionkontoret' },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.participants[0]).toMatchObject({ party: 'C', role: 'member', present: true });
    const stranger = await coord.put(`/api/meetings/${m.body.id}/participants`, {
      version: set.body.version,
      participants: [{ personId: w.member.person.id, role: 'member' }],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.code).toBe('meeting.participant_invalid');
    const byReader = await reader.put(`/api/meetings/${m.body.id}/participants`, {
      version: set.body.version,
      participants: [],
    });
    expect(byReader.status).toBe(403);
  });

  it('numbers §§ continuously per body and year across meetings', async () => {
    const a = await heldMeeting('2016-03-01');
    const b = await heldMeeting('2016-04-05');
    const c = await heldMeeting('2017-01-10');
    const add = async (m: { id: string }, title: string) =>
      (await coord.post(`/api/meetings/${m.id}/items`, { title })).body.number;
    expect([await add(a.meeting, 'Ett'), await add(a.meeting, 'Två'), await add(b.meeting, 'Tre')]).toEqual([1, 2, 3]);
    expect(await add(c.meeting, 'Nytt år')).toBe(1);
    const list = await coord.get(`/api/bodies/${body.id}/meetings?from=2016-01-01&to=2016-12-31`);
    expect(list.body.items).toHaveLength(2);
    // A body that takes over its numbering from paper protocols gives the number; the next runs on.
    const given = await coord.post(`/api/meetings/${b.meeting.id}/items`, {
      title: 'Från pappersprotokollet',
      number: 73,
    });
    expect(given.body.number).toBe(73);
    expect(await add(b.meeting, 'Nästa')).toBe(74);
    const taken = await coord.post(`/api/meetings/${a.meeting.id}/items`, { title: 'Samma nummer', number: 73 });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'meeting.number_taken', details: { field: 'number', number: 73 } });
    expect(await add(b.meeting, 'Efter vägran')).toBe(75);
  });

  it('records motions, propositions, a vote and reservations, and refuses bad ones naming the member', async () => {
    const { meeting, by } = await heldMeeting('2018-05-26');
    const lemon = by(people.lemon.id);
    // § 1 first: Andersson leaves after it (untilNumber 1), so he is away at the § below.
    await coord.post(`/api/meetings/${meeting.id}/items`, { title: 'Val av justerare' });
    const item = await coord.post(`/api/meetings/${meeting.id}/items`, {
      title: 'Svar på motion',
      matter: 'Motionen föreslås anses besvarad.',
      proposal: { by: 'Regiondirektörens förslag', points: ['Motionen anses besvarad.'] },
      motions: [
        {
          id: 'm1',
          by: [lemon.id],
          kind: 'referral_back',
          text: 'Frågan behandlas i Regionens samverkansråd.',
        },
        {
          id: 'm2',
          by: [by(people.adjuster.id).id],
          kind: 'approval',
          text: 'Bifall till Elin Lemons yrkande.',
          supports: 'm1',
        },
      ],
      propositions: [
        {
          on: ['proposal', 'm1'],
          text: 'Ordföranden ställer proposition på förslaget och yrkandet',
          finding: 'finner förslaget antaget',
        },
      ],
      decision: ['Motionen anses besvarad.', 'Frågan ska behandlas i Regionens samverkansråd.'],
      reservations: [{ by: [lemon.id], inFavourOf: 'm1', reasons: 'Motionen borde bifallas.' }],
      statements: [{ by: [by(people.chair.id).id] }],
      recipients: [{ name: 'Miljöstrateg', email: 'miljo@example.se' }],
    });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({ decision: { length: 2 }, reservations: [{ inFavourOf: 'm1' }] });
    const n = item.body.number;

    const vote = (votes: { participantId: string; choice: string }[], extra: Record<string, unknown> = {}) =>
      coord.patch(`/api/meetings/${meeting.id}/items/${item.body.id}`, {
        version: item.body.version,
        vote: { question: 'Ja för förslaget, nej för yrkandet', votes },
        ...extra,
      });
    const ok = await vote([
      { participantId: by(people.chair.id).id, choice: 'yes' },
      { participantId: by(people.adjuster.id).id, choice: 'no' },
      { participantId: lemon.id, choice: 'abstain' },
    ]);
    expect(ok.status).toBe(200);
    // A tie in a body under Kommunallagen: the chair's casting vote decides.
    expect(ok.body.vote.result).toEqual({ yes: 1, no: 1, abstain: 1, castingVote: true, outcome: 'yes' });
    item.body.version = ok.body.version;

    const absent = await vote([{ participantId: by(people.absent.id).id, choice: 'yes' }]);
    expect(absent.status).toBe(400);
    expect(absent.body.error).toMatchObject({
      code: 'meeting.vote_absent',
      details: { name: by(people.absent.id).name },
    });
    const chairId = by(people.chair.id).id;
    const jav = await vote([{ participantId: chairId, choice: 'yes' }], { jav: [chairId] });
    expect(jav.status).toBe(400);
    expect(jav.body.error).toMatchObject({ code: 'meeting.vote_jav', details: { participantId: chairId } });
    // A jävig member makes no motion either.
    const javMotion = await coord.patch(`/api/meetings/${meeting.id}/items/${item.body.id}`, {
      version: item.body.version,
      jav: [lemon.id],
    });
    expect(javMotion.status).toBe(400);
    expect(javMotion.body.error).toMatchObject({ code: 'meeting.motion_invalid', details: { name: lemon.name } });
    // The substitute serves for nobody: no vote.
    const sub = await vote([{ participantId: by(people.substitute.id).id, choice: 'yes' }]);
    expect(sub.status).toBe(400);
    expect(sub.body.error.code).toBe('meeting.vote_not_entitled');
    const twice = await vote([
      { participantId: lemon.id, choice: 'yes' },
      { participantId: lemon.id, choice: 'no' },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body.error.code).toBe('meeting.vote_count');

    // Andersson left after § 1 of the meeting's numbering (untilNumber 1): not present at this §.
    const reservation = await coord.patch(`/api/meetings/${meeting.id}/items/${item.body.id}`, {
      version: item.body.version,
      reservations: [{ by: [by(people.andersson.id).id], inFavourOf: 'm1' }],
      vote: null,
    });
    expect(n).toBe(2);
    expect(reservation.status).toBe(400);
    expect(reservation.body.error).toMatchObject({ code: 'meeting.reservation_absent' });
    const unknownMotion = await coord.patch(`/api/meetings/${meeting.id}/items/${item.body.id}`, {
      version: item.body.version,
      reservations: [{ by: [lemon.id], inFavourOf: 'm9' }],
    });
    expect(unknownMotion.status).toBe(400);
    expect(unknownMotion.body.error.code).toBe('meeting.motion_unknown');
    const now = await coord.get(`/api/meetings/${meeting.id}/items/${item.body.id}`);
    expect(now.body.version).toBe(item.body.version);
  });

  it('adjusts the protocol by the chair and the adjuster only, voids approvals on a change, locks it, and announces it', async () => {
    const { meeting, by } = await heldMeeting('2019-03-04');
    const item = (
      await coord.post(`/api/meetings/${meeting.id}/items`, {
        title: 'Avstämning',
        decision: ['Anteckna informationen'],
        recipients: [{ name: 'Länsstyrelsen', email: 'lst@example.se' }],
      })
    ).body;
    const m0 = (await coord.get(`/api/meetings/${meeting.id}`)).body;
    expect(m0.adjusters.map((a: { personId: string }) => a.personId).sort()).toEqual(
      [people.chair.id, people.adjuster.id].sort(),
    );
    expect(m0.abilities.adjust).toBe(false);

    const early = await coord.post(`/api/meetings/${meeting.id}/announce`, { version: m0.version });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('meeting.not_adjusted');
    const byCoordinator = await coord.post(`/api/meetings/${meeting.id}/approve`, { version: m0.version });
    expect(byCoordinator.status).toBe(403);

    const first = await chair.post(`/api/meetings/${meeting.id}/approve`, { version: m0.version });
    expect(first.status).toBe(200);
    expect(first.body.abilities.adjust).toBe(true);
    expect(
      first.body.adjusters.find((a: { personId: string }) => a.personId === people.chair.id).approvedAt,
    ).not.toBeNull();
    expect(first.body.status).toBe('held');

    // A change after an approval voids it.
    const changed = await coord.patch(`/api/meetings/${meeting.id}/items/${item.id}`, {
      version: item.version,
      notes: ['Vid protokollet antecknas att ärendet föredrogs.'],
    });
    expect(changed.status).toBe(200);
    const m1 = (await coord.get(`/api/meetings/${meeting.id}`)).body;
    expect(m1.adjusters.every((a: { approvedAt: string | null }) => a.approvedAt === null)).toBe(true);

    expect((await chair.post(`/api/meetings/${meeting.id}/approve`, { version: m1.version })).status).toBe(200);
    const done = await adjuster.post(`/api/meetings/${meeting.id}/approve`, { version: m1.version });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('adjusted');
    expect(done.body.adjustedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(done.body.notice).toMatchObject({ postedOn: null, appealEndsOn: null });

    const locked = await coord.patch(`/api/meetings/${meeting.id}/items/${item.id}`, {
      version: changed.body.version,
      notes: [],
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('meeting.protocol_locked');
    const lockedNew = await coord.post(`/api/meetings/${meeting.id}/items`, { title: 'Sent' });
    expect(lockedNew.status).toBe(409);
    const lockedPeople = await coord.put(`/api/meetings/${meeting.id}/participants`, {
      version: done.body.version,
      participants: [],
    });
    expect(lockedPeople.status).toBe(409);

    const postedOn = done.body.adjustedOn;
    const announced = await coord.post(`/api/meetings/${meeting.id}/announce`, {
      version: done.body.version,
      postedOn,
      keptAt: 'Regionkontoret, Halmstad',
    });
    expect(announced.status).toBe(200);
    expect(announced.body).toMatchObject({
      status: 'announced',
      announcedOn: postedOn,
      keptAt: 'Regionkontoret, Halmstad',
    });
    expect(announced.body.notice.appealEndsOn > postedOn).toBe(true);

    // The protocol as Word and PDF; extracts to the recipients, recorded.
    const pdf = await coord.request('GET', `/api/meetings/${meeting.id}/protocol.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const docx = await coord.request('GET', `/api/meetings/${meeting.id}/protocol.docx`);
    expect(docx.status).toBe(200);
    const sent = await coord.post(`/api/meetings/${meeting.id}/extracts`, { version: announced.body.version });
    expect(sent.status).toBe(200);
    const record = await coord.get(`/api/meetings/${meeting.id}/dispatches`);
    expect(record.body.items).toMatchObject([
      { kind: 'extract', recipient: 'Länsstyrelsen', sent: true, itemNumbers: [item.number] },
    ]);

    // The public notice board, without signing in: the announced protocol, its feed and its PDF.
    const anonymous = new Client(env.app);
    const board = await anonymous.get(`/public/notice-board/${w.orgA.id}`);
    expect(board.status).toBe(200);
    expect(board.body.items).toMatchObject([{ meetingId: meeting.id, postedOn, keptAt: 'Regionkontoret, Halmstad' }]);
    const feed = await anonymous.request('GET', `/public/notice-board/${w.orgA.id}/feed.atom`);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(String(feed.body)).toContain(meeting.id);
    expect(
      (await anonymous.request('GET', `/public/notice-board/${w.orgA.id}/protocols/${meeting.id}.pdf`)).status,
    ).toBe(200);
    const unannounced = await heldMeeting('2019-03-20');
    expect(
      (await anonymous.request('GET', `/public/notice-board/${w.orgA.id}/protocols/${unannounced.meeting.id}.pdf`))
        .status,
    ).toBe(404);

    const corrected = await coord.post(`/api/meetings/${meeting.id}/corrections`, {
      version: announced.body.version,
      note: 'Rättelse av skrivfel i § ' + item.number,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ edition: 2, status: 'held', corrections: [{ edition: 2 }] });
    void by;
  });

  it('adjusts a single § at once and locks it', async () => {
    const { meeting } = await heldMeeting('2019-09-02');
    const item = (await coord.post(`/api/meetings/${meeting.id}/items`, { title: 'Omedelbar justering' })).body;
    expect(
      (await coord.post(`/api/meetings/${meeting.id}/items/${item.id}/approve`, { version: item.version })).status,
    ).toBe(403);
    const one = await chair.post(`/api/meetings/${meeting.id}/items/${item.id}/approve`, { version: item.version });
    expect(one.body.adjustedAt).toBeNull();
    const two = await adjuster.post(`/api/meetings/${meeting.id}/items/${item.id}/approve`, { version: item.version });
    expect(two.status).toBe(200);
    expect(two.body.adjustedAt).not.toBeNull();
    const change = await coord.patch(`/api/meetings/${meeting.id}/items/${item.id}`, {
      version: two.body.version,
      notes: ['x'],
    });
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe('meeting.protocol_locked');
  });

  it('refuses to adjust a protocol that is not ready (409 meeting.not_ready naming what is missing)', async () => {
    const { meeting } = await heldMeeting('2020-02-03');
    const empty = await chair.post(`/api/meetings/${meeting.id}/approve`, { version: meeting.version });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('meeting.not_ready');
    expect(empty.body.error.details.problems.map((p: { code: string }) => p.code)).toContain('protocol.no_paragraphs');

    const item = (await coord.post(`/api/meetings/${meeting.id}/items`, { title: 'Information' })).body;
    const undecided = await chair.post(`/api/meetings/${meeting.id}/approve`, { version: meeting.version });
    expect(undecided.status).toBe(409);
    expect(undecided.body.error).toMatchObject({
      code: 'meeting.not_ready',
      details: { count: 1, problems: [{ code: 'paragraph.decision_missing', paragraph: item.number }] },
    });
    // Nothing was approved by the refused attempts.
    const still = (await coord.get(`/api/meetings/${meeting.id}`)).body;
    expect(still.adjusters.every((a: { approvedAt: string | null }) => a.approvedAt === null)).toBe(true);

    await coord.patch(`/api/meetings/${meeting.id}/items/${item.id}`, {
      version: item.version,
      decision: ['Informationen antecknas.'],
    });
    const ready = await chair.post(`/api/meetings/${meeting.id}/approve`, { version: still.version });
    expect(ready.status).toBe(200);
    expect(ready.body.adjusters.find((a: { role: string }) => a.role === 'chair').approvedAt).not.toBeNull();
  });

  it('lists the meetings of every body the person may read, upcoming first, with the adjusting state', async () => {
    const future = (await coord.post(`/api/bodies/${body.id}/meetings`, { startDate: '2099-01-15' })).body;
    const later = (await coord.post(`/api/bodies/${body.id}/meetings`, { startDate: '2099-06-15' })).body;
    const list = await reader.get('/api/meetings?limit=500');
    expect(list.status).toBe(200);
    expect(list.body.items.slice(0, 2).map((m: { id: string }) => m.id)).toEqual([future.id, later.id]);
    expect(list.body.items[0]).toMatchObject({ body: { id: body.id }, status: 'planned', adjustState: 'not_due' });
    const past = list.body.items.slice(2) as { startDate: string; adjustState: string; status: string }[];
    expect(past.map((m) => m.startDate)).toEqual([...past.map((m) => m.startDate)].sort().reverse());
    expect(past.find((m) => m.status === 'held')?.adjustState).toBe('overdue');
    expect(list.body.abilities.create).toBe(false);
    expect((await coord.get('/api/meetings')).body.abilities.create).toBe(true);
    const other = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await other.get('/api/meetings')).body.items).toEqual([]);
    expect((await coord.get(`/api/meetings?bodyId=${body.id}&status=planned&limit=1`)).body.items).toHaveLength(1);
  });

  it('has no notice for a collaboration council', async () => {
    const council = (
      await coord.post('/api/bodies', { organisationId: w.orgA.id, type: 'council', name: 'Samverkansrådet' })
    ).body;
    const m = (await coord.post(`/api/bodies/${council.id}/meetings`, { startDate: '2015-09-10' })).body;
    expect(m.announces).toBe(false);
  });
});
