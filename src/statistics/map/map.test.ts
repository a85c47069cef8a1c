import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseXml as parse, type XmlNode as Node } from '../../test/xml.js';
import { figure, renderDocx, renderPdf, svgToPng } from '../../documents/index.js';
import { countyCodes, countyMapSvg, countyMunicipalities, type CountyMapOptions } from './index.js';
import { luminance } from './scale.js';

const all = (n: Node, name: string): Node[] => [
  ...(n.name === name ? [n] : []),
  ...n.children.flatMap((c) => all(c, name)),
];

const JAMTLAND = [
  ['2303', 'Ragunda'],
  ['2305', 'Bräcke'],
  ['2309', 'Krokom'],
  ['2313', 'Strömsund'],
  ['2321', 'Åre'],
  ['2326', 'Berg'],
  ['2361', 'Härjedalen'],
  ['2380', 'Östersund'],
];

const base = {
  mode: 'value',
  title: 'Förvärvsarbetande 20–64 år, andel (%)',
  legendTitle: 'Andel (%)',
  missingLabel: 'uppgift saknas',
  lang: 'sv',
  sourceNote: 'Kartdata: Valmyndigheten (förenklad)',
} as const;
/** Ragunda lowest … Östersund highest; Strömsund missing. */
const values = new Map<string, number | null>([
  ['2303', 70.1],
  ['2305', 72.4],
  ['2309', 80.2],
  ['2313', null],
  ['2321', 83],
  ['2326', 75.5],
  ['2361', 78.8],
  ['2380', 86.9],
]);
const jamtland = (o: Partial<CountyMapOptions> = {}) => countyMapSvg({ countyCode: '23', values, ...base, ...o });

function pathsOf(svg: string) {
  const paths = all(parseXml(svg), 'path').filter((p) => p.attributes['data-code']);
  return new Map(
    paths.map((p) => [
      p.attributes['data-code'],
      { fill: p.attributes.fill, title: p.children.find((c) => c.name === 'title')?.text ?? '', attrs: p.attributes },
    ]),
  );
}

describe('the municipalities of a county', () => {
  it('are the eight of Jämtland and the six of Halland, with their codes', () => {
    expect(countyMunicipalities('23').map((m) => [m.code, m.name])).toEqual(JAMTLAND);
    expect(countyMunicipalities(13).map((m) => m.code)).toEqual(['1315', '1380', '1381', '1382', '1383', '1384']);
    expect(countyMunicipalities('1')).toEqual(countyMunicipalities('01'));
    expect(countyMunicipalities(null)).toHaveLength(290);
    expect(countyCodes()).toHaveLength(21);
  });

  it('refuses a county that does not exist', () => {
    expect(() => countyMunicipalities('02')).toThrow(RangeError);
    expect(() => jamtland({ countyCode: '99' })).toThrow(RangeError);
  });

  it('says which file it could not read', () => {
    expect(() => jamtland({ geoDir: '/nonexistent/geo' })).toThrow(
      'Cannot read the municipality boundaries /nonexistent/geo/swedish_municipalities.geojson',
    );
  });
});

