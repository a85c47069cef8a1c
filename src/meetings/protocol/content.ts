import {
  box,
  fields,
  heading,
  list,
  para,
  plainParagraphs,
  richBlocks,
  table,
  type Block,
  type Signatory,
} from '../../documents/index.js';
import { meetingDays, paragraphRange, peopleLabel, personLabel, presenceNumbers } from './format.js';
import type {
  EarlierStep,
  Motion,
  Points,
  Proposition,
  ProtocolModel,
  ProtocolParagraph,
  ProtocolText,
  Statement,
} from './model.js';
import { texts, type Locale, type ProtocolTexts } from './texts.js';

/**
 * The protocol and its extracts as document blocks, in the Swedish layout: the first page with the meeting,
 * who took part, the adjusters and the signatures, the notice-board certificate, then every § with its
 * headings (Ärendet, Beslutsunderlag, Förslag till beslut, Yrkanden, Proposition, Omröstning, Beslut,
 * Reservation, Expedieras till).
 */

const textBlocks = (text: ProtocolText | null | undefined): Block[] => {
  if (!text) return [];
  if (typeof text === 'string') return plainParagraphs(text);
  if (Array.isArray(text)) return text.filter((s) => s.trim()).map((s) => para(s.trim()));
  return richBlocks(text, 3);
};

const hasText = (text: ProtocolText | null | undefined): boolean => Boolean(text) && textBlocks(text).length > 0;

const sentence = (s: string) => s.trim().replace(/[.:]$/, '');

function pointsBlocks(p: Points): Block[] {
  const points = p.points.filter((x) => x.trim());
  return [
    ...(p.intro ? [para(p.intro)] : []),
    // A single point is a sentence, not a list of one.
    ...(points.length === 1 ? [para(points[0])] : points.length ? [list(p.style !== 'bullets', points)] : []),
  ];
}

function motionText(m: Motion, all: Motion[], t: ProtocolTexts): string {
  const what = m.text?.trim()
    ? sentence(m.text)
    : m.supports
      ? t.supportOf(all.find((x) => x.id === m.supports)?.by[0]?.name ?? m.supports)
      : t.motionKinds[m.kind];
  return t.motion(peopleLabel(m.by, t), m.by.length > 1, what);
}

function statementBlocks(s: Statement, t: ProtocolTexts): Block[] {
  return [para(t.statement(peopleLabel(s.by, t), s.by.length > 1)), ...(s.text?.trim() ? [para(s.text.trim())] : [])];
}

function debateBlocks(
  motions: Motion[] = [],
  statements: Statement[] = [],
  propositions: Proposition[] = [],
  t: ProtocolTexts,
  level: 3 | 4 | 5,
): Block[] {
  const out: Block[] = [];
  if (motions.length || statements.length) {
    out.push(heading(level, t.motions));
    out.push(...motions.map((m) => para(motionText(m, motions, t))));
    out.push(...statements.flatMap((s) => statementBlocks(s, t)));
  }
  if (propositions.length) {
    out.push(heading(level, t.propositions));
    out.push(...propositions.map((p) => para(t.proposition(sentence(p.on), sentence(p.finding)))));
  }
  return out;
}

function earlierBlocks(steps: EarlierStep[], t: ProtocolTexts): Block[] {
  if (!steps.length) return [];
  return [
    heading(3, t.earlier),
    ...steps.flatMap((s) => [
      heading(4, [s.body, s.date, s.paragraph != null ? `§ ${s.paragraph}` : null].filter(Boolean).join(', ')),
      ...(s.proposal ? [heading(5, s.proposal.heading ?? t.earlierProposal), ...pointsBlocks(s.proposal)] : []),
      ...debateBlocks(s.motions, s.statements, s.propositions, t, 5),
      ...(s.decision ? [heading(5, s.decision.heading ?? t.earlierDecision), ...pointsBlocks(s.decision)] : []),
    ]),
  ];
}

