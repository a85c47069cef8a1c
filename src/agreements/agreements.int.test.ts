import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, world } from '../test/factories.js';
import { decodeQuotedPrintable, startSmtp } from '../test/smtp.js';
import { sendNoticeReminders } from './reminders.js';

const terms = (over: Record<string, unknown> = {}) => ({
  title: 'Överenskommelse om samverkan om regionalt samarbete',
  purpose: 'Att tillsammans stärka den regionala utvecklingen med utgångspunkt från RUS.',
  insightClause: 'Regionen ska lämna ut den information som begärs för att bedöma om avtalet fullföljs.',
  followUpClause: 'Följs upp årligen i Regionens samverkansråd och enskilt med kommunen.',
  disputeClause: 'Tvister löses i första hand inom Regionens samverkansråd.',
  documents: ['Samverkansavtal (detta dokument)', 'Överenskommelse mellan regionen och kommunen'],
  areas: [
    { code: 'A', name: 'Kompetens och kunskapsutveckling', basisPoints: 3000 },
    { code: 'B', name: 'Social inkludering och ett sunt liv', basisPoints: 3000 },
    { code: 'C', name: 'Resurssnålare och effektivare', basisPoints: 2000 },
    { code: 'D', name: 'Övergripande regional utveckling', basisPoints: 2000 },
  ],
  validFrom: '2015-01-01',
  validTo: '2017-12-31',
  extensionYears: 3,
  noticeMonths: 12,
  reminderDays: 60,
  compensationStart: '2014-11-01',
  bankgiro: '269-0071',
  ...over,
});

