import { type Attendee, type ParagraphAttendance, entitlementAt } from './attendance.js';
import type { Problem } from './errors.js';

/**
 * Motions (yrkanden) made at a § by named members: bifall (approval), avslag (rejection), ändring
 * (amendment), tillägg (addition), återremiss (referral back), bordläggning (postponement), or
 * other. A motion that `supports` another (“yrkar bifall till Elin Lemons yrkande”) joins it: its
 * makers become supporters of that motion, it is not a new alternative. `supports: 'proposal'`
 * supports the proposal (förslag till beslut).
 */
export const motionKinds = [
  'approval',
  'rejection',
  'amendment',
  'addition',
  'referral_back',
  'postponement',
  'other',
] as const;
export type MotionKind = (typeof motionKinds)[number];
export const PROPOSAL = 'proposal';

export interface Motion {
  id: string;
  by: readonly string[];
  kind: MotionKind;
  supports?: string | null;
}

export const motionProblemCodes = [
  'motion.duplicate_id',
  'motion.by_not_entitled',
  'motion.supports_unknown',
  'motion.supports_cycle',
  'motion.support_kind',
] as const;
export type MotionProblemCode = (typeof motionProblemCodes)[number];

/** The motion a motion stands for after following `supports` (itself when it supports none). */
export function rootOf(motions: readonly Motion[], id: string): string | null {
  const byId = new Map(motions.map((m) => [m.id, m]));
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    if (current === PROPOSAL) return PROPOSAL;
    const m = byId.get(current);
    if (!m || seen.has(current)) return null;
    seen.add(current);
    if (!m.supports) return current;
    current = m.supports;
  }
}

/** Motion problems of a §: unknown or circular support, and makers who may not make motions there. */
export function motionProblems(
  motions: readonly Motion[],
  attendance: readonly Attendee[],
  p: ParagraphAttendance,
): Problem<MotionProblemCode>[] {
  const problems: Problem<MotionProblemCode>[] = [];
  const ids = new Set<string>();
  const whyNot = entitlementAt(attendance, p);
  for (const m of motions) {
    if (ids.has(m.id) || m.id === PROPOSAL)
      problems.push({
        code: 'motion.duplicate_id',
        motionId: m.id,
        paragraph: p.number,
        message: `Two motions are called ${m.id}`,
      });
    ids.add(m.id);
    for (const id of m.by) {
      const why = whyNot(id);
      const name = attendance.find((a) => a.id === id)?.name ?? id;
      if (why)
        problems.push({
          code: 'motion.by_not_entitled',
          participantId: id,
          name,
          motionId: m.id,
          paragraph: p.number,
          message: `${name} cannot make a motion in § ${p.number} (${why.replace('_', ' ')})`,
        });
    }
    if (!m.supports) continue;
    if (m.kind !== 'approval')
      problems.push({
        code: 'motion.support_kind',
        motionId: m.id,
        paragraph: p.number,
        message: `Supporting another motion is a motion for its approval (bifall), not ${m.kind}`,
      });
    if (m.supports !== PROPOSAL && (!motions.some((x) => x.id === m.supports) || m.supports === m.id))
      problems.push({
        code: 'motion.supports_unknown',
        motionId: m.id,
        paragraph: p.number,
        message: `Motion ${m.id} supports ${m.supports}, which is not another motion of § ${p.number}`,
      });
    else if (rootOf(motions, m.id) === null)
      problems.push({
        code: 'motion.supports_cycle',
        motionId: m.id,
        paragraph: p.number,
        message: `Motion ${m.id} supports a motion that in turn supports it`,
      });
  }
  return problems;
}

/** Each motion that stands on its own (or the proposal) with everyone who made or supported it. */
export function supportersOf(motions: readonly Motion[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of motions) {
    const root = rootOf(motions, m.id);
    if (root === null) continue;
    const list = out.get(root) ?? [];
    for (const id of m.by) if (!list.includes(id)) list.push(id);
    out.set(root, list);
  }
  return out;
}

