// `npm run audit:deps`: the known vulnerabilities of the production dependencies, from the
// registry's advisory data (npm audit --omit=dev). When the advisory data cannot be reached (no
// network, or a registry mirror without the audit endpoint) it says so plainly instead of passing
// silently. With --strict it fails on high or critical findings.
import { spawnSync } from 'node:child_process';

const strict = process.argv.includes('--strict');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 90_000 });

let report;
try {
  report = JSON.parse(r.stdout || '{}');
} catch {
  report = null;
}

if (!report || report.error || report.message || !report.metadata) {
  const why =
    report?.message ??
    report?.error?.summary ??
    (r.error ? String(r.error.message) : (r.stderr || '').trim().split('\n')[0]);
  console.log(
    `Dependency audit NOT done: the registry's advisory data could not be reached (${why || 'no answer'}).\n` +
      'Known vulnerabilities of the production dependencies are unknown for this run; run `npm run audit:deps` where the npm registry is reachable.',
  );
  process.exit(0);
}

const vulns = Object.values(report.vulnerabilities ?? {});
const counts = report.metadata.vulnerabilities ?? {};
const deps = report.metadata.dependencies?.prod ?? '?';
if (!vulns.length) {
  console.log(`Dependency audit: no known vulnerabilities in ${deps} production dependencies.`);
  process.exit(0);
}
console.log(`Dependency audit: known vulnerabilities in the production dependencies (${deps} packages):`);
for (const v of vulns) {
  const advisories = (v.via ?? [])
    .filter((x) => typeof x === 'object')
    .map((x) => `${x.title}${x.url ? ` (${x.url})` : ''}`);
  const through = (v.via ?? []).filter((x) => typeof x === 'string');
  const fix =
    v.fixAvailable === true
      ? 'fix: npm audit fix'
      : v.fixAvailable
        ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}`
        : 'no fix yet';
  console.log(
    `  ${v.severity.padEnd(8)} ${v.name} ${v.range}  ${[...advisories, ...through.map((t) => `via ${t}`)].join('; ')}  [${fix}]`,
  );
}
console.log(
  `  totals: ${['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`,
);
process.exit(strict && (counts.critical > 0 || counts.high > 0) ? 1 : 0);
