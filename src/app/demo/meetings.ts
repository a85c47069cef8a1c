import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { counties } from '../../counties/schema.js';
import { recordChange } from '../../audit/record.js';
import { createOrganisation } from '../../organisations/use-cases.js';
import { createPerson } from '../../people/use-cases.js';
import { addMember, createBody } from '../../bodies/use-cases.js';
import type { CreateBody } from '../../bodies/contract.js';
import type { CreateItem, ParticipantInput } from '../../meetings/contract.js';
import { addStep, createCase, getCase } from '../../meetings/cases.js';
import { createMeeting, markHeld, setParticipants } from '../../meetings/meetings.js';
import { createItem } from '../../meetings/items.js';
import { announceProtocol, approveProtocol } from '../../meetings/adjusting.js';
import type { ProtocolModel, ProtocolParagraph, ProtocolText } from '../../meetings/protocol/index.js';
import {
  paragraph144,
  paragraph161,
  paragraph38,
  paragraph73,
  seed003Presidium,
  seed003Regionfullmaktige,
  seed003Regionstyrelsen,
  seed004Arbetsutskott,
} from '../../meetings/protocol/fixtures.js';

/**
 * The meetings of seeds 003 and 004, from the facts already transcribed for the protocol tests
 * (src/meetings/protocol/fixtures.ts), through the meetings use cases so every step is audited:
 * case RS/333/2015 through Regionfullmäktiges presidium § 38, Regionstyrelsen § 161 and
 * Regionfullmäktige § 73 (point 3 raised to Regionens samverkansråd as a new step), Regionstyrelsen
 * § 144 (RS/881/2015), and Region Halland's arbetsutskott § 67, adjusted and announced. The names are
 * the seeds' own: these are public protocols of elected bodies.
 */

/** Hallands län with Region Halland: seed 004's organisation, in its own county. */
export const hallandCounty = { code: '13', name: 'Hallands län' };
export const regionHalland = {
  type: 'region',
  name: 'Region Halland',
  website: 'https://www.regionhalland.se',
} as const;

type Ctx = { db: Db; actor: Actor; organisationId: string; persons: Map<string, string> };

/** A protocol text as Markdown (a §'s "Ärendet" is stored as Markdown). */
export function markdownOf(text: ProtocolText | null | undefined): string | null {
  if (text == null) return null;
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.join('\n\n');
  type Inline = { type: 'text'; text: string } | { type: 'hardBreak' };
  const inline = (c?: Inline[]) => (c ?? []).map((x) => (x.type === 'text' ? x.text : '\n')).join('');
  // A list item's paragraphs (the seeds' lists are flat).
  const item = (li: { content: readonly { type: string }[] }) =>
    li.content.map((c) => (c.type === 'paragraph' ? inline((c as { content?: Inline[] }).content) : '')).join(' ');
  return text.content
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return inline(b.content);
      return b.content.map((li, i) => `${b.type === 'orderedList' ? `${i + 1}.` : '-'} ${item(li)}`).join('\n');
    })
    .join('\n\n');
}

/** A person of the register for every name a protocol gives (one person however many bodies). */
async function personFor(c: Ctx, name: string) {
  const known = c.persons.get(name);
  if (known) return known;
  const at = name.indexOf(' ');
  const p = await createPerson(c.db, c.actor, {
    organisationId: c.organisationId,
    givenName: name.slice(0, at),
    familyName: name.slice(at + 1),
    title: 'Förtroendevald',
  });
  c.persons.set(name, p.id);
  return p.id;
}

/** The body with the protocol model's members on its roster from the start of the term. */
async function bodyFor(c: Ctx, type: CreateBody['type'], model: ProtocolModel, from: string) {
  const body = await createBody(c.db, c.actor, {
    organisationId: c.organisationId,
    type,
    name: model.body.name,
  });
  for (const m of model.members)
    await addMember(c.db, c.actor, body.id, {
      personId: await personFor(c, m.name),
      role: m.role === 'chair' ? 'chair' : 'member',
      party: m.party ?? null,
      startDate: from,
    });
  return body.id;
}

