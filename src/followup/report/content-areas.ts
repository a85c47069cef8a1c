import { areaRatings, type AreaTally, type Cycle, type CycleCompilation } from '../contract.js';
import { fields, heading, list, para, richBlocks, table, type Block } from '../../documents/index.js';
import { chartFigure } from './chart.js';
import { earlier } from './content-intro.js';
import { countPct, day } from './format.js';
import type { Locale, Texts } from './texts.js';

/** Per area: the activity reports, the municipalities' ratings beside earlier years, the comments; then per municipality. */
type AreaCompilation = CycleCompilation['areas'][number];

const countOf = (tally: AreaTally, rating: string) =>
  tally.distribution.find((d) => d.rating === rating) ?? { count: 0, percent: 0 };
const chartId = (code: string) => `area-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function reportBlocks(cycle: Cycle, code: string, t: Texts): Block[] {
  const published = cycle.reports.filter((r) => r.status === 'published' && r.areaCode === code);
  const general = published.filter((r) => !r.municipalityId);
  const specific = published
    .filter((r) => r.municipalityId)
    .sort((a, b) => (a.municipalityName ?? '').localeCompare(b.municipalityName ?? '', 'sv'));
  if (!published.length) return [heading(3, t.activityReport), para(t.noReport, 'note')];
  return [
    ...general.flatMap((r) => [heading(3, t.activityReport), ...richBlocks(r.body, 3)]),
    ...specific.flatMap((r) => [heading(3, t.activityReportFor(r.municipalityName ?? '')), ...richBlocks(r.body, 3)]),
  ];
}

function ratingBlocks(a: AreaCompilation, year: number, locale: Locale, t: Texts): Block[] {
  const tallies = [{ year, ...a }, ...earlier(a.previous)];
  const rows = areaRatings.map((r) => [
    t.ratings[r],
    ...tallies.map((x) => countPct(countOf(x, r).count, countOf(x, r).percent, locale)),
  ]);
  rows.push([t.ratingsAnswered, ...tallies.map((x) => String(x.answered))]);
  const title = t.areaChart(`${a.code} ${a.name}`);
  return [
    heading(3, t.ratingsHeading),
    table(
      [
        { title: t.rating, width: 31 },
        ...tallies.map((x) => ({ title: String(x.year), width: 69 / tallies.length, align: 'right' as const })),
      ],
      rows,
    ),
    chartFigure(
      {
        id: chartId(a.code),
        title,
        categories: areaRatings.map((r) => t.ratings[r]),
        bars: tallies.map((x) => ({ label: String(x.year), values: areaRatings.map((r) => countOf(x, r).count) })),
        nLabel: t.nAnswers,
        emptyLabel: t.noAnswers,
        locale,
      },
      t.figure(title),
    ),
  ];
}

export function areaBlocks(cycle: Cycle, c: CycleCompilation, locale: Locale, t: Texts): Block[] {
  const areas = cycle.areas.length ? cycle.areas : c.areas.map(({ code, name }) => ({ code, name }));
  return [
    heading(1, t.areas),
    ...areas.flatMap((area) => {
      const a = c.areas.find((x) => x.code === area.code);
      return [
        heading(2, t.areaHeading(area.code, area.name)),
        ...reportBlocks(cycle, area.code, t),
        ...(a ? ratingBlocks(a, c.year, locale, t) : []),
        heading(3, t.comments),
        a?.comments.length
          ? list(
              false,
              a.comments.map((x) => [{ text: `${x.municipalityName}: `, bold: true }, { text: x.comment }]),
            )
          : para(t.noComments, 'note'),
      ] satisfies Block[];
    }),
  ];
}

export function municipalityBlocks(cycle: Cycle, c: CycleCompilation, t: Texts): Block[] {
  const areas = cycle.areas.length ? cycle.areas : c.areas.map(({ code, name }) => ({ code, name }));
  const label = (r: string | null | undefined) => (r ? (t.ratings[r] ?? r) : '–');
  const status = (s: string) => t.feedbackStatuses[s] ?? s;
  // Area codes head the overview's columns (the names would break mid-word); the note names them.
  const names = areas.map((a) => `${a.code} ${a.name}`).join(', ');
  const out: Block[] = [
    heading(1, t.municipalities),
    heading(2, t.overview),
    para(t.overviewNote(c.year, names), 'note'),
  ];
  out.push(
    table(
      [
        { title: t.municipality, width: 20 },
        ...areas.map((a) => ({ title: a.code, width: 66 / areas.length })),
        { title: t.status, width: 14 },
      ],
      c.municipalities.map((m) => [
        m.name,
        ...areas.map((a) => label(m.areas.find((x) => x.code === a.code)?.rating)),
        status(m.status),
      ]),
    ),
  );
  for (const m of c.municipalities) {
    const years = [...new Set(m.areas.flatMap((a) => a.previous.map((p) => p.year)))].sort((x, y) => y - x).slice(0, 3);
    out.push(heading(2, m.name));
    out.push(
      table(
        [
          { title: t.area, width: 37 },
          { title: String(c.year), width: 63 / (years.length + 1) },
          ...years.map((y) => ({ title: String(y), width: 63 / (years.length + 1) })),
        ],
        areas.map((a) => {
          const x = m.areas.find((y) => y.code === a.code);
          return [
            `${a.code} ${a.name}`,
            label(x?.rating),
            ...years.map((y) => label(x?.previous.find((p) => p.year === y)?.rating)),
          ];
        }),
      ),
    );
    out.push(
      fields([
        [t.status, status(m.status)],
        [t.meeting, m.meetingDate ? day(m.meetingDate) : t.noMeeting],
      ]),
    );
    if (m.notes?.trim()) out.push(heading(3, t.meetingNotes), ...richBlocks(m.notes, 3));
  }
  return out;
}
