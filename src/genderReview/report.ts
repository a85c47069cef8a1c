/**
 * The review as Word and PDF (issue 13 item 6): one model (the Review contract) drawn as blocks of
 * the documents module: the documents of the steering chain, the matrix (documents × criteria), each
 * document's ratings with quotes and page references, the link chosen to improve and its work, and
 * the benchmark beside our own result. Texts in Swedish and English here.
 */
import {
  fields,
  fileSlug,
  heading,
  list,
  para,
  renderDocx,
  renderPdf,
  table,
  type Block,
  type DocumentSpec,
} from '../documents/index.js';
import type { Review } from './contract.js';

export type Locale = 'sv' | 'en';

const texts = {
  sv: {
    lang: 'sv-SE',
    pageLabel: 'Sida {page} av {pages}',
    report: 'Jämställdhetsgranskning av styrdokument',
    organisation: 'Organisation',
    year: 'År',
    status: 'Status',
    statuses: { in_progress: 'Pågår', done: 'Klar' },
    documents: 'Styrkedjans dokument',
    position: 'Nr',
    title: 'Dokument',
    kind: 'Slag',
    adopted: 'Antaget',
    reference: 'Referens',
    kinds: {
      rus: 'Regional utvecklingsstrategi',
      growth_strategy: 'Tillväxtstrategi',
      health_strategy: 'Hälso- och sjukvårdsstrategi',
      goals_budget: 'Mål och budget',
      operating_plan: 'Verksamhetsplan',
      policy: 'Policy',
      other: 'Annat',
    },
    criteria: 'Kriterier',
    groups: {
      subgoals: 'De jämställdhetspolitiska delmålen',
      fourR: '4R-metoden',
      decision: 'Jämställt beslut – fem frågor',
      own: 'Egna kriterier',
    },
    matrix: 'Översikt: dokument × kriterier',
    ratings: { clear: 'Tydligt', partly: 'Delvis', missing: 'Saknas', unrated: 'Ej bedömt' },
    short: { clear: 'T', partly: 'D', missing: 'S', unrated: '–' },
    legend: 'T = tydligt, D = delvis, S = saknas, – = ej bedömt.',
    perspective: 'Jämställdhetsperspektiv',
    perspectives: { clear: 'Tydligt', partly: 'Delvis', missing: 'Saknas', not_assessed: 'Ej bedömt' },
    result: 'Granskningens resultat',
    resultText: (r: Review['result']) =>
      `${r.clear} tydliga, ${r.partly} delvis, ${r.missing} saknas, ${r.unrated} ej bedömda. ` +
      `Dokument: ${r.documents.clear} tydligt, ${r.documents.partly} delvis, ${r.documents.missing} saknas, ${r.documents.not_assessed} ej bedömt.`,
    share: 'Andel tydliga av bedömda',
    perDocument: 'Bedömning per dokument',
    criterion: 'Kriterium',
    rating: 'Bedömning',
    quotes: 'Citat',
    page: 's.',
    note: 'Anteckning',
    noRatings: 'Inga bedömningar ännu.',
    improvement: 'Länken i styrkedjan att förbättra i år',
    chosen: 'Vald länk',
    none: 'Ingen vald ännu',
    change: 'Vad ska förändras',
    responsible: 'Ansvarig',
    due: 'Klart senast',
    workStatus: 'Läge',
    workStatuses: { not_started: 'Ej påbörjat', in_progress: 'Pågår', done: 'Klart' },
    notes: 'Anteckningar under året',
    benchmark: 'Benchmarking med andra regioner',
    region: 'Region',
    group: 'Kriteriegrupp',
    ours: 'Vår granskning',
    source: 'Källa',
    example: 'Exempel – inte uppgifter ur källan.',
    noBenchmark: 'Ingen benchmarking registrerad.',
  },
  en: {
    lang: 'en-GB',
    pageLabel: 'Page {page} of {pages}',
    report: 'Gender review of governing documents',
    organisation: 'Organisation',
    year: 'Year',
    status: 'Status',
    statuses: { in_progress: 'In progress', done: 'Done' },
    documents: 'Documents of the steering chain',
    position: 'No.',
    title: 'Document',
    kind: 'Kind',
    adopted: 'Adopted',
    reference: 'Reference',
    kinds: {
      rus: 'Regional development strategy',
      growth_strategy: 'Growth strategy',
      health_strategy: 'Health care strategy',
      goals_budget: 'Goals and budget',
      operating_plan: 'Operating plan',
      policy: 'Policy',
      other: 'Other',
    },
    criteria: 'Criteria',
    groups: {
      subgoals: 'The national gender equality sub-goals',
      fourR: 'The 4R method',
      decision: 'A gender-equal decision – five questions',
      own: 'Own criteria',
    },
    matrix: 'Overview: documents × criteria',
    ratings: { clear: 'Clear', partly: 'Partly', missing: 'Missing', unrated: 'Not rated' },
    short: { clear: 'C', partly: 'P', missing: 'M', unrated: '–' },
    legend: 'C = clear, P = partly, M = missing, – = not yet rated.',
    perspective: 'Gender perspective',
    perspectives: { clear: 'Clear', partly: 'Partly', missing: 'Missing', not_assessed: 'Not assessed' },
    result: 'The review’s result',
    resultText: (r: Review['result']) =>
      `${r.clear} clear, ${r.partly} partly, ${r.missing} missing, ${r.unrated} not rated. ` +
      `Documents: ${r.documents.clear} clear, ${r.documents.partly} partly, ${r.documents.missing} missing, ${r.documents.not_assessed} not assessed.`,
    share: 'Share clear of rated',
    perDocument: 'Ratings per document',
    criterion: 'Criterion',
    rating: 'Rating',
    quotes: 'Quotes',
    page: 'p.',
    note: 'Note',
    noRatings: 'No ratings yet.',
    improvement: 'The link of the steering chain to improve this year',
    chosen: 'Chosen link',
    none: 'None chosen yet',
    change: 'What is to change',
    responsible: 'Responsible',
    due: 'Due',
    workStatus: 'Status',
    workStatuses: { not_started: 'Not started', in_progress: 'In progress', done: 'Done' },
    notes: 'Notes over the year',
    benchmark: 'Benchmarking with other regions',
    region: 'Region',
    group: 'Group of criteria',
    ours: 'Our review',
    source: 'Source',
    example: 'Example – not figures from the source.',
    noBenchmark: 'No benchmark recorded.',
  },
} as const;

