import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';
import { sampleExport } from './fixture-export.js';
import { BODIES, SUGGESTIONS } from './fixture-survey.js';
import { responsesCsv, responsesXlsx, type ResponsesExport } from './index.js';

const Q1 = 'Har ni fullföljt årets planerade aktiviteter?';
const Q7 = 'Vilka former av stöd har ni använt?';
const Q6 = 'Synpunkter för förbättringar';

/** An RFC 4180 reader (semicolons) to read the CSV back as a spreadsheet would. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') (row.push(cell), (cell = ''));
    else if (ch === '\r' && s[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  return rows;
}

async function workbook(input: ResponsesExport, locale: 'sv' | 'en') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await responsesXlsx(input, locale)) as unknown as ArrayBuffer);
  return wb;
}
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1);

describe('Excel export', () => {
  it('has one row per response with who answered, a column per question and one per multiple-choice option', async () => {
    const input = sampleExport();
    const ws = (await workbook(input, 'sv')).getWorksheet('Svar')!;
    const header = rowValues(ws, 1) as string[];
    expect(header.slice(0, 5)).toEqual(['Samverkansorgan', 'Organisation', 'Svarande', 'Inskickat', Q1]);
    expect(header).toEqual(
      expect.arrayContaining([
        `${Q7}: Möten med regionens tjänstemän`,
        `${Q7}: Skriftliga underlag`,
        `${Q7}: Utbildning`,
        'Hur bedömer ni samverkan inom: planeringen',
      ]),
    );
    expect(ws.rowCount).toBe(1 + input.rows.length);
    const col = (title: string) => header.indexOf(title) + 1;
    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe(BODIES[0]);
    expect(first.getCell(col(Q1)).value).toBe('Till stor del');
    expect(first.getCell(col(`${Q7}: Möten med regionens tjänstemän`)).value).toBe('Ja');
    expect(first.getCell(col(`${Q7}: Utbildning`)).value).toBeNull();
    expect(first.getCell(col('Hur bedömer ni samverkan inom: planeringen')).value).toBe('Nöjd');
    expect(first.getCell(col('Betyg på samverkan i stort (1–5)')).value).toBe(1);
    expect(first.getCell(col(Q6)).value).toBe(SUGGESTIONS[0]);
    const submitted = first.getCell(4);
    expect(submitted.value).toEqual(new Date(Date.UTC(2025, 9, 13, 14, 30))); // 12:30 UTC is 14:30 in Sweden in October
    expect(submitted.numFmt).toBe('yyyy-mm-dd hh:mm');
  });
  it('has a bold, frozen, filterable header and widths to read by', async () => {
    const ws = (await workbook(sampleExport(), 'sv')).getWorksheet('Svar')!;
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(20);
  });
  it('has the municipalities’ assessments on a second sheet', async () => {
    const ws = (await workbook(sampleExport(), 'sv')).getWorksheet('Kommunernas bedömningar')!;
    const header = rowValues(ws, 1) as string[];
    expect(header.slice(0, 3)).toEqual([
      'Kommun',
      'A Kompetens och kunskapsutveckling: bedömning',
      'A Kompetens och kunskapsutveckling: kommentar',
    ]);
    expect(header.slice(-4)).toEqual(['Mötesdatum', 'Deltagare', 'Anteckningar', 'Status']);
    expect(ws.rowCount).toBe(9);
    const berg = rowValues(ws, 2);
    expect(berg.slice(0, 3)).toEqual([
      'Bergs kommun',
      'Nöjd',
      'Kompetensplattformen har fungerat bra, men vi saknar stöd i yrkesvux-frågorna.',
    ]);
    expect(berg.at(-1)).toBe('Inlämnad');
    expect(rowValues(ws, 7).at(-1)).toBe('Inte påbörjad');
  });
  it('is in English when asked', async () => {
    const wb = await workbook(sampleExport(false, 'en'), 'en');
    const header = rowValues(wb.getWorksheet('Responses')!, 1) as string[];
    expect(header.slice(0, 5)).toEqual([
      'Collaboration body',
      'Organisation',
      'Respondent',
      'Submitted',
      'Have you completed this year’s planned activities?',
    ]);
    expect(wb.getWorksheet('Responses')!.getRow(2).getCell(5).value).toBe('Largely');
    expect(rowValues(wb.getWorksheet('Municipal assessments')!, 2)[1]).toBe('Satisfied');
    expect(
      wb
        .getWorksheet('Responses')!
        .getRow(2)
        .getCell(header.indexOf('Which forms of support have you used?: Written documents') + 1).value,
    ).toBe('Yes');
  });
  it('leaves out every identifying column when the questionnaire is anonymous', async () => {
    const input = sampleExport(true);
    const ws = (await workbook(input, 'sv')).getWorksheet('Svar')!;
    const header = rowValues(ws, 1) as string[];
    expect(header[0]).toBe(Q1);
    for (const h of ['Samverkansorgan', 'Organisation', 'Svarande', 'Inskickat']) expect(header).not.toContain(h);
    expect(ws.getRow(2).getCell(header.indexOf(Q6) + 1).value).toBe(SUGGESTIONS[0]);
  });
});

describe('CSV export', () => {
  const tricky = (): ResponsesExport => {
    const input = sampleExport();
    input.rows[0].answers.q6 = 'Förslag; "mer tid"\noch fler möten';
    input.rows[1].answers.q6 = '=HYPERLINK("http://x.test","klicka")';
    input.rows[2].answers.q6 = '+46 70 123 45 67';
    input.rows[3].answers.q6 = '-inget-';
    input.rows[4].answers.q6 = '@SUM(A1)';
    input.rows[5].answers.q6 = '\tindraget';
    return input;
  };
  it('is UTF-8 with a BOM, semicolons and CRLF, quoted per RFC 4180', () => {
    const csv = responsesCsv(tricky(), 'sv');
    expect(csv.startsWith('\uFEFFSamverkansorgan;Organisation;Svarande;Inskickat;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Förslag; ""mer tid""\noch fler möten"');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const q6 = rows[0].indexOf(Q6);
    expect(rows[1][q6]).toBe('Förslag; "mer tid"\noch fler möten');
    expect(rows[1].slice(0, 4)).toEqual([BODIES[0], 'Region Jämtland Härjedalen', 'Karin Olsson', '2025-10-13 14:30']);
  });
  it('guards against formula injection', () => {
    const rows = parseCsv(responsesCsv(tricky(), 'sv').slice(1));
    const q6 = rows[0].indexOf(Q6);
    expect(rows.slice(2).map((r) => r[q6])).toEqual([
      '\'=HYPERLINK("http://x.test","klicka")',
      "'+46 70 123 45 67",
      "'-inget-",
      "'@SUM(A1)",
      "'\tindraget",
    ]);
    expect(csvCell('Vanlig text')).toBe('Vanlig text');
    expect(csvCell(-3)).toBe('-3'); // a number is a number, not a formula
  });
  it('has a column per multiple-choice option with Ja or nothing', () => {
    const rows = parseCsv(responsesCsv(sampleExport(), 'sv').slice(1));
    const meetings = rows[0].indexOf(`${Q7}: Möten med regionens tjänstemän`);
    const training = rows[0].indexOf(`${Q7}: Utbildning`);
    expect(rows.slice(1).map((r) => r[meetings])).toEqual(['Ja', 'Ja', '', 'Ja', 'Ja', '']);
    expect(rows.slice(1).map((r) => r[training])).toEqual(['', '', 'Ja', 'Ja', '', '']);
  });
  it('has no identifying column when anonymous, and keeps the rows in the order given', () => {
    const input = sampleExport(true);
    input.rows.reverse();
    const csv = responsesCsv(input, 'en');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0][0]).toBe('Have you completed this year’s planned activities?');
    for (const name of [...BODIES, 'Karin Olsson', 'Collaboration body', 'Respondent', 'Submitted'])
      expect(csv).not.toContain(name);
    const q6 = rows[0].indexOf('Suggestions for improvement');
    expect(rows.slice(1).map((r) => r[q6])).toEqual(input.rows.map((r) => (r.answers.q6 as string | undefined) ?? ''));
  });
});