/** The meeting held with the participants the protocol names; returns it with a name → participant id map. */
async function heldMeeting(
  c: Ctx,
  bodyId: string,
  model: ProtocolModel,
  extra: ParticipantInput[] = [],
  place = model.meeting.place ?? null,
) {
  let m = await createMeeting(c.db, c.actor, bodyId, {
    startDate: model.meeting.date,
    endDate: model.meeting.endDate ?? model.meeting.date,
    place,
    keptAt: model.notice?.keptAt ?? null,
  });
  const adjusters = new Set(model.adjusters.map((a) => a.name));
  const participants: ParticipantInput[] = [
    ...model.members.map((x): ParticipantInput => ({
      personId: c.persons.get(x.name)!,
      role: x.role === 'chair' ? 'chair' : 'member',
      present: true,
      adjuster: adjusters.has(x.name),
    })),
    ...extra,
  ];
  if (participants.length) m = await setParticipants(c.db, c.actor, m.id, m.version, participants);
  m = await markHeld(c.db, c.actor, m.id, m.version);
  return { meeting: m, ids: new Map(m.participants.map((p) => [p.name, p.id])) };
}

/** A fixture § as the content of a new § of the meeting, its people as the meeting's participants. */
function itemOf(p: ProtocolParagraph, ids: Map<string, string>, caseId: string | null): CreateItem {
  const who = (refs: readonly { name: string }[]) => refs.map((r) => ids.get(r.name)!);
  const proposal = p.proposal && {
    by: p.proposal.heading ?? null,
    points: p.proposal.points.length ? p.proposal.points : [p.proposal.intro!],
  };
  return {
    number: p.number,
    title: p.title,
    caseId,
    matter: markdownOf(p.matter),
    basis: (p.basis ?? []).map((b) => ({ title: b.title })),
    proposal,
    motions: (p.motions ?? []).map((m) => ({
      id: m.id,
      by: who(m.by),
      kind: m.kind,
      // A supporting motion's text is the seed's "yrkar bifall till Elin Lemons yrkande".
      text: m.text ?? `bifall till ${(p.motions ?? []).find((x) => x.id === m.supports)?.by[0].name}s yrkande`,
      supports: m.supports ?? null,
    })),
    propositions: (p.propositions ?? []).map((x) => ({ on: propositionIds(p, x.on), text: x.on, finding: x.finding })),
    decision: p.decision?.points ?? [],
    reservations: (p.reservations ?? []).map((r) => ({
      by: who(r.by),
      // The seed's "till förmån för Berit Johanssons yrkande …" names the motion by its mover.
      inFavourOf: (p.motions ?? []).find((m) => r.inFavourOf?.startsWith(`${m.by[0].name}s yrkande`))?.id ?? null,
    })),
    statements: (p.statements ?? []).map((s) => ({ by: who(s.by) })),
    recipients: (p.recipients ?? []).map((name) => ({ name })),
    notes: [],
    jav: [],
  };
}

/** What the chair put: the motions the proposition's words name (by their mover's name), else the proposal. */
function propositionIds(p: ProtocolParagraph, on: string): string[] {
  const named = (p.motions ?? []).filter((m) => !m.supports && on.includes(m.by[0].name.split(' ')[0]));
  const proposal = /förslag/.test(on) ? ['proposal'] : [];
  const ids = [...proposal, ...named.map((m) => m.id)];
  return ids.length ? ids : ['proposal'];
}

async function addItem(
  c: Ctx,
  meetingId: string,
  p: ProtocolParagraph,
  ids: Map<string, string>,
  caseId: string | null,
) {
  return createItem(c.db, c.actor, meetingId, itemOf(p, ids, caseId));
}

