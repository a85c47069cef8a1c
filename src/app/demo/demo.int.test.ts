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
    const frameworks = (await admin.get('/api/frameworks')).body.items as {
      key: string;
      countyId: string | null;
      ownerOrganisationName: string | null;
    }[];
    const council = frameworks.find((f) => f.key === 'uppsala-social-sustainability-priorities');
    expect(council).toMatchObject({ countyId: uppsala!.id, ownerOrganisationName: 'Länsstyrelsen i Uppsala län' });

    // A Jämtland coordinator neither sees nor uses another county's council areas.
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const seen = (await coord.get('/api/frameworks')).body.items as { key: string }[];
    expect(seen.map((f) => f.key)).not.toContain('uppsala-social-sustainability-priorities');
  });

  // Issue 10 item 4: the responses CSV said the demo's load time ("export time") for every response.
  it('exports each named response with the time it was submitted, as the invitations list shows it', async () => {
    const coord = await new Client(env.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const cycles = (await coord.get('/api/followup-cycles')).body.items as { id: string; year: number }[];
    const earlier = cycles.at(-1)!;
    const cycle = (await coord.get(`/api/followup-cycles/${earlier.id}`)).body as { questionnaireId: string };
    const invited = (await coord.get(`/api/questionnaires/${cycle.questionnaireId}/invitations`)).body as {
      bodyName: string | null;
      name: string;
      completedAt: string | null;
    }[];
    const shown = (iso: string) =>
      new Date(iso).toLocaleString('sv-SE', {
        timeZone: 'Europe/Stockholm',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    const csv = (await coord.get(`/api/followup-cycles/${earlier.id}/responses.csv`)).body as string;
    const rows = csv
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((r) => r.split(';'));
    const at = rows[0].indexOf('Inskickat');
    const who = rows[0].indexOf('Svarande');
    const body = rows[0].indexOf('Samverkansorgan');
    expect(rows.length - 1).toBe(invited.filter((i) => i.completedAt).length);
    // One person may answer for several bodies (the demo's Daniel Åström chairs three): a response is
    // its body's and respondent's, and each was submitted on its own day.
    for (const r of rows.slice(1)) {
      const inv = invited.find((i) => i.bodyName === r[body] && i.name === r[who]);
      expect(inv?.completedAt, `${r[body]} / ${r[who]}`).toBeTruthy();
      expect(r[at]).toBe(shown(inv!.completedAt!));
      expect(r[at].startsWith(String(earlier.year))).toBe(true);
    }
    expect(new Set(rows.slice(1).map((r) => r[at])).size).toBe(rows.length - 1);
  });
});
