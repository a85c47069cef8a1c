import { meetingRuleError } from './errors.js';

/**
 * The kinds of body, as codes (the same codes as `bodyTypes` in src/bodies/contract.ts, which a
 * test checks). Bodies of a municipality or region under Kommunallagen (2017:725) follow the
 * `municipal_act` profile; collaboration bodies that are not nämnder (seed 002's Råd för social
 * hållbarhet, Regionens samverkansråd, networks and working groups) follow `collaboration`.
 */
export const municipalActKinds = [
  'full_council', // fullmäktige (5 kap.)
  'executive_board', // styrelse: kommunstyrelse / regionstyrelse (6 kap.)
  'committee', // nämnd (6 kap.)
  'working_committee', // utskott, arbetsutskott (6 kap. 39 §; decides by delegation of its nämnd)
  'presidium', // fullmäktiges presidium (prepares matters for fullmäktige)
] as const;
export const collaborationKinds = [
  'council', // samverkansråd, råd
  'secretariat_group', // kansligrupp
  'coordination_group', // samordningsgrupp
  'working_group', // regional arbetsgrupp
  'network', // nätverk
  'steering_group', // styrgrupp
  'board', // a collaboration's board (not a kommunal styrelse)
] as const;
export const bodyKinds = [...municipalActKinds, ...collaborationKinds] as const;
export type MunicipalActKind = (typeof municipalActKinds)[number];
export type CollaborationKind = (typeof collaborationKinds)[number];
export type BodyKind = (typeof bodyKinds)[number];

export const profileNames = ['municipal_act', 'collaboration'] as const;
export type ProfileName = (typeof profileNames)[number];

/** How a tied vote on a matter (not an election) is decided. */
export type TieRule = 'casting_vote' | 'not_adopted';

export interface RulesProfile {
  name: ProfileName;
  /** The protocol is adjusted no later than this many days after the meeting's last day. */
  adjustWithinDays: number;
  /** Warn this many days before the adjusting deadline (adjustState's due_soon). */
  warnDaysBefore: number;
  /** Move deadlines off Saturdays, Sundays, holidays and the three eves (lag 1930:173 2 §). */
  moveOffNonWorkingDays: boolean;
  /** The adjusting is announced on the notice board no later than this many days after it; null: no notice. */
  noticeWithinDays: number | null;
  /** Weeks from the notice day to the end of the appeal period (13 kap. 5 §); null: no appeal. */
  appealWeeks: number | null;
  /** Adjusters named besides the chair, at least. */
  minAdjusters: number;
  tie: TieRule;
  /** Motions (motioner) to this body must be decided within a year (5 kap. 35 §). */
  motionsWithinAYear: boolean;
}

const MUNICIPAL_ACT: RulesProfile = {
  name: 'municipal_act',
  adjustWithinDays: 14,
  warnDaysBefore: 3,
  moveOffNonWorkingDays: true,
  noticeWithinDays: 2,
  appealWeeks: 3,
  minAdjusters: 1,
  tie: 'casting_vote',
  motionsWithinAYear: false,
};

const COLLABORATION: RulesProfile = {
  name: 'collaboration',
  adjustWithinDays: 14,
  warnDaysBefore: 3,
  moveOffNonWorkingDays: true,
  noticeWithinDays: null,
  appealWeeks: null,
  minAdjusters: 1,
  tie: 'not_adopted',
  motionsWithinAYear: false,
};

export const isMunicipalActKind = (kind: string): kind is MunicipalActKind =>
  (municipalActKinds as readonly string[]).includes(kind);
export const isBodyKind = (kind: string): kind is BodyKind => (bodyKinds as readonly string[]).includes(kind);

/** A body's own choices where its profile leaves room (a collaboration body's adjusting deadline). */
export interface ProfileOptions {
  adjustWithinDays?: number;
  warnDaysBefore?: number;
  minAdjusters?: number;
}

/**
 * The rules profile of a kind of body. A collaboration body may set its own adjusting deadline and
 * number of adjusters; a body under Kommunallagen may name more adjusters (fullmäktige usually two)
 * and warn earlier, but not adjust later than 14 days.
 */
export function profileFor(kind: string, options: ProfileOptions = {}): RulesProfile {
  if (!isBodyKind(kind))
    throw meetingRuleError('meeting_rule.body_kind_unknown', `No rules profile for the kind of body "${kind}"`, {
      kind,
    });
  const base = isMunicipalActKind(kind) ? MUNICIPAL_ACT : COLLABORATION;
  const profile: RulesProfile = {
    ...base,
    motionsWithinAYear: kind === 'full_council',
    warnDaysBefore: options.warnDaysBefore ?? base.warnDaysBefore,
    minAdjusters: Math.max(base.minAdjusters, options.minAdjusters ?? base.minAdjusters),
    adjustWithinDays:
      base.name === 'collaboration'
        ? (options.adjustWithinDays ?? base.adjustWithinDays)
        : Math.min(base.adjustWithinDays, options.adjustWithinDays ?? base.adjustWithinDays),
  };
  for (const [field, value] of Object.entries({
    adjustWithinDays: profile.adjustWithinDays,
    warnDaysBefore: profile.warnDaysBefore,
    minAdjusters: profile.minAdjusters,
  }))
    if (!Number.isInteger(value) || value < 0 || value > 366)
      throw meetingRuleError('meeting_rule.profile_invalid', `${field} must be a whole number of days from 0 to 366`, {
        field,
        value,
      });
  return profile;
}

/** The protocol of this kind of body is announced on the notice board (8 kap. 12 §). */
export const announces = (profile: RulesProfile): boolean => profile.noticeWithinDays !== null;
