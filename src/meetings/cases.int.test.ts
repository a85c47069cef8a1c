import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES } from './documents.js';

describe.each(engines)('cases (ärenden) and their documents on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let reader: Client;
  let other: Client;
  let body: { id: string };
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
    reader = await new Client(env.app).login(w.reader.email);
    other = await new Client(env.app).login(w.otherCoordinator.email);
    body = (
      await coord.post('/api/bodies', { organisationId: w.orgA.id, type: 'executive_board', name: 'Regionstyrelsen' })
    ).body;
  }, 600_000);
  afterAll(() => env?.close());

  /** The file's own bytes as the body (the Client sends JSON). */
  const upload = async (
    c: Client,
    caseId: string,
    version: number,
    type: string,
    content: Buffer,
    fileName: string,
  ) => {
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?${new URLSearchParams({ title: 'Tjänsteskrivelse', fileName, version: String(version) })}`,
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': c.cookies.get('samsyn_csrf')!,
        'content-type': type,
      },
      payload: content,
    });
    return { status: res.statusCode, body: JSON.parse(res.body) };
  };

  it('registers a case with its number, refuses the number again and gives the next free one', async () => {
    const first = await coord.post('/api/cases', {
      organisationId: w.orgA.id,
      series: 'RS',
      number: 333,
      year: 2015,
      kind: 'motion',
      title: 'Svar på motion om Tillgänglighets- och jämställdhetskartan',
      officerId: w.member.person.id,
      motion: { submittedOn: '2015-02-10', submittedBy: 'Berit Johansson', party: 'C' },
      firstStep: { bodyId: body.id, kind: 'preparation' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      registrationNumber: 'RS/333/2015',
      kind: 'motion',
      status: 'open',
      officer: { id: w.member.person.id },
      motion: { submittedBy: 'Berit Johansson', party: 'C', overdue: true },
      abilities: { update: true },
    });
    expect(first.body.steps).toMatchObject([{ bodyId: body.id, bodyName: 'Regionstyrelsen', kind: 'preparation' }]);

    const again = await coord.post('/api/cases', {
      organisationId: w.orgA.id,
      series: 'RS',
      number: 333,
      year: 2015,
      title: 'Ett annat ärende',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('case.number_taken');

    const next = await coord.post('/api/cases', {
      organisationId: w.orgA.id,
      series: 'RS',
      year: 2015,
      title: 'Nästa',
    });
    expect(next.status).toBe(201);
    expect(next.body.registrationNumber).toBe('RS/334/2015');
    const otherYear = await coord.post('/api/cases', {
      organisationId: w.orgA.id,
      series: 'RS',
      year: 2016,
      title: 'Nytt år',
    });
    expect(otherYear.body.registrationNumber).toBe('RS/1/2016');

    const list = await coord.get('/api/cases?overdue=true');
    expect(list.body.items.map((c: { registrationNumber: string }) => c.registrationNumber)).toEqual(['RS/333/2015']);
    expect(list.body.abilities.create).toBe(true);
    const search = await reader.get('/api/cases?q=RS/334');
    expect(search.body.items).toHaveLength(1);
    expect(search.body.items[0].abilities.update).toBe(false);
  });

  it('finds a case by its registration number written compactly (seed 004: RS181020) or with slashes', async () => {
    const c = await coord.post('/api/cases', {
      organisationId: w.orgA.id,
      series: 'RS',
      number: 1020,
      year: 2018,
      title: 'Yttrande över remiss',
    });
    expect(c.status).toBe(201);
    for (const q of ['RS181020', 'rs181020', 'RS/1020/2018', 'rs/01020/2018']) {
      const found = await reader.get(`/api/cases?${new URLSearchParams({ q })}`);
      expect(
        found.body.items.map((x: { registrationNumber: string }) => x.registrationNumber),
        q,
      ).toEqual(['RS/1020/2018']);
    }
    // Not a registration number: searched as typed, in titles and numbers.
    const byTitle = await reader.get(`/api/cases?${new URLSearchParams({ q: 'yttrande över' })}`);
    expect(byTitle.body.items.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    const none = await reader.get(`/api/cases?${new URLSearchParams({ q: 'RS181021' })}`);
    expect(none.body.items).toEqual([]);
  });

  it('lets only those the policy allows register cases, and hides other counties', async () => {
    const byReader = await reader.post('/api/cases', {
      organisationId: w.orgA.id,
      series: 'KS',
      year: 2020,
      title: 'X',
    });
    expect(byReader.status).toBe(403);
    const mine = await coord.post('/api/cases', { organisationId: w.orgA.id, series: 'KS', year: 2020, title: 'Y' });
    expect((await other.get(`/api/cases/${mine.body.id}`)).status).toBe(403);
    expect((await other.get('/api/cases')).body.items).toEqual([]);
  });

  it('raises the question to another body as a new step of the same case', async () => {
    const council = await coord.post('/api/bodies', {
      organisationId: w.orgA.id,
      type: 'council',
      name: 'Regionens samverkansråd',
    });
    const c = await coord.post('/api/cases', { organisationId: w.orgA.id, series: 'RS', year: 2017, title: 'CERO' });
    const step = await coord.post(`/api/cases/${c.body.id}/steps`, {
      version: c.body.version,
      bodyId: council.body.id,
      kind: 'decision',
      note: 'Frågan lyfts till Regionens samverkansråd',
    });
    expect(step.status).toBe(200);
    expect(step.body.steps).toMatchObject([{ position: 1, bodyName: 'Regionens samverkansråd', kind: 'decision' }]);
    const stale = await coord.post(`/api/cases/${c.body.id}/steps`, {
      version: c.body.version,
      bodyId: council.body.id,
      kind: 'decision',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    expect(stale.body.error.details.current.steps).toHaveLength(1);
  });

  it('keeps a PDF, Word or Excel document, checked by its content, and serves it back', async () => {
    const c = (
      await coord.post('/api/cases', { organisationId: w.orgA.id, series: 'RUN', year: 2015, title: 'Underlag' })
    ).body;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const ok = await upload(coord, c.id, c.version, DOCUMENT_TYPES.pdf, pdf, 'Tjänsteskrivelse.pdf');
    expect(ok.status).toBe(201);
    expect(ok.body.documents).toMatchObject([{ title: 'Tjänsteskrivelse', kind: 'pdf', size: pdf.length }]);

    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Beslutsunderlag')] }] }));
    const word = await upload(coord, c.id, ok.body.version, DOCUMENT_TYPES.docx, docx, 'Underlag.docx');
    expect(word.status).toBe(201);
    expect(word.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['pdf', 'docx']);

    const back = await coord.request('GET', `/api/cases/${c.id}/documents/${ok.body.documents[0].id}`);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(String(back.headers['content-disposition'])).toContain('Tj');

    // A Word file claiming to be Excel, a text file claiming to be a PDF: 415, nothing stored.
    const liar = await upload(coord, c.id, word.body.version, DOCUMENT_TYPES.xlsx, docx, 'Underlag.xlsx');
    expect(liar.status).toBe(415);
    expect(liar.body.error.code).toBe('case.document_type');
    const text = await upload(coord, c.id, word.body.version, DOCUMENT_TYPES.pdf, Buffer.from('hello'), 'a.pdf');
    expect(text.status).toBe(415);
    const misnamed = await upload(coord, c.id, word.body.version, DOCUMENT_TYPES.pdf, pdf, 'a.docx');
    expect(misnamed.status).toBe(415);
    const plain = await upload(coord, c.id, word.body.version, 'text/plain', pdf, 'a.pdf');
    expect(plain.status).toBe(415);

    const tooLarge = Buffer.concat([pdf, Buffer.alloc(DOCUMENT_MAX_BYTES)]);
    const big = await upload(coord, c.id, word.body.version, DOCUMENT_TYPES.pdf, tooLarge, 'stor.pdf');
    expect(big.status).toBe(413);
    // The right magic bytes under another kind's name and type (a PDF sent as Excel): 415.
    const pdfAsExcel = await upload(coord, c.id, word.body.version, DOCUMENT_TYPES.xlsx, pdf, 'Budget.xlsx');
    expect(pdfAsExcel.status).toBe(415);
    expect(pdfAsExcel.body.error.code).toBe('case.document_type');

    const byReader = await upload(reader, c.id, word.body.version, DOCUMENT_TYPES.pdf, pdf, 'b.pdf');
    expect(byReader.status).toBe(403);
    const now = await coord.get(`/api/cases/${c.id}`);
    expect(now.body.documents).toHaveLength(2);
    expect(now.body.version).toBe(word.body.version);
    const history = await coord.get(`/api/cases/${c.id}/audit`);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
  });
});
