// The house's import rules (ARCHITECTURE.md), checked on resolved paths so that a relative import
// means the same thing wherever it is written. eslint-plugin-boundaries would need a TypeScript
// resolver to map our `.js` import specifiers onto `.ts` files; this small rule needs none.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/**
 * Shared ground every server module may use: the platform, the policy, the audit log (every unit of
 * work writes it) and the documents module. Ground imports only ground.
 */
const ground = new Set(['platform', 'policy', 'audit', 'documents']);
/** Folders under src/ that are not capabilities. */
const notCapability = new Set([...ground, 'app', 'web', 'test', 'shared']);
/** The web may use a capability's contract (Zod schemas and their types) and its pure rules. */
const webMayUse =
  /^(?:[a-zA-Z-]+\/(?:[a-z-]+-)?contract|platform\/contract|[a-zA-Z-]+\/rules(?:\/[a-z-]+)?|policy\/policy)$/;
/** The documents module's rich text (contract, React view, Markdown reader) is drawn by server and web alike. */
const webExceptions = new Set(['documents/richtext/index']);

const isTest = (rel) =>
  /(?:^|\/)test-fixtures\.ts$/.test(rel) ||
  /\.test\.tsx?$/.test(rel) ||
  /^(e2e|bench|scripts)\//.test(rel) ||
  rel.startsWith('src/test/') ||
  !rel.startsWith('src/');

/** `src/<top>/<rest>` without extension, or null for packages and files outside src/. */
function place(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (!rel.startsWith('src/')) return null;
  const noExt = rel
    .slice(4)
    .replace(/\.(?:js|ts|tsx|mjs)$/, '')
    .replace(/\/index$/, '/index');
  const [top, ...rest] = noExt.split('/');
  return { top, rest: rest.join('/'), path: noExt };
}

function problem(from, to, fromRel) {
  if (from.top === to.top) return null;
  if (to.top === 'app') {
    // Entry points and whole-database administration are composition-level; nobody else is.
    return from.top === 'admin' ? null : 'only entry points and tests import src/app';
  }
  if (from.top === 'web') {
    if (to.top === 'shared') return null;
    if (webMayUse.test(to.path) || webExceptions.has(to.path)) return null;
    return 'the web imports server code only through contracts (src/<capability>/contract.ts) and pure rules';
  }
  if (to.top === 'web') return 'server code does not import the web app';
  if (ground.has(from.top)) {
    if (ground.has(to.top) || to.top === 'shared') return null;
    return `${from.top}/ is ground floor and imports no capability`;
  }
  if (ground.has(to.top) || to.top === 'shared') return null;
  if (from.top === 'app' || !notCapability.has(to.top)) {
    if (from.top === 'app' && fromRel.startsWith('src/app/demo/')) return null; // seed data writes through use cases
    if (to.rest === 'index' || to.rest === 'contract' || /^[a-z-]+-contract$/.test(to.rest)) return null;
    if (to.rest.startsWith('data/')) return null; // static data files (e.g. goals/data/agenda2030.json) are public
    return `import another capability only through its face (${to.top}/index.ts) or contract (${to.top}/contract.ts)`;
  }
  return null;
}

/**
 * The tables a face hands out (`export { … } from './schema.js'` in `src/<capability>/index.ts`), by
 * face. They are there for foreign keys only: another capability's `schema.ts` may reference them,
 * nothing else may read them (it calls a function of the face instead).
 */
const faceTables = new Map();
function tablesOf(top) {
  if (!faceTables.has(top)) {
    let text = '';
    try {
      text = fs.readFileSync(path.join(root, 'src', top, 'index.ts'), 'utf8');
    } catch {
      // not a capability with a face
    }
    const names = new Set();
    for (const m of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*'\.\/schema\.js'/g))
      for (const part of m[1].split(','))
        if (part.trim())
          names.add(
            part
              .trim()
              .split(/\s+as\s+/)
              .pop()
              .replace(/^type\s+/, ''),
          );
    faceTables.set(top, names);
  }
  return faceTables.get(top);
}
/**
 * Files that still read another capability's tables, to be moved onto face functions
 * (ARCHITECTURE.md, "Not yet in this shape"). Do not add to this list.
 */
const stillReadingTables = new Set();

/** A table of another capability imported outside a schema.ts (foreign keys) and outside the entry points. */
function tableProblem(from, to, fromRel, names) {
  if (from.top === to.top || to.rest !== 'index' || notCapability.has(to.top) || from.top === 'admin') return null;
  if (notCapability.has(from.top) || /\/schema\.ts$/.test(fromRel) || stillReadingTables.has(fromRel)) return null;
  const tables = tablesOf(to.top);
  const read = names.filter((n) => tables.has(n));
  if (!read.length) return null;
  return `${read.join(', ')}: another capability's table is for foreign keys in schema.ts only; read it through a function of ${to.top}/index.ts`;
}

export const layers = {
  meta: { type: 'problem', docs: { description: 'Import rules between platform, capabilities, app and web' } },
  create(context) {
    const fromRel = path.relative(root, context.filename).split(path.sep).join('/');
    const from = place(context.filename);
    if (!from || isTest(fromRel)) return {};
    const check = (node, source, names = []) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = place(path.resolve(path.dirname(context.filename), source));
      if (!to) return;
      const why = problem(from, to, fromRel) ?? tableProblem(from, to, fromRel, names);
      if (why) context.report({ node, message: `${source}: ${why}.` });
    };
    const importedNames = (n) =>
      (n.specifiers ?? []).flatMap((s) =>
        s.type === 'ImportSpecifier' || s.type === 'ExportSpecifier'
          ? [
              s.local?.type === 'Identifier' && s.type === 'ExportSpecifier'
                ? s.local.name
                : (s.imported?.name ?? s.imported?.value),
            ]
          : [],
      );
    return {
      ImportDeclaration: (n) => check(n, n.source.value, importedNames(n)),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value, importedNames(n)),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};

export const house = { rules: { layers } };
