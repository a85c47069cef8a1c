import type { Executor } from '../platform/db/database.js';
import { organisationNames } from '../organisations/index.js';
import type { Item, MeetingRecord, Participant } from './contract.js';
import type { MeetingCall, ProtocolModel, ProtocolParagraph } from './protocol/index.js';
import { caseRef, itemsOfMeeting, presentItem } from './repository.js';
import type { ItemRecord } from './contract.js';

/** The records of a meeting mapped to the protocol's document model (src/meetings/protocol). */

const person = (p: Participant) => ({ name: p.name, party: p.party, title: p.organisationName });
const presence = (p: Participant) =>
  p.fromNumber != null || p.untilNumber != null ? { fromNumber: p.fromNumber, untilNumber: p.untilNumber } : null;

function paragraph(i: ItemRecord, byId: Map<string, Participant>): ProtocolParagraph {
  const refs = (ids: readonly string[]) => ids.flatMap((id) => (byId.has(id) ? [person(byId.get(id)!)] : []));
  return {
    number: i.number,
    dnr: i.case?.registrationNumber ?? null,
    title: i.title,
    matter: i.matter,
    basis: i.basis.map((b) => ({ title: b.title })),
    proposal: i.proposal ? { heading: i.proposal.by, points: i.proposal.points } : null,
    disqualifications: i.jav.flatMap((id) => (byId.has(id) ? [{ person: person(byId.get(id)!) }] : [])),
    motions: i.motions.map((m) => ({ id: m.id, by: refs(m.by), kind: m.kind, text: m.text, supports: m.supports })),
    statements: i.statements.map((s) => ({ by: refs(s.by), text: s.text })),
    propositions: i.propositions.map((p) => ({ on: p.text, finding: p.finding })),
    vote: i.vote
      ? {
          question: i.vote.question,
          votes: i.vote.votes.flatMap((v) => {
            const p = byId.get(v.participantId);
            if (!p) return [];
            const forWhom = p.servesForId ? byId.get(p.servesForId) : undefined;
            return [{ voter: person(p), choice: v.choice, servesFor: forWhom ? person(forWhom) : null }];
          }),
          castingVote: i.vote.result.castingVote,
        }
      : null,
    decision: { points: i.decision },
    reservations: i.reservations.map((r) => ({ by: refs(r.by), inFavourOf: r.inFavourOf, reasons: r.reasons })),
    notes: i.notes.map((text) => ({ text })),
    recipients: i.recipients.map((r) => r.name),
    adjustedImmediately: i.adjustedAt != null,
  };
}

export async function protocolItems(db: Executor, m: MeetingRecord): Promise<ItemRecord[]> {
  const rows = await itemsOfMeeting(db, m.id);
  const out: ItemRecord[] = [];
  for (const r of rows) out.push(presentItem(r, await caseRef(db, r.caseId), m.participants, m.body.type));
  return out;
}

export async function protocolModel(
  db: Executor,
  m: MeetingRecord,
  items?: readonly Item[] | ItemRecord[],
): Promise<ProtocolModel> {
  const list = items ?? (await protocolItems(db, m));
  const org = (await organisationNames(db, [m.organisationId])).get(m.organisationId)?.name ?? '';
  const ps = m.participants.filter((p) => p.present);
  const byId = new Map(m.participants.map((p) => [p.id, p]));
  const chair = ps.find((p) => p.role === 'chair');
  const secretary = ps.find((p) => p.role === 'secretary');
  return {
    organisation: org,
    body: { name: m.body.name },
    meeting: {
      date: m.startDate,
      endDate: m.endDate !== m.startDate ? m.endDate : null,
      startTime: m.startTime,
      endTime: m.endTime,
      place: m.place,
      onlineUrl: m.onlineUrl,
    },
    members: ps
      .filter((p) => p.role === 'chair' || p.role === 'vice_chair' || p.role === 'member')
      .map((p) => ({ ...person(p), role: p.role as 'chair' | 'vice_chair' | 'member', presence: presence(p) })),
    substitutes: ps
      .filter((p) => p.role === 'substitute' && p.servesForId && byId.has(p.servesForId))
      .map((p) => ({ ...person(p), servesFor: person(byId.get(p.servesForId!)!), presence: presence(p) })),
    others: ps
      .filter((p) => !['chair', 'vice_chair', 'member'].includes(p.role) && !(p.role === 'substitute' && p.servesForId))
      .map((p) => ({
        ...person(p),
        role: p.role as 'substitute' | 'secretary' | 'official' | 'adjunct' | 'observer' | 'other',
        presence: presence(p),
      })),
    chair: chair ? person(chair) : { name: '' },
    secretary: secretary ? person(secretary) : { name: '' },
    adjusters: m.participants.filter((p) => p.adjuster && p.role !== 'chair').map(person),
    adjusting: { adjustedOn: m.adjustedOn },
    paragraphs: list.map((i) => paragraph(i, byId)),
    announces: m.announces,
    notice:
      m.notice?.postedOn && m.notice.takeDownOn
        ? {
            postedOn: m.notice.postedOn,
            takeDownOn: m.notice.takeDownOn,
            appealEndsOn: m.notice.appealEndsOn,
            keptAt: m.keptAt ?? '',
            board: `${org}s anslagstavla`,
          }
        : null,
    version: { edition: m.edition, corrections: m.corrections.map((c) => ({ ...c, date: c.at.slice(0, 10) })) },
  };
}

export function meetingCall(m: MeetingRecord, organisation: string, url: string | null): MeetingCall {
  return {
    uid: m.id,
    organisation,
    body: m.body.name,
    date: m.startDate,
    endDate: m.endDate !== m.startDate ? m.endDate : null,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    onlineUrl: m.onlineUrl,
    url,
    agenda: m.items.map((i) => ({ number: i.number, title: i.title, dnr: i.registrationNumber })),
    sequence: m.version,
  };
}