function voteBlocks(p: ProtocolParagraph, t: ProtocolTexts): Block[] {
  const v = p.vote;
  if (!v) return [];
  const count = (c: string) => v.votes.filter((x) => x.choice === c).length;
  const [yes, no, abstain] = [count('yes'), count('no'), count('abstain')];
  const mark = (on: boolean) => (on ? 'X' : '');
  return [
    heading(3, t.vote),
    para(t.voteHeld),
    fields([[t.voteQuestion, v.question]]),
    table(
      [
        { title: t.voter, width: 46 },
        { title: t.party, width: 12 },
        { title: t.yes, width: 14, align: 'right' },
        { title: t.no, width: 14, align: 'right' },
        { title: t.abstain, width: 14, align: 'right' },
      ],
      [
        ...v.votes.map((x) => [
          `${x.voter.name}${x.servesFor ? ` (${t.serving(x.servesFor.name)})` : ''}`,
          x.voter.party ?? '',
          mark(x.choice === 'yes'),
          mark(x.choice === 'no'),
          mark(x.choice === 'abstain'),
        ]),
        [t.total, '', String(yes), String(no), String(abstain)],
      ],
      [...v.votes.map(() => false), true],
    ),
    para(t.voteResult(yes, no, abstain)),
    ...(v.castingVote ? [para(t.castingVote)] : []),
    ...(v.outcome ? [para(v.outcome)] : []),
  ];
}

function reservationBlocks(p: ProtocolParagraph, t: ProtocolTexts): Block[] {
  const rs = p.reservations ?? [];
  if (!rs.length) return [];
  return [
    heading(3, t.reservation),
    ...rs.flatMap((r) => {
      const names = peopleLabel(r.by, t);
      const motion = p.motions?.find((m) => m.id === r.inFavourOf);
      const what = motion ? t.motionOf(motion.by[0]?.name ?? motion.id) : r.inFavourOf?.trim();
      return [
        para(
          what
            ? t.reservationFor(names, r.by.length > 1, sentence(what))
            : t.reservationAgainst(names, r.by.length > 1),
        ),
        ...(hasText(r.reasons) ? [heading(4, t.reservationReasons), ...textBlocks(r.reasons)] : []),
      ];
    }),
  ];
}

/** One § with its headings. */
export function paragraphBlocks(model: ProtocolModel, p: ProtocolParagraph, locale: Locale): Block[] {
  const t = texts(locale);
  const decision = [heading(3, p.decision.heading ?? t.decision), ...pointsBlocks(p.decision)];
  const first = model.order === 'decision-first';
  const jav = p.disqualifications ?? [];
  const notes = p.notes ?? [];
  return [
    heading(2, `§ ${p.number} ${p.title}`),
    ...(p.dnr ? [fields([[t.dnr, p.dnr]])] : []),
    ...(p.subtitle ? [para(p.subtitle, 'note')] : []),
    ...(first ? decision : []),
    ...(hasText(p.matter) ? [heading(3, t.matter), ...textBlocks(p.matter)] : []),
    ...(p.basis?.length
      ? [
          heading(3, t.basis),
          list(
            false,
            p.basis.map((b) => (b.date ? `${b.title}, ${b.date}` : b.title)),
          ),
        ]
      : []),
    ...(p.proposal ? [heading(3, p.proposal.heading ?? t.proposal), ...pointsBlocks(p.proposal)] : []),
    ...earlierBlocks(p.earlier ?? [], t),
    ...(jav.length
      ? [
          heading(3, t.disqualification),
          ...jav.map((d) =>
            para(
              d.reason
                ? `${sentence(t.disqualified(personLabel(d.person)))} (${sentence(d.reason)}).`
                : t.disqualified(personLabel(d.person)),
            ),
          ),
        ]
      : []),
    ...debateBlocks(p.motions, p.statements, p.propositions, t, 3),
    ...voteBlocks(p, t),
    ...(first ? [] : decision),
    ...reservationBlocks(p, t),
    ...(notes.length
      ? [
          heading(3, t.notes),
          ...notes.flatMap((n) => [
            ...(n.by?.length ? [para(t.noteBy(peopleLabel(n.by, t), n.by.length > 1))] : []),
            para(n.text),
          ]),
        ]
      : []),
    ...(p.adjustedImmediately ? [para(t.adjustedImmediately)] : []),
    ...(p.recipients?.length ? [heading(3, t.recipients), list(false, p.recipients)] : []),
  ];
}

