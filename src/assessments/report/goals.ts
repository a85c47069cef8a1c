import agenda2030 from '../../goals/data/agenda2030.json' with { type: 'json' };
import type { Assessment, GoalTally } from '../contract.js';
import type { Locale } from './texts.js';

/** The 17 Agenda 2030 goals: number, official colour and short names. */
export interface WheelGoal {
  code: string;
  color: string;
  name: { sv: string; en: string };
}

const OFFICIAL: Record<string, string> = {
  '1': '#E5243B',
  '2': '#DDA63A',
  '3': '#4C9F38',
  '4': '#C5192D',
  '5': '#FF3A21',
  '6': '#26BDE2',
  '7': '#FCC30B',
  '8': '#A21942',
  '9': '#FD6925',
  '10': '#DD1367',
  '11': '#FD9D24',
  '12': '#BF8B2E',
  '13': '#3F7E44',
  '14': '#0A97D9',
  '15': '#56C02B',
  '16': '#00689D',
  '17': '#19486A',
};

export const GOALS: WheelGoal[] = agenda2030.items.map((i) => ({
  code: i.code,
  color: OFFICIAL[i.code] ?? i.color,
  name: i.name,
}));

export const goalName = (code: string, locale: Locale): string =>
  GOALS.find((g) => g.code === code)?.name[locale] ?? code;

/** The Agenda 2030 goal an impact belongs to ('3' for goal 3 and its targets 3.1, 3.a …), or null for other frameworks. */
export const goalOf = (impact: Assessment['impacts'][number]): string | null =>
  impact.step === 2 && impact.frameworkKind === 'agenda2030' ? impact.code.split('.')[0] : null;

/** The tally of one goal: the assessment's own if it has one, else counted from the impacts. */
export function tallyOf(a: Assessment, goal: string): GoalTally {
  const own = a.goals.find((t) => t.goal === goal);
  if (own) return own;
  const t: GoalTally = { goal, positive: 0, negative: 0, unknown: 0, net: 0, direct: 0, indirect: 0 };
  for (const i of a.impacts) {
    if (goalOf(i) !== goal) continue;
    if (i.effect === 'positive' || i.effect === 'both') t.positive++;
    if (i.effect === 'negative' || i.effect === 'both') t.negative++;
    if (i.effect === 'unknown') t.unknown++;
    if (i.directness === 'direct' || i.directness === 'both') t.direct++;
    if (i.directness === 'indirect' || i.directness === 'both') t.indirect++;
  }
  t.net = t.positive - t.negative;
  return t;
}

/** Orders codes like 1, 1.2, 1.10, 1.a, 10 naturally. */
export const byCode = (x: string, y: string): number => x.localeCompare(y, 'sv', { numeric: true });