describe('countyMapSvg', () => {
  it('draws each municipality as a path named with its value', () => {
    const paths = pathsOf(jamtland());
    expect([...paths.keys()]).toEqual(JAMTLAND.map(([code]) => code));
    expect(paths.get('2303')!.title).toBe('Ragunda: 70,1');
    expect(paths.get('2321')!.title).toBe('Åre: 83');
    expect(paths.get('2380')!.title).toBe('Östersund: 86,9');
    for (const [code] of JAMTLAND) expect(paths.get(code)!.attrs.d).toMatch(/^M[\d.]+ [\d.]+l[-\d. ]+z/);
  });

  it('colours by value: a higher value never gets a lighter colour', () => {
    const paths = pathsOf(jamtland());
    const shown = [...values].filter(([, v]) => v !== null).sort((a, b) => a[1]! - b[1]!);
    const lum = shown.map(([code]) => luminance(paths.get(code)!.fill));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThanOrEqual(lum[i - 1]);
    expect(lum[0]).toBeGreaterThan(lum[lum.length - 1]);
    expect(paths.get('2303')!.fill).toBe('#eff3ff');
    expect(paths.get('2380')!.fill).toBe('#08519c');
  });

  it('hatches a missing value and names it in the tooltip and the legend', () => {
    const svg = jamtland();
    const tree = parseXml(svg);
    const paths = pathsOf(svg);
    const missing = paths.get('2313')!;
    expect(missing.fill).toBe('url(#county-map-23-missing)');
    expect(missing.attrs['data-missing']).toBe('true');
    expect(missing.title).toBe('Strömsund: uppgift saknas');
    const pattern = all(tree, 'pattern').find((p) => p.attributes.id === 'county-map-23-missing');
    expect(all(pattern!, 'line')).toHaveLength(1);
    const legend = all(tree, 'g').find((g) => g.attributes.class === 'legend-missing')!;
    expect(all(legend, 'rect')[0].attributes.fill).toBe('url(#county-map-23-missing)');
    expect(all(legend, 'text')[0].text).toBe('uppgift saknas');
    // A municipality absent from the values is missing too; without any missing, no legend item.
    const partial = new Map([...values].filter(([code]) => code !== '2305'));
    expect(pathsOf(jamtland({ values: partial })).get('2305')!.title).toBe('Bräcke: uppgift saknas');
    const complete = new Map([...values].map(([code, v]) => [code, v ?? 77]));
    expect(jamtland({ values: complete })).not.toContain('legend-missing');
  });

  it('has a legend with one item per class in the scale colours', () => {
    const tree = parseXml(jamtland());
    const items = all(tree, 'g').filter((g) => g.attributes.class === 'legend-class');
    expect(items.map((g) => all(g, 'text')[0].text)).toEqual([
      '70,1 – 73,5',
      '73,5 – 76,8',
      '76,8 – 80,2',
      '80,2 – 83,5',
      '83,5 – 86,9',
    ]);
    expect(items.map((g) => all(g, 'rect')[0].attributes.fill)).toEqual([
      '#eff3ff',
      '#bdd7e7',
      '#6baed6',
      '#3182bd',
      '#08519c',
    ]);
    expect(all(tree, 'text').map((t) => t.text)).toContain('Andel (%)');
    // The source note, wrapped under the legend.
    expect(
      all(tree, 'text')
        .map((t) => t.text)
        .join(' '),
    ).toContain('Kartdata: Valmyndigheten (förenklad)');
  });

  it('colours a women/men ratio around 1: equal is neutral, the sides mirror', () => {
    const ratios = new Map<string, number | null>([
      ['2303', 1],
      ['2305', 0.8],
      ['2309', 1.25],
      ['2313', 0.95],
      ['2321', 1.15],
      ['2326', 0.87],
      ['2361', null],
      ['2380', 1.02],
    ]);
    const svg = jamtland({ mode: 'ratio', values: ratios, legendTitle: 'Kvinnor/män (1 = jämställt)' });
    const paths = pathsOf(svg);
    const cls = (code: string) => Number(paths.get(code)!.attrs['data-class']);
    expect(paths.get('2303')!.fill).toBe('#f7f7f7');
    expect([cls('2303'), cls('2313'), cls('2380')]).toEqual([2, 2, 2]);
    expect(cls('2305') + cls('2309')).toBe(4);
    expect(cls('2326') + cls('2321')).toBe(4);
    expect(cls('2305')).toBeLessThan(cls('2326'));
    expect(paths.get('2309')!.title).toBe('Krokom: 1,25');
    expect(paths.get('2361')!.title).toBe('Härjedalen: uppgift saknas');
    const labels = all(parseXml(svg), 'g')
      .filter((g) => g.attributes.class === 'legend-class')
      .map((g) => all(g, 'text')[0].text);
    expect(labels).toEqual(['≤ 0,80', '0,80 – 0,91', '0,91 – 1,10', '1,10 – 1,25', '≥ 1,25']);
  });

  it('is an accessible image: role, labelled by its title and description, in the given language', () => {
    const svg = jamtland({ lang: 'en', missingLabel: 'no data' });
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.role).toBe('img');
    const ids = root.attributes['aria-labelledby'].split(' ');
    const byId = (id: string) => root.children.find((c) => c.attributes.id === id);
    expect(byId(ids[0])!.name).toBe('title');
    expect(byId(ids[0])!.text).toBe(base.title);
    expect(byId(ids[1])!.name).toBe('desc');
    expect(byId(ids[1])!.text).toContain('Ragunda: 70.1; Bräcke: 72.4');
    expect(byId(ids[1])!.text).toContain('Strömsund: no data');
    expect(svg).not.toContain('uppgift saknas');
  });

  it('escapes the texts it is given', () => {
    const svg = jamtland({ title: 'A & B <C>', missingLabel: '"saknas" & <x>' });
    const root = parseXml(svg);
    expect(all(root, 'title')[0].text).toBe('A & B <C>');
    expect(pathsOf(svg).get('2313')!.title).toBe('Strömsund: "saknas" & <x>');
  });

  it('is deterministic: the same input gives the same string, whatever the order of the values', () => {
    const reversed = new Map([...values].reverse());
    expect(jamtland({ values: reversed })).toBe(jamtland());
    expect(jamtland({ id: 'other' })).toContain('url(#other-missing)');
    expect(jamtland({ id: 'a"b c' })).toContain('url(#a-b-c-missing)');
  });

  it('draws all 290 municipalities of Sweden', () => {
    const codes = countyMunicipalities(null).map((m) => m.code);
    const svg = countyMapSvg({ ...base, countyCode: null, values: new Map(codes.map((c) => [c, Number(c)])) });
    const paths = pathsOf(svg);
    expect(paths.size).toBe(290);
    expect(paths.get('0180')!.title).toBe('Stockholm: 180');
    expect(paths.get('2584')!.title).toBe('Kiruna: 2\u00a0584');
    expect(svg).not.toContain('legend-missing');
  });
});

