/**
 * The county's picture of a key figure as Word and PDF: the map drawn server side (src/statistics/map),
 * the table of the municipalities, the region, the county's average and the country, with source and
 * date. Texts in Swedish and English here; numbers in the language's format.
 */
import {
  fields,
  figure,
  fileSlug,
  heading,
  para,
  renderDocx,
  renderPdf,
  table,
  type DocumentSpec,
} from '../documents/index.js';
import { findCounty } from '../counties/index.js';
import type { Db } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import type { AreaValues, CountyAverage, PictureQuery, ValuesAnswer } from './contract.js';
import { sourceLabel } from './rules.js';
import { countyMapSvg } from './map/index.js';
import { countyValues } from './reads.js';

export type Locale = 'sv' | 'en';

const texts = {
  sv: {
    lang: 'sv-SE',
    pageLabel: 'Sida {page} av {pages}',
    title: 'Länets bild',
    source: 'Källa',
    fetched: 'Hämtad',
    year: 'År',
    kpi: 'Nyckeltal',
    shows: 'Kartan visar',
    value: 'totalt värde',
    ratio: 'kvinnor/män (1 = jämställt)',
    legendValue: 'Totalt',
    legendRatio: 'Kvinnor/män (1 = jämställt)',
    missing: 'uppgift saknas',
    area: 'Område',
    women: 'Kvinnor',
    men: 'Män',
    total: 'Totalt',
    kmRatio: 'K/M',
    country: 'Riket',
    countyAverage: 'Länets medelvärde',
    averageFrom: (n: string, of: number) => `medel av ${n} av ${of} kommuner`,
    demo: 'Demo: påhittade värden i Koladas format, inte verklig statistik.',
    mapNote: 'Kartdata: kommungränser (förenklade).',
    averageNote:
      'Länets medelvärde är det oviktade medelvärdet av de kommuner som har ett värde; en kommun utan uppgift räknas inte som 0.',
    tableTitle: 'Värden per kommun',
    mapTitle: 'Karta',
  },
  en: {
    lang: 'en-GB',
    pageLabel: 'Page {page} of {pages}',
    title: 'The county’s picture',
    source: 'Source',
    fetched: 'Fetched',
    year: 'Year',
    kpi: 'Key figure',
    shows: 'The map shows',
    value: 'total value',
    ratio: 'women/men (1 = equal)',
    legendValue: 'Total',
    legendRatio: 'Women/men (1 = equal)',
    missing: 'no data',
    area: 'Area',
    women: 'Women',
    men: 'Men',
    total: 'Total',
    kmRatio: 'W/M',
    country: 'Sweden',
    countyAverage: 'County average',
    averageFrom: (n: string, of: number) => `mean of ${n} of ${of} municipalities`,
    demo: 'Demo: made-up values in Kolada’s format, not real statistics.',
    mapNote: 'Map data: municipal boundaries (simplified).',
    averageNote:
      'The county average is the unweighted mean of the municipalities that have a value; a municipality without data does not count as 0.',
    tableTitle: 'Values per municipality',
    mapTitle: 'Map',
  },
} as const;

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/** "8" (of T, for a KPI not split by gender), or "K 7, M 8, T 8" when the genders' averages are of different numbers of municipalities. */
function counted(avg: CountyAverage, split: boolean, t: (typeof texts)[Locale]): string {
  const { K, M, T } = avg.count;
  return !split || (K === M && M === T) ? String(T) : `${t.women} ${K}, ${t.men} ${M}, ${t.total} ${T}`;
}

