// `npm start`: build the web interface when it is missing or older than its sources, then run
// the server with tsx (no separate compile step, so it works right after `npm ci`).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
};

export function webIsStale() {
  const built = 'dist/web/index.html';
  if (!existsSync(built)) return true;
  const sources = ['index.html', 'vite.config.ts', 'src'].filter(existsSync).map(newest);
  return Math.max(...sources) > statSync(built).mtimeMs;
}

if (webIsStale()) {
  console.log('Building the web interface…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
