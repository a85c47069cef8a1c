import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestEnv, type TestEnv } from '../../test/harness.js';
import { DEMO_PASSWORD } from './county.js';
import { loadDemo } from './load.js';

// The demo must make sense to a Swedish official: each record belongs where it does in reality.
describe('the demo data', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startTestEnv('pglite');
    await loadDemo(env.database.db);
  }, 120_000);
  afterAll(() => env.close());

  it("puts Uppsala's Council for Social Sustainability framework in Uppsala län, with its county board", async () => {
    const admin = await new Client(env.app).login('admin@samsyn.example', DEMO_PASSWORD);
    const counties = (await admin.get('/api/counties')).body as { id: string; name: string }[];
    const uppsala = counties.find((c) => c.name === 'Uppsala län');
    expect(uppsala).toBeDefined();
    const frameworks = (await admin.get('/api/frameworks')).body as {
      key: string;
      countyId: string | null;
      ownerOrganisationName: string | null;
    }[];
    const council = frameworks.find((f) => f.key === 'uppsala-social-sustainability-priorities');
    expect(council).toMatchObject({ countyId: uppsala!.id, ownerOrganisationName: 'Länsstyrelsen i Uppsala län' });

    // A Jämtland coordinator neither sees nor uses another county's council areas.
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const seen = (await coord.get('/api/frameworks')).body as { key: string }[];
    expect(seen.map((f) => f.key)).not.toContain('uppsala-social-sustainability-priorities');
  });
});
