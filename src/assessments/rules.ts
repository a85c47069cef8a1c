import type { Change, GoalTally, Quadrant } from './contract.js';

/** Power and interest 4–5 count as high (the classic stakeholder grid split at the middle of 1–5). */
export const HIGH = 4;

export function quadrantOf(power: number, interest: number): Quadrant {
  const p = power >= HIGH;
  const i = interest >= HIGH;
  if (p && i) return 'manage_closely';
  if (p) return 'keep_satisfied';
  if (i) return 'keep_informed';
  return 'monitor';
}

/** An action is overdue when its deadline has passed and it is neither done nor dropped. */
export function isOverdue(deadline: string, status: string, today: string): boolean {
  return deadline < today && status !== 'done' && status !== 'dropped';
}

export interface ImpactLike {
  frameworkKind: string;
  code: string;
  parentCode: string | null;
  effect: string;
  directness: string | null;
  /** How many impacts this row stands for (1 unless rows were grouped in the database). */
  count?: number;
}

/**
 * Net impact per Agenda 2030 goal, counting the goal itself and its targets: each positive counts
 * +1, each negative −1 ("both" counts once each way); unknown (knowledge gaps) are counted apart.
 */
export function tallyGoals(impacts: ImpactLike[]): GoalTally[] {
  const tallies = Array.from({ length: 17 }, (_, i) => ({
    goal: String(i + 1),
    positive: 0,
    negative: 0,
    unknown: 0,
    net: 0,
    direct: 0,
    indirect: 0,
  }));
  for (const im of impacts) {
    if (im.frameworkKind !== 'agenda2030') continue;
    const goal = im.parentCode ?? im.code.split('.')[0];
    const t = tallies[Number(goal) - 1];
    if (!t) continue;
    const n = im.count ?? 1;
    if (im.effect === 'positive' || im.effect === 'both') t.positive += n;
    if (im.effect === 'negative' || im.effect === 'both') t.negative += n;
    if (im.effect === 'unknown') t.unknown += n;
    if (im.effect !== 'none' && im.effect !== 'unknown') {
      if (im.directness === 'direct' || im.directness === 'both') t.direct += n;
      if (im.directness === 'indirect' || im.directness === 'both') t.indirect += n;
    }
  }
  for (const t of tallies) t.net = t.positive - t.negative;
  return tallies;
}

export interface Keyed {
  key: string;
  label: { sv: string; en: string };
  values: Record<string, unknown>;
}

/** What changed between two versions of a list, matched by a stable key (not by database id). */
export function diff(before: Keyed[], after: Keyed[]): Change[] {
  const old = new Map(before.map((k) => [k.key, k]));
  const now = new Map(after.map((k) => [k.key, k]));
  const changes: Change[] = [];
  for (const a of after) {
    const b = old.get(a.key);
    if (!b) {
      changes.push({ key: a.key, label: a.label, change: 'added', fields: [], before: null, after: a.values });
      continue;
    }
    const fields = Object.keys({ ...b.values, ...a.values }).filter(
      (f) => JSON.stringify(b.values[f] ?? null) !== JSON.stringify(a.values[f] ?? null),
    );
    if (fields.length)
      changes.push({ key: a.key, label: a.label, change: 'changed', fields, before: b.values, after: a.values });
  }
  for (const b of before) {
    if (!now.has(b.key))
      changes.push({ key: b.key, label: b.label, change: 'removed', fields: [], before: b.values, after: null });
  }
  return changes;
}

/**
 * A note on positions belongs to a "yes": it says which positions are needed. Steps whose answer
 * is "no" but that carry a note are contradictory (the report would say "No – <note>").
 */
export function contradictoryPositionSteps(needs: Record<string, { needed: boolean; note: string | null }>): string[] {
  return Object.entries(needs)
    .filter(([, n]) => !n.needed && !!n.note?.trim())
    .map(([step]) => step);
}

/** Stored answers as they must be read: a "no" never carries a note (older rows may have one). */
export function consistentPositionNeeds(
  needs: Record<string, { needed: boolean; note: string | null }>,
): Record<string, { needed: boolean; note: string | null }> {
  return Object.fromEntries(
    Object.entries(needs).map(([step, n]) => [step, { needed: n.needed, note: n.needed ? (n.note ?? null) : null }]),
  );
}

export { todayIso } from '../platform/today.js';