const pct = (x: number | null, locale: Locale) =>
  x === null ? '–' : `${Math.round(x * 100).toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB')} %`;

const groupName = (t: (typeof texts)[Locale], g: string) => (t.groups as Record<string, string>)[g] ?? g;

/** The report's blocks: pure, from the review as the API answers it. */
export function reportBlocks(review: Review, locale: Locale = 'sv'): Block[] {
  const t = texts[locale];
  const name = (c: Review['criteria'][number]) => c.name[locale];
  const blocks: Block[] = [
    { type: 'title', text: t.report, subtitle: `${review.organisationName} ${review.year}: ${review.title}` },
    fields([
      [t.organisation, review.organisationName],
      [t.year, String(review.year)],
      [t.status, t.statuses[review.status]],
    ]),
    heading(1, t.documents),
    table(
      [
        { title: t.position, width: 1, align: 'right' },
        { title: t.title, width: 5 },
        { title: t.kind, width: 3 },
        { title: t.adopted, width: 3 },
        { title: t.reference, width: 3 },
      ],
      review.documents.map((d) => [
        String(d.position),
        d.title,
        t.kinds[d.kind],
        [d.adoptedBy, d.adoptedOn].filter(Boolean).join(', '),
        d.reference,
      ]),
    ),
    heading(1, t.criteria),
    list(
      true,
      review.criteria.map((c) => `${groupName(t, c.group)}: ${name(c)}`),
    ),
    heading(1, t.matrix),
    para(t.legend, 'note'),
  ];
  // The matrix in slices of eight criteria, so a page stays readable.
  for (let i = 0; i < Math.max(review.criteria.length, 1); i += 8) {
    const slice = review.criteria.slice(i, i + 8);
    blocks.push(
      table(
        [{ title: t.title, width: 5 }, ...slice.map((c, k) => ({ title: String(i + k + 1), width: 1 }))],
        review.documents.map((d) => {
          const got = new Map(d.ratings.map((r) => [r.criterionKey, r.rating]));
          return [d.title, ...slice.map((c) => t.short[got.get(c.key) ?? 'unrated'])];
        }),
      ),
    );
  }
  blocks.push(
    table(
      [
        { title: t.title, width: 5 },
        { title: t.ratings.clear, width: 2, align: 'right' },
        { title: t.ratings.partly, width: 2, align: 'right' },
        { title: t.ratings.missing, width: 2, align: 'right' },
        { title: t.ratings.unrated, width: 2, align: 'right' },
        { title: t.perspective, width: 3 },
      ],
      review.documents.map((d) => [
        d.title,
        String(d.counts.clear),
        String(d.counts.partly),
        String(d.counts.missing),
        String(d.counts.unrated),
        t.perspectives[d.perspective],
      ]),
    ),
    heading(2, t.result),
    para(t.resultText(review.result)),
    fields([[t.share, pct(review.result.clearShare, locale)]]),
    heading(1, t.perDocument),
  );
  const byKey = new Map(review.criteria.map((c) => [c.key, c]));
  for (const d of review.documents) {
    blocks.push(heading(2, `${d.position}. ${d.title}`));
    const rated = d.ratings.filter((r) => r.rating || r.quotes.length || r.note);
    if (!rated.length) blocks.push(para(t.noRatings, 'note'));
    for (const r of rated) {
      const c = byKey.get(r.criterionKey);
      blocks.push(
        heading(3, `${c ? name(c) : r.criterionKey}: ${t.ratings[r.rating ?? 'unrated']}`),
        ...(r.quotes.length
          ? [
              list(
                false,
                r.quotes.map((q) => `”${q.text}”${q.page ? ` (${t.page} ${q.page})` : ''}`),
              ),
            ]
          : []),
        ...(r.note ? [para(`${t.note}: ${r.note}`)] : []),
      );
    }
  }
  const w = review.improvement;
  const chosen = review.documents.find((d) => d.id === w.documentId);
  blocks.push(
    heading(1, t.improvement),
    fields([
      [t.chosen, chosen ? chosen.title : t.none],
      [t.change, w.change || '–'],
      [t.responsible, w.responsible || '–'],
      [t.due, w.due ?? '–'],
      [t.workStatus, t.workStatuses[w.status]],
    ]),
  );
  if (w.notes.length)
    blocks.push(
      heading(2, t.notes),
      list(
        false,
        w.notes.map((n) => `${n.date}: ${n.text}`),
      ),
    );
  blocks.push(heading(1, t.benchmark));
  if (!review.benchmarks.length) blocks.push(para(t.noBenchmark, 'note'));
  else {
    const groups = [
      ...new Set([...review.groupResults, ...review.benchmarks.flatMap((b) => b.groups)].map((g) => g.group)),
    ];
    const cell = (rs: readonly { group: string; clear: number; partly: number; missing: number }[], g: string) => {
      const r = rs.find((x) => x.group === g);
      return r ? `${r.clear}/${r.partly}/${r.missing}` : '–';
    };
    blocks.push(
      para(`${t.ratings.clear}/${t.ratings.partly}/${t.ratings.missing}`, 'note'),
      table(
        [
          { title: t.group, width: 4 },
          { title: t.ours, width: 3 },
          ...review.benchmarks.map((b) => ({ title: b.region, width: 3 })),
        ],
        groups.map((g) => [
          groupName(t, g),
          cell(review.groupResults, g),
          ...review.benchmarks.map((b) => cell(b.groups, g)),
        ]),
      ),
    );
    for (const b of review.benchmarks) {
      blocks.push(heading(2, b.region));
      if (b.summary) blocks.push(para(b.summary));
      if (b.source) blocks.push(fields([[t.source, b.source]]));
      if (b.example) blocks.push(para(t.example, 'note'));
    }
  }
  return blocks;
}

export function reportDocument(review: Review, locale: Locale = 'sv'): DocumentSpec {
  const t = texts[locale];
  return {
    title: `${t.report} – ${review.organisationName} ${review.year}`,
    subject: review.title,
    author: review.organisationName,
    lang: t.lang,
    header: `${review.organisationName}\n${t.report} ${review.year}`,
    pageLabel: t.pageLabel,
    blocks: reportBlocks(review, locale),
  };
}

export const reportDocx = (review: Review, locale: Locale = 'sv') => renderDocx(reportDocument(review, locale));
export const reportPdf = (review: Review, locale: Locale = 'sv') => renderPdf(reportDocument(review, locale));

/** "jamstalldhetsgranskning-region-halland-2019.pdf" */
export function reportFileName(review: Review, kind: 'docx' | 'pdf', locale: Locale = 'sv') {
  const base = locale === 'sv' ? 'jämställdhetsgranskning' : 'gender-review';
  return `${fileSlug(`${base} ${review.organisationName} ${review.year}`)}.${kind}`;
}