/** "Plats och tid" when the place or the time is known (the date alone is already the meeting date). */
const placeAndTime = (m: ProtocolModel, t: ProtocolTexts): [string, string][] =>
  m.meeting.place || m.meeting.startTime
    ? [
        [
          t.placeAndTime,
          [
            m.meeting.place,
            meetingDays(m.meeting.date, m.meeting.endDate),
            t.time(m.meeting.startTime, m.meeting.endTime),
          ]
            .filter(Boolean)
            .join(', ') + (m.meeting.timeNote ? ` (${m.meeting.timeNote})` : ''),
        ],
      ]
    : [];

const isAdjusted = (m: ProtocolModel) => Boolean(m.adjusting?.adjustedOn);

function notAdjustedBlocks(m: ProtocolModel, t: ProtocolTexts): Block[] {
  return isAdjusted(m)
    ? []
    : [{ type: 'paragraph', runs: [{ text: `${t.notAdjusted}. `, bold: true }, { text: t.notAdjustedNote }] }];
}

function editionBlocks(m: ProtocolModel, t: ProtocolTexts): Block[] {
  const v = m.version;
  if (!v || v.edition <= 1) return [];
  return [para(t.edition(v.edition), 'note')];
}

function correctionBlocks(m: ProtocolModel, t: ProtocolTexts): Block[] {
  const cs = m.version?.corrections ?? [];
  if (!cs.length) return [];
  return [
    heading(2, t.corrections),
    list(
      false,
      cs.map((c) => `${t.correction(c.edition, c.date, c.note)}${c.by ? ` (${c.by})` : ''}`),
    ),
  ];
}

/** The notice-board certificate (anslagsbevis); blank lines to fill in while the notice is not yet up. */
function noticeBox(m: ProtocolModel, t: ProtocolTexts): Block[] {
  if (m.announces === false) return [para(t.noNotice, 'note')];
  const n = m.notice;
  const blank = '';
  return [
    box({
      title: t.noticeTitle,
      paragraphs: [[{ text: t.noticeText }]],
      rows: [
        [t.body, m.body.name],
        [t.meetingDate, meetingDays(m.meeting.date, m.meeting.endDate)],
        [t.postedOn, n?.postedOn ?? blank],
        [t.takeDownOn, n?.takeDownOn ?? blank],
        [t.keptAt, n?.keptAt ?? blank],
        ...(n?.appealEndsOn ? ([[t.appealEndsOn, n.appealEndsOn]] as [string, string][]) : []),
      ],
      signatories: [{ role: t.signature, ...(n?.certifiedBy ? { name: personLabel(n.certifiedBy) } : {}) }],
    }),
  ];
}

function participantBlocks(m: ProtocolModel, t: ProtocolTexts): Block[] {
  const all = m.paragraphs.map((p) => p.number);
  const when = (pr: Parameters<typeof presenceNumbers>[0]) => {
    const ns = presenceNumbers(pr, all);
    return ns ? paragraphRange(ns) || '–' : t.wholeMeeting;
  };
  const partial = [...m.members, ...(m.substitutes ?? []), ...(m.others ?? [])].some(
    (x) => presenceNumbers(x.presence, all) !== null,
  );
  const presentCol = partial ? [{ title: t.presentFor, width: 22 }] : [];
  const out: Block[] = [
    heading(2, t.decisionMakers),
    table(
      [{ title: t.name, width: 42 }, { title: t.party, width: 12 }, { title: t.role, width: 24 }, ...presentCol],
      m.members.map((x) => [x.name, x.party ?? '', t.memberRoles[x.role], ...(partial ? [when(x.presence)] : [])]),
    ),
  ];
  const subs = m.substitutes ?? [];
  if (subs.length)
    out.push(
      heading(2, t.servingSubstitutes),
      table(
        [{ title: t.name, width: 42 }, { title: t.party, width: 12 }, { title: t.servesFor, width: 24 }, ...presentCol],
        subs.map((x) => [x.name, x.party ?? '', personLabel(x.servesFor), ...(partial ? [when(x.presence)] : [])]),
      ),
    );
  const others = m.others ?? [];
  if (others.length)
    out.push(
      heading(2, t.othersPresent),
      table(
        [{ title: t.name, width: 42 }, { title: t.role, width: 36 }, ...presentCol],
        others.map((x) => [
          personLabel(x),
          [t.otherRoles[x.role], x.title].filter(Boolean).join(', '),
          ...(partial ? [when(x.presence)] : []),
        ]),
      ),
    );
  return out;
}

