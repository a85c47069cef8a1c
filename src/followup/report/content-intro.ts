import type { AreaTally, Cycle, CycleCompilation } from '../contract.js';
import { fields, heading, list, para, table, type Block } from '../../documents/index.js';
import { day, pct, period, share } from './format.js';
import type { Locale, Texts } from './texts.js';

/** The title page, the summary and the timeline. */
const MAX_EARLIER = 3;

/** The earlier years shown beside this year: the most recent few, newest first. */
export const earlier = <T extends { year: number }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => b.year - a.year).slice(0, MAX_EARLIER);

const positive = (t: AreaTally) =>
  t.distribution
    .filter((d) => d.rating === 'satisfied' || d.rating === 'mostly_satisfied')
    .reduce((n, d) => n + d.count, 0);

export function titleBlocks(cycle: Cycle, t: Texts): Block[] {
  return [
    { type: 'title', text: t.reportTitle(cycle.year), subtitle: cycle.templateTitle },
    para(t.toCouncil),
    fields([
      [t.organisation, cycle.organisationName],
      [t.period, period(cycle.periodStart, cycle.periodEnd)],
      [t.status, t.cycleStatuses[cycle.status] ?? cycle.status],
      [t.reportDate, day(new Date().toISOString())],
    ]),
  ];
}

export function summaryBlocks(cycle: Cycle, c: CycleCompilation, locale: Locale, t: Texts): Block[] {
  const submitted = c.municipalities.filter((m) => m.status === 'submitted').length;
  const done = cycle.milestones.filter((m) => m.status === 'done').length;
  const late = cycle.milestones.filter((m) => m.overdue && m.status !== 'done').length;
  const q = c.questionnaire;
  const items = [
    t.summaryMunicipalities(submitted, c.municipalities.length),
    q ? t.summaryResponses(q.completed, q.invited, pct(q.responseRate, locale)) : t.noQuestionnaire,
    ...(q ? [t.summarySuggestions(c.suggestions.length)] : []),
    t.summaryMilestones(done, cycle.milestones.length, late),
    c.decision ? t.summaryDecided(day(c.decision.date), c.decision.bodyName) : t.noDecision,
  ];
  const years = [
    c.year,
    ...[...new Set(c.areas.flatMap((a) => a.previous.map((p) => p.year)))].sort((x, y) => y - x).slice(0, MAX_EARLIER),
  ];
  const cell = (tally: AreaTally | undefined) =>
    tally && tally.answered
      ? t.outOf(pct(share(positive(tally), tally.answered), locale), positive(tally), tally.answered)
      : '–';
  return [
    heading(1, t.summary),
    list(false, items),
    heading(2, t.positiveShare),
    table(
      [
        { title: t.area, width: 40 },
        ...years.map((y) => ({ title: String(y), width: 60 / years.length, align: 'right' as const })),
      ],
      c.areas.map((a) => [
        `${a.code} ${a.name}`,
        ...years.map((y) => cell(y === c.year ? a : a.previous.find((p) => p.year === y))),
      ]),
    ),
  ];
}

export function timelineBlocks(cycle: Cycle, t: Texts): Block[] {
  const owner = (m: Cycle['milestones'][number]) =>
    m.ownerName && m.ownerBodyName
      ? `${m.ownerName} (${m.ownerBodyName})`
      : (m.ownerName ?? m.ownerBodyName ?? t.noOwner);
  const status = (m: Cycle['milestones'][number]) => {
    const s = t.milestoneStatuses[m.status] ?? m.status;
    if (m.status === 'done') return m.doneOn ? `${s} ${day(m.doneOn)}` : s;
    return m.overdue ? `${s} – ${t.overdue}` : s;
  };
  const rows = [...cycle.milestones]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((m) => [t.milestoneKinds[m.kind] ?? m.kind, owner(m), day(m.dueDate), status(m), m.note ?? '']);
  const hasNotes = rows.some((r) => r[4]);
  return [
    heading(1, t.timeline),
    table(
      [
        { title: t.milestone, width: 30 },
        { title: t.owner, width: hasNotes ? 22 : 30 },
        { title: t.dueDate, width: 13 },
        { title: t.status, width: hasNotes ? 17 : 22 },
        ...(hasNotes ? [{ title: t.note, width: 18 }] : []),
      ],
      hasNotes ? rows : rows.map((r) => r.slice(0, 4)),
    ),
  ];
}
