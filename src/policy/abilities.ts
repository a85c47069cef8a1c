import { can, type Action, type Actor, type Subject, type Target } from './policy.js';

/**
 * What the signed-in person may do with one record, for the web to show or hide its buttons
 * (the web never rebuilds a policy target). Keys are the policy's actions that apply to the record.
 */
export function abilitiesFor<const K extends Exclude<Action, 'read' | 'create'>>(
  actor: Actor | undefined,
  subject: Subject,
  target: Target,
  actions: readonly K[],
): Record<K, boolean> {
  return Object.fromEntries(actions.map((a) => [a, actor ? can(actor, a, subject, target) : false])) as Record<
    K,
    boolean
  >;
}

/** Whether the person may create a record of this subject here (list answers, the session answer). */
export function mayCreate(actor: Actor | undefined, subject: Subject, target: Target = {}): boolean {
  return actor ? can(actor, 'create', subject, target) : false;
}

/**
 * A decision about a target (abilities, usually) made once per distinct target: the rows of a list
 * share few targets (a page of people belongs to a handful of organisations), so each target is
 * decided once and its answer, frozen, is shared by every row with that target. Make one per list
 * answer (`decide` holds the actor), not one to keep.
 */
export function perTarget<G extends Target, T extends object>(decide: (target: G) => T): (target: G) => Readonly<T> {
  const decided = new Map<string, Readonly<T>>();
  return (target) => {
    const key = `${target.countyId ?? ''}|${target.organisationId ?? ''}|${target.shared ?? ''}|${target.builtin ?? ''}`;
    let answer = decided.get(key);
    if (!answer) decided.set(key, (answer = Object.freeze(decide(target))));
    return answer;
  };
}