function signatories(m: ProtocolModel, t: ProtocolTexts): Signatory[] {
  return [
    { role: t.secretary, name: personLabel(m.secretary) },
    { role: t.chair, name: personLabel(m.chair) },
    ...m.adjusters.map((a) => ({ role: t.adjuster, name: personLabel(a) })),
  ];
}

/** "Vid protokollet", "Justerat <date>" with the chair and adjusters (or the "Ojusterat" mark), as the seeds end a §. */
function closingBlocks(m: ProtocolModel, t: ProtocolTexts): Block[] {
  const signers = [m.chair, ...m.adjusters.filter((a) => a.name !== m.chair.name)];
  const out: Block[] = [
    fields([
      [t.atTheProtocol, personLabel(m.secretary)],
      ...(isAdjusted(m) ? ([[t.adjusted, m.adjusting!.adjustedOn!]] as [string, string][]) : []),
    ]),
    ...(isAdjusted(m) ? [] : [{ type: 'paragraph', runs: [{ text: t.notAdjusted, bold: true }] } as Block]),
    ...signers.map((s) => para(personLabel(s))),
  ];
  if (m.announces !== false && m.notice)
    out.push(para(`${t.noticeOn(m.notice.board ?? m.organisation)} ${m.notice.postedOn}`));
  return out;
}

/** The whole protocol. */
export function protocolBlocks(model: ProtocolModel, locale: Locale = 'sv'): Block[] {
  const t = texts(locale);
  const numbers = model.paragraphs.map((p) => p.number);
  return [
    ...notAdjustedBlocks(model, t),
    heading(1, `${t.protocol} – ${model.body.name}`),
    ...editionBlocks(model, t),
    fields([
      [t.meetingDate, meetingDays(model.meeting.date, model.meeting.endDate)],
      ...placeAndTime(model, t),
      ...(model.meeting.onlineUrl ? ([[t.online, model.meeting.onlineUrl]] as [string, string][]) : []),
    ]),
    ...participantBlocks(model, t),
    fields([
      ...(model.adjusters.length
        ? ([[t.appointedAdjusters, peopleLabel(model.adjusters, t)]] as [string, string][])
        : []),
      ...(model.adjusting?.placeAndTime
        ? ([[t.adjustingPlaceAndTime, model.adjusting.placeAndTime]] as [string, string][])
        : []),
    ]),
    heading(2, t.signatures),
    fields([
      [t.paragraphs, paragraphRange(numbers)],
      ...(isAdjusted(model) ? ([[t.adjusted, model.adjusting!.adjustedOn!]] as [string, string][]) : []),
    ]),
    { type: 'signatures', signatories: signatories(model, t) },
    ...noticeBox(model, t),
    { type: 'pageBreak' },
    ...model.paragraphs.flatMap((p) => paragraphBlocks(model, p, locale)),
    ...closingBlocks(model, t),
    ...correctionBlocks(model, t),
  ];
}

/** The §§ asked for, in protocol order; an unknown number is an error naming it. */
export function pickParagraphs(model: ProtocolModel, numbers: number[]): ProtocolParagraph[] {
  const missing = numbers.filter((n) => !model.paragraphs.some((p) => p.number === n));
  if (missing.length) throw new RangeError(`No § ${missing.join(', ')} in the protocol`);
  if (!numbers.length) throw new RangeError('An extract needs at least one §');
  return model.paragraphs.filter((p) => numbers.includes(p.number));
}

/** A protocol extract (protokollsutdrag): the header facts, those §§ only, the adjusting and the certification. */
export function extractBlocks(model: ProtocolModel, paragraphNumbers: number[], locale: Locale = 'sv'): Block[] {
  const t = texts(locale);
  const chosen = pickParagraphs(model, paragraphNumbers);
  const certifier = model.extractCertifier ?? model.secretary;
  return [
    ...notAdjustedBlocks(model, t),
    heading(1, `${t.extract} – ${model.body.name}`),
    ...editionBlocks(model, t),
    fields([[t.meetingDate, meetingDays(model.meeting.date, model.meeting.endDate)], ...placeAndTime(model, t)]),
    ...chosen.flatMap((p) => paragraphBlocks(model, p, locale)),
    ...closingBlocks(model, t),
    box({
      title: t.certification,
      paragraphs: [[{ text: t.certificationText }]],
      signatories: [{ role: t.certification, name: personLabel(certifier) }],
    }),
  ];
}
