import type { RichDoc } from '../../documents/index.js';

/**
 * Everything a protocol (sammanträdesprotokoll) and its extracts show, as plain data: no database types,
 * so the server maps its records into it, the demo data and the tests write it by hand
 * (`fixtures.ts`), and the documents are pure functions of it.
 *
 * Dates are ISO days (`2019-03-11`), times `HH:MM`. Texts that are the protocol's own content (the case
 * text, motions, decisions) stay in the language they were written in; only the labels follow the
 * document's language.
 */

/** A person as the protocol names them: "Berit Johansson (C)". */
export interface PersonRef {
  name: string;
  /** Party abbreviation (C, M, S …) for elected members. */
  party?: string | null;
  /** What they are there as, for officials and others: "regiondirektör", "Region Halland". */
  title?: string | null;
}

/** §§ a participant was present for, when not the whole meeting: from/until a § (inclusive), or a list. */
export interface Presence {
  fromNumber?: number | null;
  untilNumber?: number | null;
  /** Explicit §§ (overrides from/until), e.g. [67, 68]. */
  numbers?: number[];
}

export type MemberRole = 'chair' | 'first_vice_chair' | 'second_vice_chair' | 'vice_chair' | 'member';

/** A member (ledamot) who took part in the decisions (beslutande). */
export interface Member extends PersonRef {
  role: MemberRole;
  /** Only for some §§ (arrived late, left early); absent: the whole meeting. */
  presence?: Presence | null;
}

/** A substitute serving in a member's place (tjänstgörande ersättare). */
export interface ServingSubstitute extends PersonRef {
  /** The member they serve for. */
  servesFor: PersonRef;
  presence?: Presence | null;
}

/** Someone present who does not decide: non-serving substitutes, officials, the secretary, guests. */
export interface OtherPresent extends PersonRef {
  role: 'substitute' | 'secretary' | 'official' | 'adjunct' | 'observer' | 'other';
  presence?: Presence | null;
}

/** Text as the house's rich-text tree, as plain paragraphs (blank-line separated), or a list of paragraphs. */
export type ProtocolText = RichDoc | string | string[];

/** A document of the decision basis (beslutsunderlag). */
export interface BasisDocument {
  title: string;
  /** When it was written or decided, e.g. "2019-02-20". */
  date?: string | null;
}

/** A proposal or a decision: an optional lead-in ("Regionstyrelsens arbetsutskott beslutar att") and its points. */
export interface Points {
  /** Who proposes or decides, as the heading says it: "Regiondirektörens förslag", "Regionstyrelsens beslut". */
  heading?: string | null;
  /** A sentence before the points: "Regionfullmäktiges presidium föreslår regionfullmäktige". */
  intro?: string | null;
  points: string[];
  /** Numbered 1., 2., 3. (default) or as dashes after "beslutar att". */
  style?: 'numbered' | 'bullets';
}

export type MotionKind =
  'approval' | 'rejection' | 'amendment' | 'addition' | 'referral_back' | 'postponement' | 'other';

/** A motion (yrkande) by named members: printed "<names> yrkar <text>." */
export interface Motion {
  /** Referred to by `supports`, propositions and reservations. */
  id: string;
  by: PersonRef[];
  kind: MotionKind;
  /**
   * What is moved, as it follows "yrkar": "att frågan behandlas i Regionens samverkansråd",
   * "bifall till motionen". Empty with `supports`: "bifall till Elin Lemons yrkande"; empty otherwise: the
   * kind's wording ("avslag", "återremiss" …).
   */
  text?: string | null;
  /** The motion whose approval this one asks for. */
  supports?: string | null;
}

/** Someone speaks without moving anything: "<names> yttrar sig." */
export interface Statement {
  by: PersonRef[];
  text?: string | null;
}

/** One of the chair's propositions, in order: "Ordföranden ställer proposition på <on> och finner <finding>." */
export interface Proposition {
  on: string;
  finding: string;
}

export type VoteChoice = 'yes' | 'no' | 'abstain';
export interface Vote {
  /** The voting proposition: what yes and what no mean. */
  question: string;
  votes: { voter: PersonRef; choice: VoteChoice; servesFor?: PersonRef | null }[];
  /** The outcome in words: "Regionfullmäktige har beslutat enligt regiondirektörens förslag." */
  outcome?: string | null;
  /** A tie decided by the chair's casting vote (utslagsröst). */
  castingVote?: boolean;
}

/** A reservation (dissent) by named members, "till förmån för" a motion, with written reasons if handed in. */
export interface Reservation {
  by: PersonRef[];
  /** The motion the reservation is in favour of: its id in `motions`, or words ("Berit Johanssons yrkande"). */
  inFavourOf?: string | null;
  reasons?: ProtocolText | null;
}

/** A protocol note (protokollsanteckning). */
export interface ProtocolNote {
  by?: PersonRef[];
  text: string;
}

/** Jäv: a member who did not take part in the §. */
export interface Disqualification {
  person: PersonRef;
  reason?: string | null;
}