describe.each(engines)('collaboration agreements API on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let seriesId: string;
  let templateId: string;
  let munis: { id: string; name: string }[];
  let bracke: string;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
    munis = [];
    for (const [name, code, pop] of [
      ['Bräcke kommun', '2305', 6035],
      ['Bergs kommun', '2326', 7108],
      ['Ragunda kommun', '2303', 5146],
    ] as const) {
      const o = await makeOrganisation(env.database.db, w.county.id, {
        type: 'municipality',
        name,
        municipalityCode: String(Number(code) + (engine === 'postgres' ? 5000 : 0)),
        populations: [{ year: 2013, population: pop, asOf: '2013-12-31', source: 'SCB' }],
      });
      munis.push({ id: o.id, name });
    }
    bracke = munis[0].id;
  });
  afterAll(() => env?.close());

  it('keeps an index series with yearly values, source and status', async () => {
    const s = await coord.post('/api/index-series', {
      name: 'LPIX',
      description: 'Landstingsprisindex (exempelvärden)',
    });
    expect(s.status).toBe(201);
    seriesId = s.body.id;
    await coord.put(`/api/index-series/${seriesId}/values/2016`, {
      basisPoints: 270,
      source: 'Exempelvärde (ej verkligt LPIX)',
      preliminary: false,
    });
    const r = await coord.put(`/api/index-series/${seriesId}/values/2017`, {
      basisPoints: 310,
      source: 'Exempelvärde (ej verkligt LPIX)',
      preliminary: true,
    });
    expect(r.body.values).toEqual([
      { year: 2016, basisPoints: 270, source: 'Exempelvärde (ej verkligt LPIX)', preliminary: false },
      { year: 2017, basisPoints: 310, source: 'Exempelvärde (ej verkligt LPIX)', preliminary: true },
    ]);
  });

  it('refuses broken terms, naming the problem', async () => {
    const bad = async (over: Record<string, unknown>) =>
      (await coord.post('/api/agreement-templates', { terms: terms(over) })).body.error;
    expect((await bad({ validTo: '2014-12-31' })).code).toBe('agreement.validity_order');
    expect((await bad({ bankgiro: '269-0072' })).code).toBe('agreement.bankgiro_invalid');
    const shares = await bad({
      areas: [
        { code: 'A', name: 'A', basisPoints: 6000 },
        { code: 'B', name: 'B', basisPoints: 3000 },
      ],
    });
    expect(shares.code).toBe('agreement.shares_not_100');
    expect((await bad({ validFrom: '2015-02-30' })).details[0].field).toBe('body.terms.validFrom');
  });

  it('issues one template to three municipalities: one amount entered, the others split by population', async () => {
    const t = await coord.post('/api/agreement-templates', {
      terms: terms({ indexSeriesId: seriesId, indexFromYear: 2016 }),
    });
    expect(t.status).toBe(201);
    templateId = t.body.id;
    const issued = await coord.post(`/api/agreement-templates/${templateId}/issue`, {
      municipalities: [
        { organisationId: bracke, yearlyAmountOre: 44_300_000 },
        { organisationId: munis[1].id },
        { organisationId: munis[2].id },
      ],
      split: { countyTotalOre: 100_000_000, populationYear: 2013 },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.map((a: { party: { name: string } }) => a.party.name)).toEqual([
      'Bräcke kommun',
      'Bergs kommun',
      'Ragunda kommun',
    ]);
    // The county total is split over all three by population; Bräcke's entered amount replaces its share.
    const berg = issued.body[1].yearlyAmountOre;
    const ragunda = issued.body[2].yearlyAmountOre;
    const brackeShare = 100_000_000 - berg - ragunda;
    expect(Math.abs(brackeShare - (100_000_000 * 6035) / (6035 + 7108 + 5146))).toBeLessThan(1);
    expect(Math.abs(berg - (100_000_000 * 7108) / (6035 + 7108 + 5146))).toBeLessThan(1);
    expect(issued.body.map((x: { amountSource: string }) => x.amountSource)).toEqual([
      'entered',
      'population',
      'population',
    ]);
    const again = await coord.post(`/api/agreement-templates/${templateId}/issue`, {
      municipalities: [{ organisationId: bracke, yearlyAmountOre: 1 }],
    });
    expect(again.status).toBe(409);
  });

  it('computes the payment plan by month: twelfths in öre, index from 2016, proration from November 2014', async () => {
    const list = (await coord.get('/api/agreements')).body.items;
    const a = list.find((x: { party: { id: string } }) => x.party.id === bracke);
    const plan = (await coord.get(`/api/agreements/${a.id}/plan?from=2014&to=2017`)).body;
    const year = (y: number) => plan.years.find((x: { year: number }) => x.year === y);
    expect(year(2014)).toMatchObject({ months: 2, amountOre: 7_383_332 });
    expect(year(2015)).toMatchObject({ months: 12, amountOre: 44_300_000 });
    expect(year(2016)).toMatchObject({ months: 12, amountOre: 45_496_100, index: { year: 2016, basisPoints: 270 } });
    const months2016 = plan.rows.filter((r: { year: number }) => r.year === 2016);
    expect(months2016.reduce((n: number, r: { amountOre: number }) => n + r.amountOre, 0)).toBe(45_496_100);
    expect(months2016[0]).toMatchObject({ dueDate: '2016-01-01', amountOre: 3_791_342 });
    expect(plan.bankgiro).toBe('269-0071');
    expect(plan.rule).toMatch(/tolftedel/);

    const missing = await coord.get(`/api/agreements/${a.id}/plan?from=2018&to=2018`);
    expect(missing.status).toBe(409);
    expect(missing.body.error.code).toBe('agreement.index_missing');
    expect(missing.body.error.details.year).toBe(2018);

    const csv = await coord.request('GET', `/api/agreements/${a.id}/plan.csv?from=2016&to=2016`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('År;Månad;Förfallodag;Belopp (kr);Innehållet (kr);Att betala (kr);Uppräkning;Bankgiro');
    expect(lines).toHaveLength(13);
    // A decimal comma in the semicolon CSV, which Swedish Excel reads as a number (issue 10 item 16).
    expect(lines[1]).toBe(
      '2016;1;2016-01-01;37913,42;0,00;37913,42;2,70 % (2016, Exempelvärde (ej verkligt LPIX));269-0071',
    );
    // Named for what it is, å ä ö kept (issue 10 item 15).
    expect(decodeURIComponent(String(csv.headers['content-disposition']))).toContain(
      "filename*=UTF-8''Betalningsplan Bräcke kommun 2016.csv",
    );
    const wide = await coord.request('GET', `/api/agreements/${a.id}/plan.xlsx?from=2014&to=2017`);
    expect(decodeURIComponent(String(wide.headers['content-disposition']))).toContain(
      'Betalningsplan Bräcke kommun 2014–2017.xlsx',
    );

    const xlsx = await env.app.inject({
      method: 'GET',
      url: `/api/agreements/${a.id}/plan.xlsx?from=2016&to=2016`,
      headers: { cookie: [...coord.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Betalningsplan')!;
    expect(ws.getRow(5).values).toEqual([
      undefined,
      'År',
      'Månad',
      'Förfallodag',
      'Belopp (kr)',
      'Innehållet (kr)',
      'Att betala (kr)',
      'Uppräkning',
    ]);
    expect(ws.getRow(6).getCell(4).value).toBe(37913.42);
    expect(String(ws.getRow(2).getCell(1).value)).toContain('269-0071');
    // The payment rule once, not twice in one cell.
    const rule = String(ws.getRow(3).getCell(1).value);
    expect(rule).toBe(plan.rule);
    expect(rule.split('tolftedel').length).toBe(2);
  });

  it('shows periods and notice deadlines, and refuses a late notice with the date that applies instead', async () => {
    const id = (await coord.get('/api/agreements')).body.items.find(
      (x: { party: { id: string } }) => x.party.id === munis[2].id,
    ).id;
    const a = (await coord.get(`/api/agreements/${id}`)).body;
    expect(
      a.periods
        .slice(0, 3)
        .map((p: { start: string; end: string; noticeDeadline: string }) => [p.start, p.end, p.noticeDeadline]),
    ).toEqual([
      ['2015-01-01', '2017-12-31', '2016-12-31'],
      ['2018-01-01', '2020-12-31', '2019-12-31'],
      ['2021-01-01', '2023-12-31', '2022-12-31'],
    ]);
    await coord.put(`/api/agreements/${id}/signatures/issuer`, {
      signatories: ['Regionråd'],
      place: 'Östersund',
      signedOn: '2014-12-08',
    });
    expect(
      (
        await coord.put(`/api/agreements/${id}/signatures/party`, {
          signatories: ['Kommunalråd'],
          place: 'Hammarstrand',
          signedOn: '2014-12-09',
        })
      ).body.status.status,
    ).toBe('in_force');
    const late = await coord.post(`/api/agreements/${id}/notices`, { party: 'party', receivedOn: '2017-01-15' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('agreement.notice_too_late');
    expect(late.body.error.details).toMatchObject({
      deadline: '2016-12-31',
      appliesTo: { periodEnd: '2020-12-31', deadline: '2019-12-31' },
    });
    const ok = await coord.post(`/api/agreements/${id}/notices`, { party: 'party', receivedOn: '2016-11-30' });
    expect(ok.status).toBe(201);
    expect(ok.body.notices[0]).toMatchObject({ receivedOn: '2016-11-30', endsAt: '2017-12-31' });
    expect(ok.body.status.status).toBe('ended');
  });

  it('withholds at most half of a disputed area, shows it month by month and records the settlement', async () => {
    const id = (await coord.get('/api/agreements')).body.items.find(
      (x: { party: { id: string } }) => x.party.id === bracke,
    ).id;
    const tooMuch = await coord.post(`/api/agreements/${id}/disputes`, {
      areas: ['C'],
      withholdBasisPoints: 5001,
      openedOn: '2016-03-10',
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.code).toBe('agreement.withholding_above_half');
    expect(
      (
        await coord.post(`/api/agreements/${id}/disputes`, {
          areas: ['X'],
          withholdBasisPoints: 100,
          openedOn: '2016-03-10',
        })
      ).body.error.code,
    ).toBe('agreement.area_unknown');
    const early = await coord.post(`/api/agreements/${id}/disputes`, {
      areas: ['C'],
      withholdBasisPoints: 100,
      openedOn: '2010-01-01',
    });
    expect(early.body.error.details[0].field).toBe('openedOn');
    const opened = await coord.post(`/api/agreements/${id}/disputes`, {
      areas: ['C'],
      withholdBasisPoints: 5000,
      description: 'Oenighet om energikontorets uppdrag',
      openedOn: '2016-03-10',
    });
    expect(opened.status).toBe(201);
    const d = opened.body.disputes[0];
    const plan = (await coord.get(`/api/agreements/${id}/plan?from=2016&to=2016`)).body;
    const april = plan.rows.find((r: { month: number }) => r.month === 4);
    expect(april.withheldOre).toBe(Math.floor((Math.floor((april.amountOre * 2000) / 10000) * 5000) / 10000));
    expect(april.payableOre).toBe(april.amountOre - april.withheldOre);
    expect(plan.rows.find((r: { month: number }) => r.month === 3).withheldOre).toBe(0);
    const settled = await coord.post(`/api/agreements/${id}/disputes/${d.id}/settle`, {
      settledOn: '2016-09-30',
      settlement: 'paid_later',
      note: 'Betalas ut i oktober',
      version: d.version,
    });
    expect(settled.status).toBe(200);
    const again = await coord.post(`/api/agreements/${id}/disputes/${d.id}/settle`, {
      settledOn: '2016-10-30',
      settlement: 'kept',
      version: settled.body.disputes[0].version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('agreement.dispute_settled');
    expect(again.body.error.details).toMatchObject({ settledOn: '2016-09-30' });
    const after = (await coord.get(`/api/agreements/${id}/plan?from=2016&to=2016`)).body;
    expect(after.rows.find((r: { month: number }) => r.month === 10).withheldOre).toBe(0);
    expect(after.total.withheldOre).toBe(
      after.rows
        .filter((r: { month: number }) => r.month >= 4 && r.month <= 9)
        .reduce((n: number, r: { withheldOre: number }) => n + r.withheldOre, 0),
    );
  });

  it('refuses a second dispute that would withhold more than half of an area, and withholds per area across open disputes', async () => {
    const id = (await coord.get('/api/agreements')).body.items.find(
      (x: { party: { id: string } }) => x.party.id === munis[2].id,
    ).id;
    const first = await coord.post(`/api/agreements/${id}/disputes`, {
      areas: ['C'],
      withholdBasisPoints: 3000,
      openedOn: '2016-03-10',
    });
    expect(first.status).toBe(201);
    const second = await coord.post(`/api/agreements/${id}/disputes`, {
      areas: ['C'],
      withholdBasisPoints: 5000,
      openedOn: '2016-04-10',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('agreement.withholding_cap_reached');
    expect(second.body.error.details.areas).toEqual([
      { area: 'C', alreadyBasisPoints: 3000, availableBasisPoints: 2000 },
    ]);
    expect((await coord.get(`/api/agreements/${id}`)).body.disputes).toHaveLength(1);
    const rest = await coord.post(`/api/agreements/${id}/disputes`, {
      areas: ['C'],
      withholdBasisPoints: 2000,
      openedOn: '2016-04-10',
    });
    expect(rest.status).toBe(201);
    const plan = (await coord.get(`/api/agreements/${id}/plan?from=2016&to=2016`)).body;
    const may = plan.rows.find((r: { month: number }) => r.month === 5);
    // Both disputes together withhold exactly half of area C's part, never more.
    expect(may.withheldOre).toBe(Math.floor((Math.floor((may.amountOre * 2000) / 10000) * 5000) / 10000));
    const april = plan.rows.find((r: { month: number }) => r.month === 4);
    expect(april.withheldOre).toBe(Math.floor((Math.floor((april.amountOre * 2000) / 10000) * 3000) / 10000));
  });

  it('keeps the contact history with notification dates and derives the status from signatures and dates', async () => {
    const id = (await coord.get('/api/agreements')).body.items.find(
      (x: { party: { id: string } }) => x.party.id === munis[1].id,
    ).id;
    let a = (
      await coord.post(`/api/agreements/${id}/contacts`, {
        party: 'party',
        name: 'Lars Ekman',
        title: 'Kommunchef',
        email: 'lars@berg.example',
        validFrom: '2014-12-08',
      })
    ).body;
    a = (
      await coord.post(`/api/agreements/${id}/contacts`, {
        party: 'party',
        name: 'Karin Öst',
        title: 'Kommunchef',
        email: 'karin@berg.example',
        validFrom: '2016-05-01',
        notifiedOn: '2016-04-20',
      })
    ).body;
    expect(a.contacts.map((c: { name: string }) => c.name)).toEqual(['Karin Öst']);
    expect(a.contactHistory.map((c: { name: string; notifiedOn: string | null }) => [c.name, c.notifiedOn])).toEqual([
      ['Karin Öst', '2016-04-20'],
      ['Lars Ekman', null],
    ]);
    expect(a.status.status).toBe('draft');
    await coord.put(`/api/agreements/${id}/signatures/issuer`, {
      signatories: ['Regionråd'],
      place: 'Östersund',
      signedOn: '2014-12-08',
    });
    a = (
      await coord.put(`/api/agreements/${id}/signatures/party`, {
        signatories: ['Kommunalråd', 'Kommunchef'],
        place: 'Berg',
        signedOn: '2014-12-10',
      })
    ).body;
    expect(a.status.status).toBe('in_force');
    const audit = (await coord.get(`/api/agreements/${id}/audit`)).body;
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });

  it('issues a change as a new version and refuses overlapping versions', async () => {
    const t = (await coord.get(`/api/agreement-templates/${templateId}`)).body;
    const overlap = await coord.post(`/api/agreement-templates/${templateId}/versions`, {
      terms: terms({ validFrom: '2015-01-01', indexSeriesId: seriesId, indexFromYear: 2016 }),
      version: t.version,
    });
    expect(overlap.body.error.code).toBe('agreement.versions_overlap');
    const v2 = await coord.post(`/api/agreement-templates/${templateId}/versions`, {
      terms: terms({
        validFrom: '2018-01-01',
        validTo: '2020-12-31',
        purpose: 'Reviderat syfte',
        indexSeriesId: seriesId,
        indexFromYear: 2016,
      }),
      note: 'Reviderad 2017',
      version: t.version,
    });
    expect(v2.status).toBe(201);
    expect(
      v2.body.versions.map((v: { number: number; validFrom: string; validTo: string | null }) => [
        v.number,
        v.validFrom,
        v.validTo,
      ]),
    ).toEqual([
      [2, '2018-01-01', null],
      [1, '2015-01-01', '2017-12-31'],
    ]);
    const a = (await coord.get('/api/agreements')).body.items[0];
    expect((await coord.get(`/api/agreements/${a.id}`)).body.versionNumber).toBe(2);
  });

  it('lists the county’s agreements with the next deadlines first; only coordinators change them', async () => {
    const list = (await coord.get('/api/agreements')).body.items;
    expect(list).toHaveLength(3);
    const deadlines = list.map((x: { nextNoticeDeadline: string | null }) => x.nextNoticeDeadline ?? '9999');
    expect([...deadlines].sort()).toEqual(deadlines);
    const member = await new Client(env.app).login(w.memberB.email);
    const theirs = await member.get('/api/agreements');
    expect(theirs.status).toBe(200);
    expect(theirs.body.abilities).toEqual({ create: false });
    expect((await coord.get('/api/agreements')).body.abilities).toEqual({ create: true });
    expect((await member.get(`/api/agreements/${list[0].id}`)).body.abilities).toEqual({ update: false });
    expect((await coord.get(`/api/agreements/${list[0].id}`)).body.abilities).toEqual({ update: true });
    expect(
      (
        await member.post(`/api/agreements/${list[0].id}/contacts`, {
          party: 'party',
          name: 'X',
          validFrom: '2020-01-01',
        })
      ).status,
    ).toBe(403);
  });

  it('registers a late notice for the later period it applies to, when that period is asked for (issue 10 item 6)', async () => {
    const main = (await coord.get('/api/agreements')).body.items.find(
      (x: { party: { id: string } }) => x.party.id === bracke,
    ).id;
    // Version 2 of the terms runs 2018–2020 with the deadline 2019-12-31, so 2020-01-15 is late.
    // A sub-agreement of its own, so the other tests' agreements keep their notices.
    const sub = await coord.post(`/api/agreements/${main}/sub-agreements`, {
      title: 'Underavtal om uppsägning',
      yearlyAmountOre: 1_000_000,
    });
    expect(sub.status).toBe(201);
    const id = sub.body.id;
    const late = await coord.post(`/api/agreements/${id}/notices`, { party: 'party', receivedOn: '2020-01-15' });
    expect(late.status).toBe(409);
    const periodEnd = late.body.error.details.appliesTo.periodEnd;
    expect(periodEnd).toBe('2023-12-31');
    const wrong = await coord.post(`/api/agreements/${id}/notices`, {
      party: 'party',
      receivedOn: '2020-01-15',
      forPeriodEnding: '2026-12-31',
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('agreement.notice_period_invalid');
    expect(wrong.body.error.details.appliesTo.periodEnd).toBe('2023-12-31');
    const ok = await coord.post(`/api/agreements/${id}/notices`, {
      party: 'party',
      receivedOn: '2020-01-15',
      forPeriodEnding: periodEnd,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.notices).toEqual([expect.objectContaining({ receivedOn: '2020-01-15', endsAt: '2023-12-31' })]);
    expect(ok.body.periods.at(-1).end).toBe('2023-12-31');
    const audit = (await coord.get(`/api/agreements/${id}/audit`)).body;
    expect(audit[0].after.notices).toEqual([
      expect.objectContaining({ receivedOn: '2020-01-15', endsAt: '2023-12-31' }),
    ]);
  });

  it('scopes the lists to the county and carries abilities; another county sees none of them', async () => {
    const other = await new Client(env.app).login(w.otherCoordinator.email);
    for (const path of ['/api/agreements', '/api/agreement-templates', '/api/index-series']) {
      const mine = (await coord.get(path)).body;
      expect(mine.total).toBeGreaterThan(0);
      expect(mine.abilities).toEqual({ create: true });
      const theirs = (await other.get(path)).body;
      expect(theirs).toEqual({ items: [], total: 0, abilities: { create: true } });
    }
    const reader = await new Client(env.app).login(w.reader.email);
    const t = (await reader.get('/api/agreement-templates')).body;
    expect(t.abilities).toEqual({ create: false });
    expect(t.items[0].abilities).toEqual({ update: false });
    expect((await reader.get('/api/index-series')).body.items[0].abilities).toEqual({ update: false });
    expect((await other.get(`/api/agreement-templates/${templateId}`)).status).toBe(403);
    const admin = await new Client(env.app).login(w.admin.email);
    expect((await admin.get('/api/agreements')).body.total).toBeGreaterThanOrEqual(3);
  });

  it('refuses a stale save with 409 and the agreement as it is now, in the contract’s shape (also in OpenAPI)', async () => {
    const { Agreement, Template } = await import('./contract.js');
    const a = (await coord.get('/api/agreements')).body.items[0];
    const full = (await coord.get(`/api/agreements/${a.id}`)).body;
    const first = await coord.patch(`/api/agreements/${a.id}`, { title: 'Ändrad titel', version: full.version });
    expect(first.status).toBe(200);
    const stale = await coord.patch(`/api/agreements/${a.id}`, { title: 'Annan titel', version: full.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    expect(Agreement.strict().safeParse(stale.body.error.details.current).success).toBe(true);
    expect(stale.body.error.details.current.title).toBe('Ändrad titel');
    const t = (await coord.get(`/api/agreement-templates/${templateId}`)).body;
    const staleT = await coord.post(`/api/agreement-templates/${templateId}/versions`, {
      terms: terms({ validFrom: '2030-01-01', validTo: '2032-12-31', indexSeriesId: seriesId, indexFromYear: 2016 }),
      version: t.version - 1,
    });
    expect(staleT.status).toBe(409);
    expect(Template.strict().safeParse(staleT.body.error.details.current).success).toBe(true);
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const [path, method] of [
      ['/api/agreements/{id}', 'patch'],
      ['/api/agreements/{id}/disputes/{disputeId}/settle', 'post'],
      ['/api/agreement-templates/{id}', 'put'],
      ['/api/agreement-templates/{id}/versions', 'post'],
    ] as const)
      expect(JSON.stringify(doc.paths[path][method].responses['409'])).toContain('abilities');
  });

  it('names template and dispute conflicts with their own codes', async () => {
    const t = (await coord.get(`/api/agreement-templates/${templateId}`)).body;
    const edit = await coord.put(`/api/agreement-templates/${templateId}`, { terms: terms(), version: t.version });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('agreement.template_issued');
    const draft = await coord.post('/api/agreement-templates', { terms: terms({ title: 'Utkast' }) });
    const early = await coord.post(`/api/agreement-templates/${draft.body.id}/versions`, {
      terms: terms({ title: 'Utkast', validFrom: '2016-01-01' }),
      version: draft.body.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('agreement.template_not_issued');
  });
});

describe('notice reminders by e-mail', () => {
  it('mails the contact persons once, within the reminder days before a deadline', async () => {
    const smtp = await startSmtp();
    const env = await startTestEnv('pglite', { SMTP_URL: smtp.url });
    try {
      const w = await world(env.database.db);
      const coord = await new Client(env.app).login(w.coordinator.email);
      const muni = await makeOrganisation(env.database.db, w.county.id, {
        type: 'municipality',
        name: 'Krokoms kommun',
        municipalityCode: '2309',
      });
      const t = (await coord.post('/api/agreement-templates', { terms: terms() })).body;
      const [a] = (
        await coord.post(`/api/agreement-templates/${t.id}/issue`, {
          municipalities: [{ organisationId: muni.id, yearlyAmountOre: 1_200_000 }],
        })
      ).body;
      await coord.post(`/api/agreements/${a.id}/contacts`, {
        party: 'party',
        name: 'Maria Nyström',
        email: 'maria@krokom.example',
        validFrom: '2014-12-01',
      });
      await coord.post(`/api/agreements/${a.id}/contacts`, {
        party: 'issuer',
        name: 'Johan Lindqvist',
        email: 'johan@region.example',
        validFrom: '2014-12-01',
      });
      expect(await sendNoticeReminders(env.services, '2016-09-01')).toBe(0);
      expect(await sendNoticeReminders(env.services, '2016-11-15')).toBe(2);
      expect(await sendNoticeReminders(env.services, '2016-11-16')).toBe(0);
      const audit = (await coord.get(`/api/agreements/${a.id}/audit`)).body;
      expect(audit[0]).toMatchObject({ action: 'remind', after: { noticeDeadline: '2016-12-31' } });
      // A coordinator of another county triggers reminders for their own county only.
      const outsider = await new Client(env.app).login(w.otherCoordinator.email);
      expect((await outsider.post('/api/agreements/reminders/run')).body).toEqual({ sent: 0 });
      await env.jobs.drain();
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['johan@region.example', 'maria@krokom.example']);
      const mail = decodeQuotedPrintable(smtp.received[0].raw);
      expect(mail).toContain('2016-12-31');
      expect(mail).toContain('Krokoms kommun');
    } finally {
      await env.close();
      await smtp.close();
    }
  });
});
