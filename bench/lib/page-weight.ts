/** The follow-up benchmark's second part: the JavaScript and CSS the browser loads for /svar/<token>. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './server.js';
import { fmt, kB, log } from './report.js';

interface Asset {
  file: string;
  raw: number;
  gzip: number;
  kind: 'js' | 'css';
  why: string;
}
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export async function pageWeight(): Promise<string> {
  const given = process.env.BENCH_DIST;
  const outDir = given ? join(ROOT, given) : mkdtempSync(join(tmpdir(), 'samsyn-web-'));
  try {
    let buildMs = 0;
    if (!given) {
      log(`weight: vite build into ${outDir} (with manifest)…`);
      const t = performance.now();
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            join(ROOT, 'node_modules/vite/bin/vite.js'),
            'build',
            '--outDir',
            outDir,
            '--emptyOutDir',
            '--manifest',
            '--logLevel',
            'warn',
          ],
          { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
        );
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))));
      });
      buildMs = performance.now() - t;
    }
    const manifestPath = join(outDir, '.vite/manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`no ${manifestPath}: build with --manifest`);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
    if (!entryKey) throw new Error('the manifest has no index.html entry');

    // What /svar/<token> loads: the entry, its static imports (recursively) and their CSS; and if
    // the respondent page is a lazily loaded chunk, that chunk with its static imports too.
    const loaded = new Map<string, Asset>();
    const add = (file: string, kind: 'js' | 'css', why: string) => {
      if (loaded.has(file)) return;
      const bytes = readFileSync(join(outDir, file));
      loaded.set(file, { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, kind, why });
    };
    const walk = (key: string, why: string) => {
      const c = manifest[key];
      if (!c || loaded.has(c.file)) return;
      add(c.file, 'js', why);
      for (const css of c.css ?? []) add(css, 'css', `CSS of ${why}`);
      for (const k of c.imports ?? []) walk(k, `static import of ${why}`);
    };
    walk(entryKey, 'entry (index.html)');
    const respondKey = Object.keys(manifest).find((k) => /RespondPage\.tsx$/.test(k));
    const split = respondKey ? manifest[respondKey].isDynamicEntry === true : false;
    if (respondKey && split) walk(respondKey, 'respondent page (lazy chunk)');
    const dynamicNotLoaded = Object.values(manifest).filter((c) => c.isDynamicEntry && !loaded.has(c.file)).length;

    // Cross-check with what the built index.html itself references.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const referenced = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(
      (m) => m[1],
    );
    const missing = referenced.filter((f) => !loaded.has(f));
    if (missing.length) throw new Error(`index.html references ${missing.join(', ')}, not found through the manifest`);

    const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
    const allJsRaw = allJs.reduce((n, c) => n + readFileSync(join(outDir, c.file)).length, 0);
    const assets = [...loaded.values()].sort((a, b) => (a.kind === b.kind ? b.raw - a.raw : a.kind === 'js' ? -1 : 1));
    const sum = (k: 'js' | 'css' | 'all', f: 'raw' | 'gzip') =>
      assets.filter((a) => k === 'all' || a.kind === k).reduce((n, a) => n + a[f], 0);
    log(`weight: ${assets.length} files, ${kB(sum('all', 'raw'))} raw, ${kB(sum('all', 'gzip'))} gzipped`);
    return [
      "## The respondent page's weight (`/svar/<token>`)",
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Build: ${given ? `existing ${given}` : `\`vite build --manifest\` into a temp directory (${fmt(buildMs / 1000, 1)} s)`}; gzip = zlib level 9`,
      `- Loaded for the route: the entry chunk of index.html, its static imports and their CSS${split ? ', and the respondent page’s lazy chunk with its static imports' : ''}. ${split ? 'The respondent page is split into its own chunk.' : dynamicNotLoaded ? 'The respondent page is in the entry chunk with the shell; the signed-in pages are lazy chunks it does not load.' : 'The respondent page is **not** split: it is bundled into the entry chunk, so the route loads the whole application.'} ${dynamicNotLoaded ? `${dynamicNotLoaded} lazy chunks are not loaded.` : 'The build has no lazy chunks.'} All JS of the build: ${kB(allJsRaw)} raw in ${allJs.length} chunks`,
      '',
      '| File | Loaded as | Raw | gzip -9 |',
      '|---|---|---:|---:|',
      ...assets.map((a) => `| \`${a.file}\` | ${a.why} | ${kB(a.raw)} | ${kB(a.gzip)} |`),
      `| **JavaScript** | | **${kB(sum('js', 'raw'))}** | **${kB(sum('js', 'gzip'))}** |`,
      `| **CSS** | | **${kB(sum('css', 'raw'))}** | **${kB(sum('css', 'gzip'))}** |`,
      `| **Total** | | **${kB(sum('all', 'raw'))}** | **${kB(sum('all', 'gzip'))}** |`,
      '',
    ].join('\n');
  } finally {
    if (!given) rmSync(outDir, { recursive: true, force: true });
  }
}