/** An earlier step of the case in another body, as quoted in the § (presidium, the board). */
export interface EarlierStep {
  body: string;
  date?: string | null;
  paragraph?: number | null;
  proposal?: Points | null;
  motions?: Motion[];
  statements?: Statement[];
  propositions?: Proposition[];
  decision?: Points | null;
}

/** A § of the protocol. */
export interface ProtocolParagraph {
  number: number;
  /** Registration number (diarienummer), e.g. RS/333/2015. */
  dnr?: string | null;
  title: string;
  /** A line under the title, e.g. "(Beslut enligt delegation)" or an earlier protocol extract. */
  subtitle?: string | null;
  /** Ärendet: what the case is about. */
  matter?: ProtocolText | null;
  basis?: BasisDocument[];
  /** Förslag till beslut (or the officer's / director's proposal under its own heading). */
  proposal?: Points | null;
  /** The case's path through other bodies before this one, in order. */
  earlier?: EarlierStep[];
  disqualifications?: Disqualification[];
  motions?: Motion[];
  statements?: Statement[];
  propositions?: Proposition[];
  vote?: Vote | null;
  /** The decision's points, which may differ from the proposal. */
  decision: Points;
  reservations?: Reservation[];
  notes?: ProtocolNote[];
  /** Expedieras till. */
  recipients?: string[];
  /** Adjusted at once at the meeting (omedelbar justering). */
  adjustedImmediately?: boolean;
}

/** The notice on the notice board (anslagsbevis); absent for a body that announces nothing (a council). */
export interface NoticeFacts {
  postedOn: string;
  takeDownOn: string;
  /** Förvaringsplats för protokollet. */
  keptAt: string;
  /** The last day to appeal (13 kap. 5 § kommunallagen). */
  appealEndsOn?: string | null;
  /** Where: "Region Hallands anslagstavla". */
  board?: string | null;
  /** Who certifies the notice. */
  certifiedBy?: PersonRef | null;
}

export interface Adjusting {
  /** Justeringens plats och tid, as decided at the meeting: "Regionens hus, 2019-03-11". */
  placeAndTime?: string | null;
  /** Justerat: the day it was adjusted; absent: not yet adjusted (the document is marked "Ojusterat"). */
  adjustedOn?: string | null;
}

export interface ProtocolVersion {
  /** 1 for the first adjusted protocol; a correction makes a new edition. */
  edition: number;
  corrections?: { edition: number; date: string; note: string; by?: string | null }[];
}

export interface ProtocolModel {
  organisation: string;
  body: {
    name: string;
    /** The body's kind in words, for the header: "fullmäktige", "nämnd", "utskott", "råd". */
    kind?: string | null;
  };
  meeting: {
    /** First day; `endDate` when it runs over several days. */
    date: string;
    endDate?: string | null;
    startTime?: string | null;
    endTime?: string | null;
    /** Breaks or sessions in words: "ajournering 12.00–13.00". */
    timeNote?: string | null;
    place?: string | null;
    onlineUrl?: string | null;
  };
  members: Member[];
  substitutes?: ServingSubstitute[];
  others?: OtherPresent[];
  chair: PersonRef;
  secretary: PersonRef;
  adjusters: PersonRef[];
  adjusting?: Adjusting;
  paragraphs: ProtocolParagraph[];
  /**
   * Whether the body announces its protocols on the notice board (fullmäktige, nämnder and their
   * committees do; a collaboration council does not). Default true.
   */
  announces?: boolean;
  /** The notice once posted; absent while not yet announced (the certificate is then printed blank to fill in). */
  notice?: NoticeFacts | null;
  /** Who certifies extracts (utdragsbestyrkande); the secretary when absent. */
  extractCertifier?: PersonRef | null;
  version?: ProtocolVersion | null;
  /** The decision first in each § (as Region Halland writes), or in the order things happened (default). */
  order?: 'narrative' | 'decision-first';
}

/** A meeting as its call (kallelse) and calendar invitation need it. */
export interface MeetingCall {
  /** Stable and unique: the meeting's id, so an updated call replaces the earlier invitation. */
  uid: string;
  organisation: string;
  body: string;
  date: string;
  endDate?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  place?: string | null;
  onlineUrl?: string | null;
  /** The meeting's page in Samsyn. */
  url?: string | null;
  /** The agenda: §§ or items to deal with. */
  agenda: { number?: number | null; title: string; dnr?: string | null }[];
  /** For the organiser line; optional. */
  organiser?: { name: string; email?: string | null } | null;
  /** Increase on every changed call (SEQUENCE). */
  sequence?: number;
  /** Cancelled meetings send STATUS:CANCELLED. */
  cancelled?: boolean;
}

/** One announced protocol on the notice board. */
export interface NoticeBoardItem {
  /** Stable id of the announcement (e.g. the meeting's id). */
  id: string;
  body: string;
  meetingDate: string;
  postedOn: string;
  takeDownOn: string;
  appealEndsOn?: string | null;
  keptAt?: string | null;
  /** The protocol (PDF) or the announcement's page. */
  url: string;
  /** When the announcement last changed (ISO date-time); the posted day when absent. */
  updated?: string | null;
}
