import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { counties } from '../counties/schema.js';
import { readDocx, readPdf, squash } from '../documents/read-back.js';
import { eq } from 'drizzle-orm';
import type { AuditEntry } from '../platform/contract.js';
import type { Review } from './contract.js';
import { genderReviewRatings } from './schema.js';
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

  const del = (c: Client, url: string, body: object) => c.request('DELETE', url, body);
  const history = async () =>
    ((await reader.get(`/api/gender-reviews/${review.id}/audit`)).body as AuditEntry[]).filter(
      (e) => e.action === 'delete',
    );

  it('removes a document with its ratings: gone from the summary, audited, 409 stale, 404 elsewhere, 403 for a reader', async () => {
    const before = review.result;
    const added = await member.post(`/api/gender-reviews/${review.id}/documents`, {
      title: 'Felregistrerad plan',
      kind: 'other',
      position: 9,
    });
    review = added.body;
    const doc = review.documents.find((d) => d.title === 'Felregistrerad plan')!;
    for (const key of ['subgoal-1', 'subgoal-2'])
      review = (
        await member.put(`/api/gender-reviews/${review.id}/documents/${doc.id}/ratings/${key}`, {
          rating: 'clear',
          version: null,
        })
      ).body;
    expect(review.result.clear).toBe(before.clear + 2);
    const url = `/api/gender-reviews/${review.id}/documents/${doc.id}`;
    expect((await del(outsider, url, { version: 1 })).status).toBe(404);
    const refused = await del(reader, url, { version: 1 });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'auth.forbidden']);
    expect((await del(otherMember, url, { version: 1 })).status).toBe(403);
    const moved = await member.patch(url, { reference: 'Diarienummer 2019/1', version: 1 });
    expect(moved.status).toBe(200);
    const stale = await del(coord, url, { version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'record.stale']);
    expect(stale.body.error.details.current).toMatchObject({ id: doc.id, version: 2 });

    const res = await del(coord, url, { version: 2 });
    expect(res.status).toBe(200);
    review = res.body;
    expect(review.documents.map((d) => d.id)).not.toContain(doc.id);
    expect(review.documentCount).toBe(3);
    expect(review.result).toEqual(before);
    const left = await env.database.db
      .select()
      .from(genderReviewRatings)
      .where(eq(genderReviewRatings.documentId, doc.id));
    expect(left).toEqual([]);
    expect((await del(coord, url, { version: 2 })).status).toBe(404);
    // The removal is the review's entry, with what the document was and how it was rated; the
    // document's own earlier entries stay in the review's history.
    const [removal] = await history();
    expect(removal).toMatchObject({ entityType: 'gender_review', entityId: review.id, after: null });
    expect(removal.before).toMatchObject({ part: 'document', id: doc.id, title: 'Felregistrerad plan' });
    expect((removal.before!.ratings as { rating: string }[]).map((r) => r.rating)).toEqual(['clear', 'clear']);
    const all = (await reader.get(`/api/gender-reviews/${review.id}/audit`)).body as AuditEntry[];
    expect(all.filter((e) => e.entityId === doc.id).map((e) => e.action)).toEqual(['update', 'create']);
    expect(all.filter((e) => e.entityType === 'gender_review_rating').length).toBeGreaterThanOrEqual(2 + 14);
  });

  it('refuses to remove the chosen link to improve unless the choice is cleared in the same step', async () => {
    const budget = review.documents.find((d) => d.id === review.improvement.documentId)!;
    const url = `/api/gender-reviews/${review.id}/documents/${budget.id}`;
    const refused = await del(member, url, { version: budget.version });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'genderReview.document_in_use']);
    expect((await reader.get(`/api/gender-reviews/${review.id}`)).body.documents).toHaveLength(3);
    const res = await del(member, url, { version: budget.version, clearImprovement: true });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(review.version + 1);
    review = res.body;
    expect(review.improvement).toMatchObject({
      documentId: null,
      responsible: 'Regionkontoret',
      status: 'in_progress',
    });
    expect(review.improvement.change).toContain('mål och budget');
    const cleared = ((await reader.get(`/api/gender-reviews/${review.id}/audit`)).body as AuditEntry[]).find(
      (e) => e.entityType === 'gender_review' && e.action === 'update',
    )!;
    expect((cleared.before!.improvement as { documentId: string }).documentId).toBe(budget.id);
    expect((cleared.after!.improvement as { documentId: null }).documentId).toBeNull();
  });

  it('removes a benchmark row at the version read', async () => {
    const bench = review.benchmarks[0];
    const url = `/api/gender-reviews/${review.id}/benchmarks/${bench.id}`;
    expect((await del(reader, url, { version: bench.version })).status).toBe(403);
    const stale = await del(member, url, { version: bench.version - 1 });
    expect([stale.status, stale.body.error.details.current.region]).toEqual([409, 'Region Norrbotten']);
    const res = await del(member, url, { version: bench.version });
    expect(res.status).toBe(200);
    review = res.body;
    expect(review.benchmarks).toEqual([]);
    expect((await history())[0].before).toMatchObject({ part: 'benchmark', region: 'Region Norrbotten' });
  });

  it('renames and removes an own criterion with its ratings; built-in criteria are refused with their own code', async () => {
    const own = review.criteria.find((c) => c.group === 'own')!;
    const url = `/api/gender-reviews/${review.id}/criteria/${own.key}`;
    const renamed = await member.patch(url, { name: 'HBTQI-personers villkor', version: review.version });
    expect(renamed.status).toBe(200);
    expect(renamed.body.criteria.at(-1)).toMatchObject({
      key: own.key,
      name: { sv: 'HBTQI-personers villkor' },
      description: { sv: own.description.sv },
    });
    const stale = await coord.patch(url, { description: 'Annat', version: review.version });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'record.stale']);
    expect(stale.body.error.details.current).toMatchObject({ name: { sv: 'HBTQI-personers villkor' } });
    review = renamed.body;

    for (const builtin of ['subgoal-1', '4r-resources', 'decision-2']) {
      const u = `/api/gender-reviews/${review.id}/criteria/${builtin}`;
      const rename = await member.patch(u, { name: 'X', version: review.version });
      expect([rename.status, rename.body.error.code]).toEqual([409, 'genderReview.criterion_builtin']);
      const remove = await del(member, u, { version: review.version });
      expect([remove.status, remove.body.error.code]).toEqual([409, 'genderReview.criterion_builtin']);
    }
    expect((await del(reader, `/api/gender-reviews/${review.id}/criteria/subgoal-1`, { version: 1 })).status).toBe(403);
    const unknown = await del(member, `/api/gender-reviews/${review.id}/criteria/own-${review.id}`, {
      version: review.version,
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'genderReview.criterion_unknown']);
    expect((await del(outsider, url, { version: review.version })).status).toBe(404);

    const missingBefore = review.result.missing;
    const res = await del(member, url, { version: review.version });
    expect(res.status).toBe(200);
    review = res.body;
    expect(review.criteria.map((c) => c.key)).not.toContain(own.key);
    expect(review.criteria).toHaveLength(15);
    expect(review.result.missing).toBe(missingBefore - 1);
    const left = await env.database.db
      .select()
      .from(genderReviewRatings)
      .where(eq(genderReviewRatings.criterionKey, own.key));
    expect(left).toEqual([]);
    const [removal] = await history();
    expect(removal.before).toMatchObject({ part: 'criterion', id: own.key.slice(4) });
    expect((removal.before!.ratings as { note: string }[]).map((r) => r.note)).toEqual(['Kön nämns inte.']);
    const kinds = ((await reader.get(`/api/gender-reviews/${review.id}/audit`)).body as AuditEntry[])
      .filter((e) => e.entityId === own.key.slice(4))
      .map((e) => e.action);
    expect(kinds).toEqual(['update', 'create']);
  });

  it('keeps a review from losing its last criterion', async () => {
    const created = await member.post('/api/gender-reviews', {
      organisationId: regionId,
      year: 2021,
      title: 'Egna kriterier',
      groups: ['decision'],
    });
    let r = (await member.post(`/api/gender-reviews/${created.body.id}/criteria`, { name: 'Tillgänglighet' })).body;
    r = (await member.patch(`/api/gender-reviews/${r.id}`, { groups: [], version: r.version })).body as Review;
    expect(r.criteria).toHaveLength(1);
    const last = await del(member, `/api/gender-reviews/${r.id}/criteria/${r.criteria[0].key}`, { version: r.version });
    expect([last.status, last.body.error.code]).toEqual([400, 'genderReview.group_unknown']);
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
