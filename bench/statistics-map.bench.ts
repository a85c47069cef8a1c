/**
 * Municipality map benchmark (`npm run bench:statistics-map`, issue 13): `countyMapSvg` for Jämtland
 * (8 municipalities) and all of Sweden (290), by value and by women/men ratio.
 *
 * First call: reading and parsing the GeoJSON (818 kB) and projecting the county, once per process.
 * Then one warm-up and BENCH_RUNS (default 20) timed calls each: median, min and max ms; the SVG's bytes
 * (UTF-8) and gzipped bytes (what a browser downloads). Rasterising for Word (`svgToPng`, 1 200 px wide)
 * is timed too, over BENCH_RASTER_RUNS (default 5) calls, since a Word report pays for it.
 *
 * Results: stdout and bench/results/statistics-map.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { svgToPng } from '../src/documents/raster.js';
import { countyMapSvg, countyMunicipalities, type CountyMapOptions } from '../src/statistics/map/index.js';
import { fmt, kB, log } from './lib/report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const RASTER_RUNS = Number(process.env.BENCH_RASTER_RUNS ?? 5);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Deterministic figures per municipality: a share around 75 % and a ratio around 1, every 17th missing. */
function figures(countyCode: string | null, mode: 'value' | 'ratio'): Map<string, number | null> {
  return new Map(
    countyMunicipalities(countyCode).map(({ code }, i) => {
      const n = Number(code);
      if (i % 17 === 3) return [code, null];
      return [code, mode === 'value' ? 60 + ((n * 7919) % 300) / 10 : 0.75 + ((n * 104729) % 500) / 1000];
    }),
  );
}

function options(countyCode: string | null, mode: 'value' | 'ratio'): CountyMapOptions {
  return {
    countyCode,
    mode,
    values: figures(countyCode, mode),
    title: mode === 'value' ? 'Förvärvsarbetande 20–64 år, andel (%)' : 'Förvärvsarbetande, kvinnor/män',
    legendTitle: mode === 'value' ? 'Andel (%)' : 'Kvinnor/män (1 = jämställt)',
    missingLabel: 'uppgift saknas',
    lang: 'sv',
    sourceNote: 'Kartdata: Valmyndigheten (förenklad)',
  };
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const loadAtStart = loadavg()[0];
const cases = [
  { label: 'Jämtland (8)', county: '23' },
  { label: 'Sweden (290)', county: null },
] as const;

const first = cases.map((c) => {
  const { ms } = time(() => countyMapSvg(options(c.county, 'value')));
  log(`${c.label}: first call ${fmt(ms, 1)} ms`);
  return { label: c.label, ms };
});

const rows: string[] = [];
for (const c of cases)
  for (const mode of ['value', 'ratio'] as const) {
    const o = options(c.county, mode);
    const svg = countyMapSvg(o);
    const ms = Array.from({ length: RUNS }, () => time(() => countyMapSvg(o)).ms);
    svgToPng(svg, 1200);
    const raster = Array.from({ length: RASTER_RUNS }, () => time(() => svgToPng(svg, 1200)).ms);
    const bytes = Buffer.byteLength(svg);
    const gz = gzipSync(svg).length;
    log(`${c.label} ${mode}: median ${fmt(median(ms), 2)} ms, ${kB(bytes)}`);
    rows.push(
      `| ${c.label} | ${mode} | ${fmt(median(ms), 2)} | ${fmt(Math.min(...ms), 2)}–${fmt(Math.max(...ms), 2)} | ${fmt(bytes)} | ${fmt(gz)} | ${fmt(median(raster), 0)} |`,
    );
  }
const loadAtEnd = loadavg()[0];

const md = `# Statistics: municipality map SVG

${new Date().toISOString()}, ${cpus().length} cores, load average ${fmt(loadAtStart, 1)} at the start and ${fmt(loadAtEnd, 1)} at the end, Node ${process.version}.
\`countyMapSvg\` (src/statistics/map) with Swedish labels, every 17th municipality missing (hatched).
Median of ${RUNS} calls after one warm-up; the geometry is loaded and projected once per process and kept.

| map | mode | median ms | min–max ms | bytes | gzip bytes | PNG 1 200 px, median ms (${RASTER_RUNS} runs) |
|---|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

First call in the process (read and parse the GeoJSON, project and fit; value mode):
${first.map((f) => `${f.label} ${fmt(f.ms, 1)} ms`).join(', ')} (Sweden's first call comes after Jämtland's, so the file is already parsed).

- A warm call colours the cached paths, formats the values and joins the string; its size is almost all
  path data (coordinates in tenths of a pixel, relative steps, repeated points dropped).
- The PNG column is \`svgToPng\` (resvg), what a Word report pays per map; the PDF draws the SVG as vectors.
- The machine is shared (2 cores, other sessions' tests), so the figures are a ceiling, not a floor.
`;
process.stdout.write(md);
writeFileSync(new URL('results/statistics-map.md', import.meta.url), md);
