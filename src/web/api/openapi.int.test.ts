import { readFile } from 'node:fs/promises';
import { compileErrors, validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTypes, openApiDocument, schemaFile } from '../../../scripts/generate-api.js';

describe('the OpenAPI document', () => {
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    doc = await openApiDocument();
  });

  it('is a valid OpenAPI document: every $ref resolves (clients can be generated from it)', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    expect(result.valid).toBe(true);
  });

  it('names the recursive framework item as a component instead of a dangling schema0', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain('#/components/schemas/schema0');
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['FrameworkItem', 'FrameworkDraftItemInput']));
  });

  it('matches the web client types committed in src/web/api/schema.d.ts (else run npm run api:generate)', async () => {
    const committed = await readFile(schemaFile, 'utf8');
    expect(committed).toBe(await apiTypes(doc));
  });
});
