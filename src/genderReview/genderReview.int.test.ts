import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { counties } from '../counties/schema.js';
import { readDocx, readPdf, squash } from '../documents/read-back.js';
import type { Review } from './contract.js';
import { loadDemoGenderReview } from '../app/demo/genderReview.js';

describe.each(engines)('gender review of governing documents on %s', (engine) => {
  let env: TestEnv;
  let coord: Client;
  let member: Client;
  let otherMember: Client;
  let reader: Client;
  let outsider: Client;
  let regionId: string;
  let review: Review;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    const db = env.database.db;
    const [halland] = await db.insert(counties).values({ code: '13', name: 'Hallands län' }).returning();
    const [other] = await db.insert(counties).values({ code: '25', name: 'Norrbottens län' }).returning();
    const region = await makeOrganisation(db, halland.id, { name: 'Region Halland', type: 'region' });
    const halmstad = await makeOrganisation(db, halland.id, {
      name: 'Halmstads kommun',
      type: 'municipality',
      municipalityCode: '1380',
    });
    const norrbotten = await makeOrganisation(db, other.id, { name: 'Region Norrbotten', type: 'region' });
    regionId = region.id;
    coord = await new Client(env.app).login((await makeUser(db, halmstad.id, halland.id, 'coordinator')).email);
    member = await new Client(env.app).login((await makeUser(db, region.id, halland.id, 'member')).email);
    otherMember = await new Client(env.app).login((await makeUser(db, halmstad.id, halland.id, 'member')).email);
    reader = await new Client(env.app).login((await makeUser(db, region.id, halland.id, 'reader')).email);
    outsider = await new Client(env.app).login((await makeUser(db, norrbotten.id, other.id, 'coordinator')).email);
  });
  afterAll(() => env?.close());

  it('creates a review with the built-in criteria, and lists it for the county', async () => {
    const res = await member.post('/api/gender-reviews', {
      organisationId: regionId,
      year: 2019,
      title: 'Genomlysning av styrdokument',
    });
    expect(res.status).toBe(201);
    review = res.body as Review;
    expect(review.organisationName).toBe('Region Halland');
    expect(review.criteria).toHaveLength(15);
    expect(review.abilities.update).toBe(true);
    const list = await reader.get('/api/gender-reviews');
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: Review) => r.title)).toEqual(['Genomlysning av styrdokument']);
    expect(list.body.abilities.create).toBe(false);
    expect(list.body.items[0].abilities.update).toBe(false);
    expect((await outsider.get('/api/gender-reviews')).body.total).toBe(0);
  });

  it('registers documents, an own criterion, and rates them with quotes; the summary counts', async () => {
    const docs = [
      ['Regional utvecklingsstrategi', 'rus', 1],
      ['Hälso- och sjukvårdsstrategi', 'health_strategy', 2],
      ['Mål och budget', 'goals_budget', 3],
    ] as const;
    for (const [title, kind, position] of docs) {
      const res = await member.post(`/api/gender-reviews/${review.id}/documents`, {
        title,
        kind,
        position,
        adoptedBy: 'Regionfullmäktige',
        adoptedOn: '2018-06-19',
      });
      expect(res.status).toBe(201);
      review = res.body;
    }
    const own = await member.post(`/api/gender-reviews/${review.id}/criteria`, {
      name: 'HBTQI-perspektiv',
      description: 'Beskriver dokumentet hbtqi-personers villkor?',
    });
    expect(own.status).toBe(201);
    review = own.body;
    expect(review.criteria).toHaveLength(16);
    const ownKey = review.criteria.at(-1)!.key;
    const [rus, health] = review.documents;
    const rate = (docId: string, key: string, body: object) =>
      member.put(`/api/gender-reviews/${review.id}/documents/${docId}/ratings/${key}`, body);
    for (const c of review.criteria.slice(0, 12)) {
      const res = await rate(rus.id, c.key, {
        rating: 'clear',
        quotes: [{ text: 'Kvinnor och män ska ha samma möjligheter', page: '12' }],
        version: null,
      });
      expect(res.status).toBe(200);
    }
    const res = await rate(health.id, ownKey, {
      rating: 'missing',
      quotes: [
        { text: 'Vården ska vara jämlik', page: '4' },
        { text: 'Alla invånare', page: '7' },
      ],
      note: 'Kön nämns inte.',
      version: null,
    });
    expect(res.status).toBe(200);
    review = res.body;
    const [r, h, budget] = review.documents;
    expect(r.counts).toEqual({ clear: 12, partly: 0, missing: 0, unrated: 4 });
    expect(r.perspective).toBe('clear');
    expect(h.counts).toEqual({ clear: 0, partly: 0, missing: 1, unrated: 15 });
    expect(h.ratings[0].quotes).toHaveLength(2);
    expect(budget.perspective).toBe('not_assessed');
    expect(review.result).toMatchObject({ clear: 12, missing: 1, documents: { clear: 1, not_assessed: 2 } });
  });

  it('answers 409 with the current rating when someone else changed it, and 409 on a stale review', async () => {
    const rus = review.documents[0];
    const key = review.criteria[0].key;
    const url = `/api/gender-reviews/${review.id}/documents/${rus.id}/ratings/${key}`;
    const first = await member.put(url, { rating: 'partly', version: 1 });
    expect(first.status).toBe(200);
    const stale = await coord.put(url, { rating: 'missing', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.rating).toBe('partly');
    const again = await coord.put(url, { rating: 'clear', version: null });
    expect(again.status).toBe(409);
    const p1 = await member.patch(`/api/gender-reviews/${review.id}`, {
      title: 'Granskning 2019',
      version: review.version,
    });
    expect(p1.status).toBe(200);
    const p2 = await coord.patch(`/api/gender-reviews/${review.id}`, { title: 'Annat', version: review.version });
    expect(p2.status).toBe(409);
    expect(p2.body.error.details.current.title).toBe('Granskning 2019');
    review = p1.body;
  });

  it('refuses bad input with 400 naming the problem, and writes nothing', async () => {
    const doc = review.documents[0];
    const unknown = await member.put(`/api/gender-reviews/${review.id}/documents/${doc.id}/ratings/subgoal-9`, {
      rating: 'clear',
      version: null,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('genderReview.criterion_unknown');
    const badValue = await member.put(`/api/gender-reviews/${review.id}/documents/${doc.id}/ratings/subgoal-1`, {
      rating: 'excellent',
      version: 2,
    });
    expect(badValue.status).toBe(400);
    expect(badValue.body.error.code).toBe('request.validation_failed');
    const badGroup = await member.post('/api/gender-reviews', {
      organisationId: regionId,
      year: 2020,
      title: 'X',
      groups: ['sex'],
    });
    expect(badGroup.status).toBe(400);
    const noGroup = await member.post('/api/gender-reviews', {
      organisationId: regionId,
      year: 2020,
      title: 'X',
      groups: [],
    });
    expect(noGroup.status).toBe(400);
    expect(noGroup.body.error.code).toBe('genderReview.group_unknown');
    const badDoc = await member.patch(`/api/gender-reviews/${review.id}`, {
      improvement: { documentId: '00000000-0000-4000-8000-000000000000' },
      version: review.version,
    });
    expect(badDoc.status).toBe(400);
    expect(badDoc.body.error.code).toBe('genderReview.document_unknown');
    expect((await reader.get('/api/gender-reviews')).body.total).toBe(1);
  });

  it('hides another county’s review (404) and refuses a reader or another organisation’s member (403)', async () => {
    expect((await outsider.get(`/api/gender-reviews/${review.id}`)).status).toBe(404);
    expect(
      (await outsider.patch(`/api/gender-reviews/${review.id}`, { title: 'X', version: review.version })).status,
    ).toBe(404);
    const read = await reader.get(`/api/gender-reviews/${review.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities.update).toBe(false);
    expect(
      (await reader.patch(`/api/gender-reviews/${review.id}`, { title: 'X', version: review.version })).status,
    ).toBe(403);
    expect(
      (await otherMember.post(`/api/gender-reviews/${review.id}/documents`, { title: 'X', kind: 'other', position: 9 }))
        .status,
    ).toBe(403);
    expect(
      (
        await reader.put(`/api/gender-reviews/${review.id}/documents/${review.documents[0].id}/ratings/subgoal-1`, {
          rating: 'clear',
          version: 2,
        })
      ).status,
    ).toBe(403);
  });

  it('chooses the link to improve, tracks its work, benchmarks, and keeps the history', async () => {
    const budget = review.documents[2];
    const res = await member.patch(`/api/gender-reviews/${review.id}`, {
      improvement: {
        documentId: budget.id,
        change: 'Förstärka planeringsprocessen för mål och budget med jämställdhetsperspektiv',
        responsible: 'Regionkontoret',
        due: '2019-12-31',
        status: 'in_progress',
        notes: [{ date: '2019-03-11', text: 'Beslut i arbetsutskottet § 67' }],
      },
      version: review.version,
    });
    expect(res.status).toBe(200);
    review = res.body;
    expect(review.improvement).toMatchObject({ documentId: budget.id, status: 'in_progress' });
    const b = await member.post(`/api/gender-reviews/${review.id}/benchmarks`, {
      region: 'Region Norrbotten',
      summary: 'Deltar i Modellregioner 2019.',
      source: 'SKL, Modellregioner för jämställdhetsintegrering 2019',
      example: true,
      groups: [{ group: 'subgoals', clear: 3, partly: 2, missing: 1 }],
    });
    expect(b.status).toBe(201);
    review = b.body;
    const bench = review.benchmarks[0];
    const upd = await member.patch(`/api/gender-reviews/${review.id}/benchmarks/${bench.id}`, {
      summary: 'Benchmarking av mål och budget.',
      version: bench.version,
    });
    expect(upd.status).toBe(200);
    review = upd.body;
    expect(review.groupResults.find((g) => g.group === 'subgoals')!.clear).toBeGreaterThan(0);
    const history = await reader.get(`/api/gender-reviews/${review.id}/audit`);
    expect(history.status).toBe(200);
    const kinds = new Set((history.body.items ?? history.body).map((e: { entityType: string }) => e.entityType));
    expect(kinds).toEqual(
      new Set([
        'gender_review',
        'gender_review_document',
        'gender_review_rating',
        'gender_review_criterion',
        'gender_review_benchmark',
      ]),
    );
  });

  it('reports the review as Word and PDF, read back', async () => {
    const download = async (url: string) => {
      const res = await env.app.inject({
        method: 'GET',
        url,
        headers: { cookie: [...reader.cookies].map(([k, c]) => `${k}=${c}`).join('; ') },
      });
      return { status: res.statusCode, headers: res.headers, raw: res.rawPayload };
    };
    const docx = await download(`/api/gender-reviews/${review.id}/report.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toContain('region-halland-2019.docx');
    const word = await readDocx(docx.raw);
    expect(word.text).toContain('Jämställdhetsgranskning av styrdokument');
    expect(word.text).toContain('Hälso- och sjukvårdsstrategi');
    expect(word.text).toContain('”Vården ska vara jämlik” (s. 4)');
    expect(word.text).toContain('Vald länk: Mål och budget');
    expect(word.text).toContain('Region Norrbotten');
    expect(word.text).toContain('Exempel – inte uppgifter ur källan.');
    const pdf = await download(`/api/gender-reviews/${review.id}/report.pdf?lang=en`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const read = await readPdf(pdf.raw);
    expect(squash(read.text)).toContain(squash('Gender review of governing documents'));
    expect(squash(read.text)).toContain(squash('Goals and budget'));
    expect(squash(read.text)).toContain(squash('“Vården ska vara jämlik” (p. 4)').replace('“', '”'));
    expect(squash(read.text)).toContain(squash('Benchmarking with other regions'));
    expect((await outsider.get(`/api/gender-reviews/${review.id}/report.pdf`)).status).toBe(404);
  });

  it('loads seed 004’s demo: Region Halland’s 2019 review of five documents, goals and budget to improve', async () => {
    const demo = await loadDemoGenderReview(env.database.db, {
      userId: '00000000-0000-0000-0000-000000000000',
      personId: '',
      organisationId: '',
      countyId: '',
      role: 'admin',
      name: 'Samsyn (demodata)',
      email: '',
    });
    const seen = (await reader.get(`/api/gender-reviews/${demo.id}`)).body as Review;
    expect(seen.documents.map((d) => [d.title, d.perspective])).toEqual([
      ['Regional utvecklingsstrategi', 'clear'],
      ['Tillväxtstrategi', 'clear'],
      ['Hälso- och sjukvårdsstrategi', 'missing'],
      ['Mål och budget', 'partly'],
      ['Verksamhetsplan för regionkontoret', 'partly'],
    ]);
    expect(seen.documents.find((d) => d.id === seen.improvement.documentId)!.title).toBe('Mål och budget');
    expect(seen.benchmarks.map((b) => [b.region, b.groups.length])).toEqual([
      ['Region Gävleborg', 0],
      ['Region Norrbotten', 0],
    ]);
    const fourR = seen.documents[0].ratings.filter((r) => r.criterionKey.startsWith('4r-'));
    expect(fourR.every((r) => r.note.startsWith('Exempel'))).toBe(true);
  });
});