export function pictureDocument(
  v: ValuesAnswer,
  countyCode: string,
  mode: 'value' | 'ratio',
  locale: Locale,
): DocumentSpec {
  const t = texts[locale];
  const nf = new Intl.NumberFormat(LOCALES[locale], { maximumFractionDigits: 2 });
  const rf = new Intl.NumberFormat(LOCALES[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const num = (x: number | null) => (x === null ? t.missing : nf.format(x));
  const rat = (x: number | null) => (x === null ? t.missing : rf.format(x));
  const date = v.fetchedAt ? v.fetchedAt.slice(0, 10) : t.missing;
  const row = (name: string, a: Pick<AreaValues, 'K' | 'M' | 'T' | 'ratio'>) => [
    name,
    num(a.K),
    num(a.M),
    num(a.T),
    rat(a.ratio),
  ];
  const avg: CountyAverage = v.countyAverage;
  const title = `${t.title}: ${v.kpi.title}, ${v.year}`;
  const blocks = [
    heading(1, title),
    ...(v.demo ? [para(t.demo, 'note')] : []),
    fields([
      [t.kpi, `${v.kpi.title} (${v.kpi.id})`],
      [t.year, String(v.year)],
      [t.source, sourceLabel(v.kpi)],
      [t.fetched, date],
      [t.shows, mode === 'ratio' ? t.ratio : t.value],
    ]),
    ...(v.kpi.description ? [para(v.kpi.description)] : []),
  ];
  let map: string | null = null;
  try {
    map = countyMapSvg({
      countyCode,
      values: new Map(v.municipalities.map((m) => [m.code, mode === 'ratio' ? m.ratio : m.T])),
      mode,
      title: `${v.kpi.title}, ${v.year}`,
      legendTitle: mode === 'ratio' ? t.legendRatio : t.legendValue,
      missingLabel: t.missing,
      lang: locale,
      sourceNote: `${t.source}: Kolada, ${date}. ${t.mapNote}`,
    });
  } catch (e) {
    // A county the boundary data does not know: the table alone.
    if (!(e instanceof RangeError)) throw e;
  }
  if (map) blocks.push(heading(2, t.mapTitle), figure(map, `${v.kpi.title}, ${v.year}. ${t.source}: Kolada, ${date}.`));
  blocks.push(
    heading(2, t.tableTitle),
    table(
      [
        { title: t.area, width: 3 },
        { title: t.women, width: 1.2, align: 'right' },
        { title: t.men, width: 1.2, align: 'right' },
        { title: t.total, width: 1.2, align: 'right' },
        { title: t.kmRatio, width: 1, align: 'right' },
      ],
      [
        ...v.municipalities.map((m) => row(m.name ?? m.code, m)),
        ...(v.region ? [row(v.region.name ?? v.region.code, v.region)] : []),
        row(`${t.countyAverage} (${t.averageFrom(counted(avg, v.kpi.isDividedByGender, t), avg.of)})`, avg),
        ...(v.country ? [row(t.country, v.country)] : []),
      ],
    ),
    para(t.averageNote, 'note'),
    para(`${t.source}: Kolada. ${t.fetched} ${date}.`, 'note'),
  );
  return {
    title,
    subject: `${v.kpi.title}, ${v.year}`,
    description: `${title}. ${t.source}: Kolada, ${date}.`,
    lang: t.lang,
    header: title,
    pageLabel: t.pageLabel,
    blocks,
  };
}

export const pictureFile = (format: 'docx' | 'pdf', spec: DocumentSpec): Promise<Buffer> =>
  format === 'pdf' ? renderPdf(spec) : renderDocx(spec);

/** The picture of a KPI and year for the reader's county, as a file to download (authorised as the values are). */
export async function countyPicture(
  db: Db,
  actor: Actor | undefined,
  q: PictureQuery,
): Promise<{ fileName: string; body: Buffer }> {
  const values = await countyValues(db, actor, q);
  const county = await findCounty(db, actor!.countyId);
  const body = await pictureFile(q.format, pictureDocument(values, county.code, q.mode, q.lang));
  const what = q.lang === 'en' ? 'county-picture' : 'länets-bild';
  return {
    fileName: `${what}-${fileSlug(values.kpi.id)}-${q.year}${q.mode === 'ratio' ? '-kvot' : ''}.${q.format}`,
    body,
  };
}
