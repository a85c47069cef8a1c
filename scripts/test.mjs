// `npm test`: every test — unit, integration (PGlite, and PostgreSQL when DATABASE_URL is set) and
// the browser suite in Chromium. Installs Debian's chromium when it is missing and we may
// (root with apt-get), and builds the web interface the browser suite drives.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `Chromium is needed for the browser tests: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
// The house's rules first: formatting, lint (imports between capabilities, hooks) and types.
const bin = (name) => `node_modules/.bin/${name}`;
for (const [what, cmd, args] of [
  ['Checking the formatting…', bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,tsx,mjs,js,css}']],
  ['Linting…', bin('eslint'), ['.']],
  ['Checking types…', bin('tsc'), ['--noEmit']],
  // Lists what the registry knows about the production dependencies, or says it could not ask.
  ['Auditing the production dependencies…', process.execPath, ['scripts/audit-deps.mjs']],
]) {
  console.log(what);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log('Building the web interface…');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const args = ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
