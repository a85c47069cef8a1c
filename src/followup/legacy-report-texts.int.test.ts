import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { RichDoc } from '../documents/index.js';
import { convertLegacyReportTexts } from './index.js';
import { makeAgreements } from './test-fixtures.js';

/** Migration 0009's data step: Markdown reports (kept by the SQL step as JSON strings) become rich text, once. */
describe.each(engines)('converting the old Markdown reports on %s', (engine) => {
  let env: TestEnv;
  let cycleId: string;
  let coord: Client;
  let municipalityId: string;
  const legacy = '# Kompetens\nVi har **genomfört** tre *utbildningar*.\n\n- Lärcentra\n- FoU\n\n1. Första\n2. Andra';

  beforeAll(async () => {
    env = await startTestEnv(engine);
    const db = env.database.db;
    const w = await world(db);
    const templateId = (await makeAgreements(db, w.county.id, w.orgA.id, [w.orgB.id])).template.id;
    municipalityId = w.orgB.id;
    coord = await new Client(env.app).login(w.coordinator.email);
    const year = 2025;
    cycleId = (await coord.post('/api/followup-cycles', { templateId, year })).body.id;
    // As migration 0009 leaves a report written before it: the Markdown as a JSON string.
    for (const [area, text] of [
      ['A', legacy],
      ['B', '<script>alert(1)</script>\n\nSe **fet** <b>och</b> mer'],
    ])
      await db.execute(
        sql`insert into followup_reports (cycle_id, area_code, body) values (${cycleId}, ${area}, to_jsonb(${text}::text))`,
      );
    await db.execute(
      sql`insert into followup_reports (cycle_id, area_code, body) values (${cycleId}, 'C', ${JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Redan ny' }] }] })}::jsonb)`,
    );
  });
  afterAll(async () => env?.close());

  const bodies = async () => {
    const r = await env.database.db.execute<{ area_code: string; body: unknown; version: number }>(
      sql`select area_code, body, version from followup_reports where cycle_id = ${cycleId} order by area_code`,
    );
    return (r as unknown as { rows: { area_code: string; body: unknown; version: number }[] }).rows.map((x) => ({
      ...x,
      body: typeof x.body === 'string' && x.body.startsWith('{') ? JSON.parse(x.body) : x.body,
    }));
  };

  it('turns each Markdown report into the tree, keeps a tree as it is, and does nothing the second time', async () => {
    expect(await convertLegacyReportTexts(env.database.db)).toBe(2);
    const [a, b, c] = await bodies();
    expect(RichDoc.parse(a.body)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Kompetens' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Vi har ' },
            { type: 'text', text: 'genomfört', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' tre ' },
            { type: 'text', text: 'utbildningar', marks: [{ type: 'italic' }] },
            { type: 'text', text: '.' },
          ],
        },
        {
          type: 'bulletList',
          content: ['Lärcentra', 'FoU'].map((text) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          })),
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: ['Första', 'Andra'].map((text) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          })),
        },
      ],
    });
    // Raw HTML stays text that is shown, never markup.
    expect(RichDoc.parse(b.body).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Se ' },
          { type: 'text', text: 'fet', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' <b>och</b> mer' },
        ],
      },
    ]);
    expect(c.body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Redan ny' }] }],
    });
    expect([a, b, c].map((x) => x.version)).toEqual([1, 1, 1]); // a change of format, not of text
    const before = await bodies();
    expect(await convertLegacyReportTexts(env.database.db)).toBe(0);
    expect(await bodies()).toEqual(before);
  });

  it('presents the converted reports through the API in the contract', async () => {
    const res = await coord.get(`/api/followup-cycles/${cycleId}`);
    expect(res.status).toBe(200);
    const stored = await bodies();
    expect(res.body.reports.map((r: { body: unknown }) => r.body)).toEqual(stored.map((x) => x.body));
  });

  it('stores through the API only what the contract allows, as given', async () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Särskilt' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'fet', marks: [{ type: 'bold' }] }] },
      ],
    };
    const link = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'här', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    for (const body of [link, '# Markdown', { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] }]) {
      const refused = await coord.post(`/api/followup-cycles/${cycleId}/reports`, {
        areaCode: 'A',
        municipalityId,
        body,
      });
      expect(refused.status).toBe(400);
    }
    const created = await coord.post(`/api/followup-cycles/${cycleId}/reports`, {
      areaCode: 'A',
      municipalityId,
      body: doc,
    });
    expect(created.status).toBe(201);
    expect(
      created.body.reports.find((r: { municipalityId: string | null }) => r.municipalityId === municipalityId).body,
    ).toEqual(doc);
  });
});
