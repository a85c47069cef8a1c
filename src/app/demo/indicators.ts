/**
 * Demo (issue 13 item 7): one indicator set of Jämtlands län tied to the national gender equality
 * sub-goals, on the demo's Kolada KPIs (src/statistics/sources/demo.ts). It works before the demo's
 * figures are imported (the indicators say so) and shows them once they are. Only sub-goals 2, 3 and
 * 4 are followed: the demo's five KPIs say nothing true about power (1), health (5) or violence (6).
 */
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { currentPublishedVersion, frameworkIdByKey, itemsOfVersions } from '../../goals/index.js';
import { addIndicator, createIndicatorSet } from '../../statistics/indicators.js';
import type { CreateIndicator } from '../../statistics/indicators-contract.js';

/** The indicators: a demo KPI, the sub-goals (codes 1–6) it follows, the wanted direction. */
const demoIndicators: (Omit<CreateIndicator, 'goalItemIds'> & { subgoals: string[] })[] = [
  {
    // Employment of women and men: economic equality, and the unpaid care work that keeps women out of it.
    kpi: { source: 'kolada', id: 'N00914' },
    direction: 'equality',
    targetValue: 1,
    targetYear: 2030,
    baselineYear: 2020,
    note: 'Kvoten kvinnor/män bland förvärvsarbetande 20–64 år.',
    subgoals: ['2', '4'],
  },
  {
    kpi: { source: 'kolada', id: 'N01982' },
    direction: 'equality',
    baselineYear: 2020,
    note: 'Eftergymnasial utbildning bland kvinnor och män 25–64 år.',
    subgoals: ['3'],
  },
  {
    kpi: { source: 'kolada', id: 'U60900' },
    direction: 'increase',
    targetValue: 90,
    targetYear: 2030,
    note: 'Behörighet till gymnasiet, flickor och pojkar.',
    subgoals: ['3'],
  },
];

export async function loadDemoIndicators(db: Db, coordinator: Actor, organisationId: string): Promise<void> {
  const framework = await frameworkIdByKey(db, 'gender-equality');
  const version = framework && (await currentPublishedVersion(db, framework));
  if (!version) return;
  const items = await itemsOfVersions(db, [version]);
  const byCode = new Map(items.map((i) => [i.code, i.id]));
  const set = await createIndicatorSet(db, coordinator, {
    name: 'Jämställdhet i Jämtlands län',
    description:
      'Nyckeltal per kön för de jämställdhetspolitiska delmålen, för länets kommuner, regionen och riket. DEMODATA: värdena är påhittade efter ett inspelat svar från Kolada.',
    organisationId,
  });
  for (const { subgoals, ...indicator } of demoIndicators)
    await addIndicator(db, coordinator, set.id, {
      ...indicator,
      goalItemIds: subgoals.map((c) => byCode.get(c)).filter((id): id is string => !!id),
    });
}
