/**
 * Figures from any other source, uploaded as a CSV or Excel file: read (upload-rules.ts), the
 * columns mapped (a mapping may be saved for the county and the source), checked row by row, and
 * stored in one unit of work — a file with a bad row is refused whole (400 listing rows and
 * columns), nothing imported. The import is listed like Kolada's, done at once.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/database.js';
import { change } from '../platform/db/unit-of-work.js';
import { AppError } from '../platform/errors.js';
import { findCounty } from '../counties/index.js';
import { authorize, type Actor } from '../policy/policy.js';
import type { CreateUpload, Import, UploadMapping, UploadPreview } from './contract.js';
import { applyChanges, findImport, insertImport, markImport } from './repository.js';
import { saveMapping, savedMapping, savedMappings, upsertSourceKpis } from './imports-repository.js';
import { countyMunicipalityCodes } from './imports.js';
import { decodeText, parseCsv, readFigures, type Figure } from './upload-rules.js';

/** At most this many problems are sent back (the count says how many there were). */
const MAX_PROBLEMS = 500;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return '';
}

/** An upload's bytes as a table of text cells (the first sheet of an .xlsx; a CSV otherwise). */
export async function readTable(fileName: string, bytes: Buffer): Promise<string[][]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new AppError('statistics.upload_unreadable', `${fileName} is not an Excel (.xlsx) file that can be read`);
    }
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
      if (cells.some((x) => x.trim() !== '')) rows.push(cells);
    });
    return rows;
  }
  if (bytes.includes(0)) throw new AppError('statistics.upload_unreadable', `${fileName} is not a CSV or Excel file`);
  return parseCsv(decodeText(bytes));
}

/** A KPI's id under the source 'upload': a name that is an id (N01951) as it is, else a short hash. */
export function uploadKpiId(sourceName: string, kpi: string): string {
  if (/^[A-Za-z0-9_]{1,20}$/.test(kpi)) return kpi;
  return `U${createHash('sha256').update(`${sourceName}\n${kpi}`).digest('hex').slice(0, 12)}`;
}

async function countyOf(db: Db, actor: Actor | undefined) {
  const who = authorize(actor, 'create', 'statistics', { countyId: actor?.countyId });
  const county = await findCounty(db, who.countyId);
  const municipalities = new Set((await countyMunicipalityCodes(db, county.id)).keys());
  return { county, municipalities };
}

const bytesOf = (content: string) => Buffer.from(content, 'base64');

export async function previewUpload(
  db: Db,
  actor: Actor | undefined,
  input: { fileName: string; content: string; sourceName: string; mapping?: UploadMapping },
): Promise<UploadPreview> {
  const { county, municipalities } = await countyOf(db, actor);
  const table = await readTable(input.fileName, bytesOf(input.content));
  const saved = await savedMapping(db, county.id, input.sourceName);
  const mapping = input.mapping ?? saved;
  const read = mapping ? readFigures(table, mapping, { code: county.code, municipalities }) : null;
  return {
    columns: (table[0] ?? []).map((h) => h.trim()),
    sample: table.slice(1, 11),
    rowCount: Math.max(0, table.length - 1),
    mapping,
    mappingSaved: saved !== null,
    problems: read?.problems.slice(0, MAX_PROBLEMS) ?? [],
    rows: read?.figures.slice(0, 50) ?? [],
    figures: read?.figures.length ?? 0,
  };
}

export async function listMappings(db: Db, actor: Actor | undefined) {
  const who = authorize(actor, 'create', 'statistics', { countyId: actor?.countyId });
  return { items: await savedMappings(db, who.countyId) };
}

export async function createUpload(db: Db, actor: Actor | undefined, input: CreateUpload): Promise<Import> {
  const { county, municipalities } = await countyOf(db, actor);
  const table = await readTable(input.fileName, bytesOf(input.content));
  const { figures, problems } = readFigures(table, input.mapping, { code: county.code, municipalities });
  if (problems.length) {
    const rows = [...new Set(problems.map((p) => p.row))];
    throw new AppError(
      'statistics.upload_invalid',
      `${input.fileName}: ${problems.length} problems on rows ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? ' …' : ''}; nothing imported`,
      { problems: problems.slice(0, MAX_PROBLEMS), count: problems.length },
    );
  }
  const byKpi = new Map<string, Figure[]>();
  for (const f of figures) byKpi.set(f.kpi, [...(byKpi.get(f.kpi) ?? []), f]);
  const now = new Date();
  return change(db, {
    entity: 'statistics_import',
    action: 'create',
    load: async () => null,
    authorise: () => authorize(actor, 'create', 'statistics', { countyId: county.id }),
    async apply(tx, _before, by) {
      const kpis = [...byKpi.keys()].map((name) => ({
        id: uploadKpiId(input.sourceName, name),
        title: name,
        // The source as its figures name it after "Källa:" (sourceLabel); the file is on the import.
        description: input.sourceName,
        operatingArea: null,
        isDividedByGender: byKpi.get(name)!.some((f) => f.gender !== 'T'),
      }));
      const rowIds = await upsertSourceKpis(tx, 'upload', kpis, now);
      let written = 0;
      for (const [name, list] of byKpi) {
        const kpiId = uploadKpiId(input.sourceName, name);
        const counts = await applyChanges(
          tx,
          { countyId: county.id, kpiRowId: rowIds.get(kpiId)! },
          list.map((f) => ({
            kpiId,
            municipalityId: f.areaCode,
            period: f.year,
            gender: f.gender,
            value: f.value,
            status: f.value === null ? 'Missing' : null,
            count: null,
          })),
          [],
          now,
        );
        written += counts.written;
      }
      const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b);
      const areaCodes = [...new Set(figures.map((f) => f.areaCode))].sort();
      const id = await insertImport(tx, {
        countyId: county.id,
        kind: 'upload',
        createdBy: by.userId,
        progressTotal: byKpi.size,
        parameters: {
          kpiIds: kpis.map((k) => k.title),
          years,
          areas: areaCodes,
          areaCodes,
          fromDate: null,
          fileName: input.fileName,
          sourceName: input.sourceName,
        },
      });
      await markImport(tx, id, {
        status: 'done',
        attempts: 1,
        progressDone: byKpi.size,
        startedAt: now,
        finishedAt: new Date(),
        addRowsWritten: written,
      });
      if (input.saveMapping) await saveMapping(tx, county.id, input.sourceName, input.mapping);
      return id;
    },
    present: async (tx, id) => (await findImport(tx, id))!,
    place: (after) => ({ id: after.id, countyId: after.countyId }),
  });
}