/** Seed 003: the region's bodies, RS/333/2015 through three bodies and into the council, and RS/881/2015. */
export async function loadDemoMeetings003(db: Db, actor: Actor, ids: { region: string; council: string }) {
  const c: Ctx = { db, actor, organisationId: ids.region, persons: new Map() };
  const term = '2015-01-01';
  const presidium = await bodyFor(c, 'presidium', seed003Presidium, term);
  const board = await bodyFor(c, 'executive_board', seed003Regionstyrelsen, term);
  const fullCouncil = await bodyFor(c, 'full_council', seed003Regionfullmaktige, term);

  let motion = await createCase(db, actor, {
    organisationId: ids.region,
    series: 'RS',
    number: 333,
    year: 2015,
    kind: 'motion',
    title: paragraph73.title,
    // The seed names the motion's author and party; the day it was made is not in the protocols
    // (registered in 2015, prepared by the presidium 2015-05-13), so the demo assumes one.
    motion: { submittedOn: '2015-02-23', submittedBy: 'Berit Johansson', party: 'C' },
    concerns: [],
    firstStep: { bodyId: presidium, kind: 'preparation' },
  });
  motion = await addStep(db, actor, motion.id, { version: motion.version, bodyId: board, kind: 'proposal' });
  motion = await addStep(db, actor, motion.id, { version: motion.version, bodyId: fullCouncil, kind: 'decision' });
  const cero = await createCase(db, actor, {
    organisationId: ids.region,
    series: 'RS',
    number: 881,
    year: 2015,
    kind: 'case',
    title: paragraph144.title,
    concerns: [],
    firstStep: { bodyId: board, kind: 'decision' },
  });

  const p38 = await heldMeeting(c, presidium, seed003Presidium);
  await addItem(c, p38.meeting.id, paragraph38, p38.ids, motion.id);
  const rs = await heldMeeting(c, board, seed003Regionstyrelsen);
  const s144 = await addItem(c, rs.meeting.id, paragraph144, rs.ids, cero.id);
  await addItem(c, rs.meeting.id, paragraph161, rs.ids, motion.id);
  const rf = await heldMeeting(c, fullCouncil, seed003Regionfullmaktige);
  const s73 = await addItem(c, rf.meeting.id, paragraph73, rf.ids, motion.id);

  // Point 3 of § 73 and the decision of § 144 raise the questions to Regionens samverkansråd: a new
  // step of the same case, pointing at the § that raised it.
  motion = await getCase(db, actor, motion.id);
  await addStep(db, actor, motion.id, {
    version: motion.version,
    bodyId: ids.council,
    kind: 'preparation',
    note: paragraph73.decision!.points[2],
    raisedFromItemId: s73.id,
  });
  const ceroNow = await getCase(db, actor, cero.id);
  await addStep(db, actor, cero.id, {
    version: ceroNow.version,
    bodyId: ids.council,
    kind: 'preparation',
    note: paragraph144.decision!.points[0],
    raisedFromItemId: s144.id,
  });
  return { motionId: motion.id, ceroId: cero.id, meetings: [p38.meeting.id, rs.meeting.id, rf.meeting.id] };
}

/**
 * Seed 004: Hallands län and Region Halland (outside the demo county), its arbetsutskott and § 67
 * (RS181020: series RS, year 2018, number 1020), adjusted by the chair and the adjuster with their own
 * approvals on 2019-03-11 and announced on the region's notice board on 2019-03-12.
 */
export async function loadDemoMeetings004(db: Db, system: Actor) {
  const [county] = await db.insert(counties).values(hallandCounty).returning();
  await recordChange(db, null, {
    action: 'create',
    entityType: 'county',
    entityId: county.id,
    countyId: county.id,
    after: hallandCounty,
  });
  const actor: Actor = { ...system, countyId: county.id };
  const org = await createOrganisation(db, actor, { ...regionHalland, countyId: county.id });
  const model = seed004Arbetsutskott;
  const c: Ctx = { db, actor: { ...actor, organisationId: org.id }, organisationId: org.id, persons: new Map() };
  const committee = await bodyFor(c, 'working_committee', model, '2019-01-01');
  const secretary = await personFor(c, model.secretary.name);
  await addMember(db, c.actor, committee, { personId: secretary, role: 'secretary', startDate: '2019-01-01' });

  const kase = await createCase(db, c.actor, {
    organisationId: org.id,
    series: 'RS',
    number: 1020,
    year: 2018,
    kind: 'case',
    title: model.paragraphs[0].title,
    concerns: [],
    firstStep: { bodyId: committee, kind: 'decision' },
  });
  // The extract gives neither the day nor the place of the meeting; the protocol must say where it was
  // held before it is adjusted (5 kap. 67 §): the fixture's assumed day, and the region's offices.
  const { meeting, ids } = await heldMeeting(
    c,
    committee,
    model,
    [{ personId: secretary, role: 'secretary', present: true, adjuster: false }],
    'Regionens hus, Halmstad',
  );
  await addItem(c, meeting.id, model.paragraphs[0], ids, kase.id);

  // The chair and the adjuster approve with their own persons, on the seed's adjusting day.
  const adjustedAt = new Date(`${model.adjusting!.adjustedOn}T12:00:00+01:00`);
  let m = meeting;
  for (const a of [model.chair, ...model.adjusters]) {
    const signer: Actor = { ...c.actor, role: 'member', personId: c.persons.get(a.name)!, name: a.name };
    m = await approveProtocol(db, signer, meeting.id, m.version, adjustedAt);
  }
  // The notice cannot go up before the protocol is adjusted.
  const postedOn = [model.notice!.postedOn!, m.adjustedOn!].sort().at(-1)!;
  m = await announceProtocol(db, c.actor, meeting.id, { version: m.version, postedOn, keptAt: model.notice!.keptAt });
  return { countyId: county.id, organisationId: org.id, meetingId: m.id, caseId: kase.id };
}