export type PropositionStage = 'referral_back' | 'postponement' | 'main' | 'addition';
export interface PropositionStep {
  stage: PropositionStage;
  /** What is put against each other: 'proposal' and/or motion ids. A single one is put for yes or no. */
  alternatives: string[];
}

/**
 * The order in which the chair as a rule puts the §'s proposal and motions (propositionsordning):
 * 1. återremiss, then bordläggning — whether the matter is decided today at all; each yes or no;
 * 2. the main alternatives against each other: the proposal and every approval, rejection, amendment
 *    or other motion standing on its own (motions supporting another have joined it);
 * 3. each tillägg (addition) on its own, for or against, once the main question is decided.
 * The chair decides the order in the end (and the body may object); this is the usual order that
 * the web proposes and `propositionProblems` compares with.
 */
export function propositionOrder(motions: readonly Motion[], hasProposal = true): PropositionStep[] {
  const roots = [...supportersOf(motions).keys()].filter((id) => id !== PROPOSAL);
  const kindOf = (id: string) => motions.find((m) => m.id === id)!.kind;
  const steps: PropositionStep[] = [];
  for (const stage of ['referral_back', 'postponement'] as const)
    for (const id of roots.filter((r) => kindOf(r) === stage)) steps.push({ stage, alternatives: [id] });
  const main = roots.filter((r) => ['approval', 'rejection', 'amendment', 'other'].includes(kindOf(r)));
  const mainAlternatives = hasProposal ? [PROPOSAL, ...main] : main;
  if (mainAlternatives.length) steps.push({ stage: 'main', alternatives: mainAlternatives });
  for (const id of roots.filter((r) => kindOf(r) === 'addition')) steps.push({ stage: 'addition', alternatives: [id] });
  return steps;
}

export const propositionProblemCodes = ['proposition.unknown', 'proposition.missing', 'proposition.order'] as const;
export type PropositionProblemCode = (typeof propositionProblemCodes)[number];

/**
 * The chair's propositions as recorded (each: what was put against what) checked against the §'s
 * motions: every id must be the proposal or a motion; every motion standing on its own must have been
 * put; återremiss and bordläggning are put before the main question (`proposition.order` is advice:
 * the chair may have had a reason).
 */
export function propositionProblems(
  propositions: readonly { on: readonly string[] }[],
  motions: readonly Motion[],
  hasProposal = true,
): Problem<PropositionProblemCode>[] {
  const problems: Problem<PropositionProblemCode>[] = [];
  const known = new Set([...(hasProposal ? [PROPOSAL] : []), ...motions.map((m) => m.id)]);
  const put = new Set<string>();
  for (const prop of propositions)
    for (const id of prop.on) {
      if (!known.has(id))
        problems.push({
          code: 'proposition.unknown',
          motionId: id,
          message: `The chair put "${id}", which is not in the §`,
        });
      const root = rootOf(motions, id);
      if (root) put.add(root);
    }
  for (const root of supportersOf(motions).keys())
    if (root !== PROPOSAL && !put.has(root))
      problems.push({
        code: 'proposition.missing',
        motionId: root,
        message: `Motion ${root} was never put to the meeting`,
      });
  const stageOf = (id: string): PropositionStage => {
    const kind = motions.find((m) => m.id === rootOf(motions, id))?.kind;
    return kind === 'referral_back' || kind === 'postponement' ? kind : kind === 'addition' ? 'addition' : 'main';
  };
  let mainSeen = false;
  for (const prop of propositions) {
    const stages = prop.on.filter((id) => known.has(id)).map(stageOf);
    if (mainSeen && stages.some((s) => s === 'referral_back' || s === 'postponement'))
      problems.push({
        code: 'proposition.order',
        message: 'Återremiss or bordläggning was put after the main question; as a rule it is put first',
      });
    if (stages.includes('main')) mainSeen = true;
  }
  return problems;
}
