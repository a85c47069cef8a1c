/**
 * Protocol benchmark (issue 12): `node --import tsx bench/meetings-protocol.bench.ts`.
 *
 * In process, no database: the documents are pure functions of the protocol model. A made-up protocol
 * of BENCH_PARAGRAPHS (40) §§ with BENCH_MEMBERS (30) members (`largeProtocol` in
 * src/meetings/protocol/fixtures.ts: every § with the case text, beslutsunderlag, a proposal, a motion, a
 * supporting motion, a proposition, the decision, a reservation and recipients; a roll-call vote of all
 * members in every third §) is written as Word and as PDF, Swedish, and an extract of one § of it; also
 * the call's .ics and a notice-board feed of 100 protocols. Each is run once untimed (shown as "first":
 * fonts, cold code), then BENCH_RUNS (10) times; median and min–max.
 * Results: stdout and bench/results/meetings-protocol.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { largeProtocol } from '../src/meetings/protocol/fixtures.js';
import {
  extractDocx,
  extractPdf,
  meetingCalendar,
  noticeBoardFeed,
  protocolDocx,
  protocolPdf,
  type NoticeBoardItem,
} from '../src/meetings/protocol/index.js';
import { readPdf } from '../src/documents/read-back.js';
import { ROOT } from './lib/server.js';
import { fmt, kB, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const runs = env('BENCH_RUNS', 10);
const paragraphs = env('BENCH_PARAGRAPHS', 40);
const members = env('BENCH_MEMBERS', 30);
const loadAtStart = loadavg()[0];

interface Stats {
  median: number;
  min: number;
  max: number;
  first: number;
  bytes: number;
}
async function timed(name: string, fn: () => Promise<Buffer | string> | Buffer | string): Promise<Stats> {
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
  return { median, min: all[0], max: all[all.length - 1], first, bytes: Buffer.byteLength(out) };
}

const model = largeProtocol(paragraphs, members);
const votes = model.paragraphs.filter((p) => p.vote).length;
const entries: NoticeBoardItem[] = Array.from({ length: 100 }, (_, i) => ({
  id: `m-${i}`,
  body: 'Regionstyrelsen',
  meetingDate: '2026-03-10',
  postedOn: '2026-03-18',
  takeDownOn: '2026-04-09',
  appealEndsOn: '2026-04-08',
  keptAt: 'Regionens hus',
  url: `https://samsyn.example/protokoll/${i}.pdf`,
}));

const results: [string, Stats][] = [
  ['Protocol, Word (`protocolDocx`)', await timed('protocol docx', () => protocolDocx(model))],
  ['Protocol, PDF (`protocolPdf`)', await timed('protocol pdf', () => protocolPdf(model))],
  ['Extract of one §, Word', await timed('extract docx', () => extractDocx(model, [1]))],
  ['Extract of one §, PDF', await timed('extract pdf', () => extractPdf(model, [1]))],
  [
    `Call as .ics (${paragraphs} agenda items)`,
    await timed('ics', () =>
      meetingCalendar({
        uid: 'bench',
        organisation: model.organisation,
        body: model.body.name,
        date: model.meeting.date,
        startTime: '09:00',
        endTime: '17:00',
        agenda: model.paragraphs.map((p) => ({ number: p.number, title: p.title, dnr: p.dnr })),
      }),
    ),
  ],
  [
    'Notice-board Atom feed, 100 protocols',
    await timed('feed', () => noticeBoardFeed(entries, { selfUrl: 'https://samsyn.example/feed', title: 'Anslag' })),
  ],
];
const pages = (await readPdf(await protocolPdf(model))).totalPages;

const stat = (s: Stats) =>
  `${fmt(s.median, s.median < 10 ? 1 : 0)} ms | ${fmt(s.min, 1)}–${fmt(s.max, 1)} ms | ${fmt(s.first)} ms | ${kB(s.bytes)}`;
const md = [
  '# Samsyn protocol benchmark',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
  `- Protocol: ${paragraphs} §§, ${members} members, a motion, a supporting motion, a proposition and a reservation in every §, a roll-call vote of all ${members} in ${votes} §§; Swedish; ${pages} PDF pages`,
  `- Median of ${runs} runs (min–max) after one discarded first run`,
  '',
  '| Document | median | min–max | first | size |',
  '|---|---:|---:|---:|---:|',
  ...results.map(([name, s]) => `| ${name} | ${stat(s)} |`),
  '',
].join('\n');
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/meetings-protocol.md`, md);