/** The pixels of an 8-bit RGB PNG whose rows all use the Up filter (what svgToPng writes). */
function rgbPixels(png: Buffer): { width: number; height: number; at: (x: number, y: number) => string } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length;) {
    const len = png.readUInt32BE(o);
    if (png.toString('latin1', o + 4, o + 8) === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 3;
  const px = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(2);
    for (let i = 0; i < stride; i++)
      px[y * stride + i] = (raw[y * (stride + 1) + 1 + i] + (y ? px[(y - 1) * stride + i] : 0)) & 0xff;
  }
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return {
    width,
    height,
    at: (x, y) => `#${[0, 1, 2].map((c) => hex(px[(y * width + x) * 3 + c])).join('')}`,
  };
}

describe('in documents', () => {
  it('rasterises through the documents module, the fills and the hatching painted', () => {
    const colours = (svg: string) => {
      const img = rgbPixels(svgToPng(svg, 616));
      expect(img.width).toBe(616);
      const counts = new Map<string, number>();
      for (let y = 0; y < img.height; y++)
        for (let x = 0; x < img.width; x++) counts.set(img.at(x, y), (counts.get(img.at(x, y)) ?? 0) + 1);
      return counts;
    };
    /** Dark neutral pixels: the hatch's lines (anti-aliased, so no exact colour), borders and text. */
    const greys = (counts: Map<string, number>) =>
      [...counts].reduce((n, [hex, k]) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return Math.max(r, g, b) - Math.min(r, g, b) < 30 && Math.max(r, g, b) < 0xc0 ? n + k : n;
      }, 0);
    const withMissing = colours(jamtland());
    const complete = colours(jamtland({ values: new Map([...values].map(([code, v]) => [code, v ?? 77])) }));
    // Östersund's and Ragunda's fills are painted.
    expect(withMissing.get('#08519c') ?? 0).toBeGreaterThan(2000);
    expect(withMissing.get('#eff3ff') ?? 0).toBeGreaterThan(2000);
    // Strömsund's hatching adds thousands of grey pixels.
    expect(greys(withMissing) - greys(complete)).toBeGreaterThan(3000);
  });

  it('goes into a PDF and a Word document as a figure', async () => {
    const svg = countyMapSvg({ ...base, countyCode: '13', values: new Map([['1380', 3]]) });
    const block = figure(svg, 'Karta');
    expect(block).toMatchObject({ type: 'figure', title: base.title });
    const spec = { title: 'Karta', lang: 'sv-SE', pageLabel: 'Sida {page} av {pages}', blocks: [block] };
    const pdf = await renderPdf(spec);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = await renderDocx(spec);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

function parseXml(xml: string): Node {
  return parse(xml, { expandedNames: false });
}
