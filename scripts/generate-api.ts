// `npm run api:generate`: writes the web's API types (src/web/api/schema.d.ts) from the OpenAPI
// document the server publishes. The server is built in process on an in-memory database, so no
// server needs to run; src/web/api/openapi.int.test.ts fails when the committed file is stale.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { startTestEnv } from '../src/test/harness.js';

export const schemaFile = fileURLToPath(new URL('../src/web/api/schema.d.ts', import.meta.url));

/** `/api/openapi.json` as a fresh server answers it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const env = await startTestEnv('pglite', { LOG_LEVEL: 'silent' });
  try {
    const res = await env.app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`/api/openapi.json answered ${res.statusCode}`);
    return res.json();
  } finally {
    await env.close();
  }
}

/** The TypeScript text openapi-typescript makes of the document (what schema.d.ts must hold). */
export async function apiTypes(doc: Record<string, unknown>): Promise<string> {
  const header =
    '// Generated from /api/openapi.json by `npm run api:generate` (scripts/generate-api.ts). Do not edit.\n';
  const text = header + astToString(await openapiTS(doc as never, { alphabetize: true }));
  // Formatted like the rest of the code, so the formatter check and the staleness test agree.
  const options = await prettier.resolveConfig(schemaFile);
  return prettier.format(text, { ...options, filepath: schemaFile });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await apiTypes(await openApiDocument());
  await writeFile(schemaFile, text);
  console.log(`Wrote ${schemaFile}`);
}
