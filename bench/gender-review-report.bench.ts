/**
 * Gender review report benchmark (issue 13 item 6): `npm run bench:gender-review`.
 *
 * In process, no database: the report is a pure function of the review as the API answers it. A
 * made-up review of BENCH_DOCUMENTS (10) documents × BENCH_CRITERIA (20) criteria (the 15 built-in
 * ones and own ones), every cell rated with two quotes and a note, two benchmarks, written as Word
 * and as PDF in Swedish. Each is run once untimed ("first"), then BENCH_RUNS (10) times; median and
 * min–max. Results: stdout and bench/results/gender-review-report.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { reportDocx, reportPdf } from '../src/genderReview/report.js';
import {
  BUILTIN_GROUPS,
  documentCounts,
  perspective,
  RATINGS,
  reviewCriteria,
  reviewResult,
  type Rating,
} from '../src/genderReview/rules.js';
import { DOCUMENT_KINDS, type Review } from '../src/genderReview/contract.js';
import { readPdf } from '../src/documents/read-back.js';
import { ROOT } from './lib/server.js';
import { fmt, kB, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const runs = env('BENCH_RUNS', 10);
const nDocs = env('BENCH_DOCUMENTS', 10);
const nCriteria = env('BENCH_CRITERIA', 20);
const loadAtStart = loadavg()[0];

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const own = Array.from({ length: Math.max(0, nCriteria - 15) }, (_, i) => ({
  key: `own-${id(900 + i)}`,
  group: 'own' as const,
  name: { sv: `Eget kriterium ${i + 1}`, en: `Own criterion ${i + 1}` },
  description: { sv: '', en: '' },
  goalCode: null,
}));
const criteria = reviewCriteria([...BUILTIN_GROUPS], own).slice(0, nCriteria);
const documents = Array.from({ length: nDocs }, (_, d) => {
  const ratings = criteria.map((c, k) => ({
    id: id(d * 100 + k + 1000),
    documentId: id(d + 1),
    criterionKey: c.key,
    rating: RATINGS[(d + k) % 3] as Rating,
    quotes: [
      {
        text: `Kvinnor och män ska ha samma makt att forma samhället (dokument ${d + 1}, avsnitt ${k + 1}).`,
        page: String(k + 3),
      },
      { text: 'Statistiken redovisas uppdelad på kön där det är möjligt.', page: String(k + 9) },
    ],
    note: 'Bedömt av jämställdhetsstrategen tillsammans med verksamheten.',
    version: 1,
  }));
  const counts = documentCounts(criteria, new Map(ratings.map((r) => [r.criterionKey, r.rating])));
  return {
    id: id(d + 1),
    reviewId: id(0),
    title: `Styrdokument ${d + 1}`,
    kind: DOCUMENT_KINDS[d % DOCUMENT_KINDS.length],
    position: d + 1,
    adoptedBy: 'Regionfullmäktige',
    adoptedOn: '2019-06-18',
    reference: `RS19${String(d).padStart(4, '0')}`,
    version: 1,
    counts,
    perspective: perspective(counts),
    ratings,
  };
});
const review: Review = {
  id: id(0),
  countyId: id(1),
  organisationId: id(2),
  organisationName: 'Region Exempel',
  year: 2019,
  title: 'Granskning av styrdokument',
  status: 'in_progress',
  groups: [...BUILTIN_GROUPS],
  documentCount: nDocs,
  version: 1,
  abilities: { update: true },
  criteria,
  documents,
  result: reviewResult(documents.map((d) => d.counts)),
  groupResults: ['subgoals', 'fourR', 'decision', 'own'].map((group) => ({ group, clear: 10, partly: 5, missing: 3 })),
  improvement: {
    documentId: documents[3]?.id ?? null,
    change: 'Förstärka planeringsprocessen med jämställdhetsperspektiv.',
    responsible: 'Regionkontoret',
    due: '2019-12-31',
    status: 'in_progress',
    notes: Array.from({ length: 6 }, (_, i) => ({ date: `2019-0${i + 3}-01`, text: `Avstämning ${i + 1}.` })),
  },
  benchmarks: ['Region A', 'Region B'].map((region, i) => ({
    id: id(800 + i),
    reviewId: id(0),
    region,
    summary: 'Påhittad jämförelse för mätningen.',
    source: 'Benchmark',
    example: true,
    groups: [{ group: 'subgoals', clear: 4, partly: 1, missing: 1 }],
    version: 1,
  })),
};

interface Stats {
  median: number;
  min: number;
  max: number;
  first: number;
  bytes: number;
}
async function timed(name: string, fn: () => Promise<Buffer>): Promise<Stats> {
  log(`${name}: first run, then ${runs} timed runs…`);
  const t0 = performance.now();
  const out = await fn();
  const first = performance.now() - t0;
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    all.push(performance.now() - t);
  }
  all.sort((a, b) => a - b);
  const median = all.length % 2 ? all[(all.length - 1) / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;
  return { median, min: all[0], max: all[all.length - 1], first, bytes: out.byteLength };
}

const results: [string, Stats][] = [
  ['Report, Word (`reportDocx`)', await timed('docx', () => reportDocx(review))],
  ['Report, PDF (`reportPdf`)', await timed('pdf', () => reportPdf(review))],
];
const pages = (await readPdf(await reportPdf(review))).totalPages;
const stat = (s: Stats) =>
  `${fmt(s.median, 0)} ms | ${fmt(s.min, 1)}–${fmt(s.max, 1)} ms | ${fmt(s.first)} ms | ${kB(s.bytes)}`;
const md = [
  '# Samsyn gender review report benchmark',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
  `- Review: ${nDocs} documents × ${criteria.length} criteria, every cell rated with two quotes and a note, two benchmarks; Swedish; ${pages} PDF pages`,
  `- Median of ${runs} runs (min–max) after one discarded first run`,
  '',
  '| Document | median | min–max | first | size |',
  '|---|---:|---:|---:|---:|',
  ...results.map(([name, s]) => `| ${name} | ${stat(s)} |`),
  '',
].join('\n');
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/gender-review-report.md`, md);
