import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition, fileSlug, sendDownload } from './download.js';
import { renderDocx, renderPdf, svgDocument, type DocumentSpec } from './index.js';
import { readDocx, readPdf, squash } from './read-back.js';

/** A document with every kind of block, as a protocol or an action plan will be written. */
const spec: DocumentSpec = {
  title: 'Protokoll – Samverkansrådet',
  subject: 'Sammanträde 2026-03-12',
  lang: 'sv-SE',
  header: 'Protokoll 2026-03-12',
  pageLabel: 'Sida {page} av {pages}',
  blocks: [
    { type: 'title', text: 'Protokoll', subtitle: 'Samverkansrådet' },
    { type: 'fields', rows: [['Tid', '2026-03-12 kl. 13.00–15.30']] },
    { type: 'heading', level: 1, text: 'Närvarande' },
    { type: 'paragraph', runs: [{ text: 'Ordförande ' }, { text: 'Anna Berg', bold: true }], style: 'question' },
    {
      type: 'list',
      ordered: true,
      items: [
        {
          runs: [{ text: 'Val av justerare' }],
          sublist: { ordered: false, items: [{ runs: [{ text: 'Östersunds kommun' }] }] },
        },
        { runs: [{ text: 'Godkännande av dagordningen' }] },
      ],
    },
    {
      type: 'table',
      columns: [
        { title: 'Ärende', width: 60 },
        { title: 'Beslut', width: 40, align: 'right' },
      ],
      rows: [
        ['Uppföljning 2025', 'Godkänd'],
        ['Budget', 'Bordlagd'],
      ],
      emphasis: [false, true],
    },
    {
      type: 'figure',
      svg: svgDocument(
        200,
        100,
        'Fördelning',
        'Två staplar: 3 och 5',
        ['<rect x="10" y="10" width="30" height="80"/>'],
        'f',
      ),
      width: 200,
      height: 100,
      title: 'Fördelning',
      alt: 'Två staplar: 3 och 5',
      caption: 'Figur 1. Fördelning',
    },
    { type: 'pageBreak' },
    {
      type: 'signatures',
      placeAndDate: 'Ort och datum',
      signatories: [
        { role: 'Ordförande', name: 'Anna Berg' },
        { role: 'Justerare', name: 'Åsa Öberg' },
        { role: 'Sekreterare' },
      ],
    },
  ],
};

describe('the PDF writer', () => {
  it('draws every block in a tagged PDF with its title, language, header and page numbers', async () => {
    const buf = await renderPdf(spec);
    const { text, info, raw, totalPages } = await readPdf(buf);
    for (const s of [
      'Protokoll',
      'Tid: 2026-03-12 kl. 13.00–15.30',
      'Anna Berg',
      '1.',
      'Östersunds kommun',
      'Uppföljning 2025',
      'Figur 1. Fördelning',
      'Justerare',
      'Åsa Öberg',
      'Sekreterare',
      'Ort och datum',
      'Sida 2 av 2',
      'Protokoll 2026-03-12',
    ])
      expect(squash(text)).toContain(squash(s));
    expect(totalPages).toBe(2);
    expect(info.Title).toBe('Protokoll – Samverkansrådet');
    expect(raw).toContain('/Lang (sv-SE)');
    for (const tag of ['/H1', '/L', '/LI', '/Lbl', '/LBody', '/Table', '/Figure', '/Caption'])
      expect(raw).toContain(`/S ${tag}`);
  });
  it('draws a figure as a picture when asked', async () => {
    const figure = spec.blocks.find((b) => b.type === 'figure')!;
    const vector = (await renderPdf({ ...spec, blocks: [figure] })).toString('latin1');
    const picture = (await renderPdf({ ...spec, blocks: [{ ...figure, raster: true } as typeof figure] })).toString(
      'latin1',
    );
    expect(vector).not.toContain('/Subtype /Image');
    expect(picture).toContain('/Subtype /Image');
  });
});

describe('the Word writer', () => {
  it('writes real headings, nested numbered lists, tables, pictures, signature lines, header and page fields', async () => {
    const buf = await renderDocx(spec);
    const doc = await readDocx(buf);
    const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['Protokoll']);
    expect(styled('Heading1')).toEqual(['Närvarande']);
    const item = (s: string) => doc.paragraphs.find((p) => p.text === s)!;
    expect(doc.formatOf(item('Val av justerare').numId!)).toBe('decimal');
    expect(item('Östersunds kommun').xml).toContain('<w:ilvl w:val="1"/>');
    expect(doc.formatOf(item('Östersunds kommun').numId!)).toBe('bullet');
    for (const s of ['Ordförande', 'Anna Berg', 'Åsa Öberg', 'Sekreterare', 'Ort och datum', 'Figur 1. Fördelning'])
      expect(doc.text).toContain(s);
    expect(doc.xml).toContain('<w:tblHeader/>');
    expect(doc.xml).toContain('FFF1E5'); // the emphasised row
    expect(doc.xml).toContain('descr="Två staplar: 3 och 5"');
    expect(doc.media.filter((m) => m.endsWith('.png'))).toHaveLength(1);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(buf);
    const parts = Object.keys(zip.files);
    const footer = await zip.file(parts.find((n) => /word\/footer\d\.xml/.test(n))!)!.async('string');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('Sida ');
    const headers = await Promise.all(
      parts.filter((n) => /word\/header\d\.xml/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    expect(headers.some((h) => h.includes('Protokoll 2026-03-12'))).toBe(true);
  });
});

/** A protocol's page furniture: the header on every page with a right-hand text, boxes to initial, a framed box. */
const framed: DocumentSpec = {
  title: 'Protokoll',
  lang: 'sv-SE',
  header: 'Region Halland\nRegionstyrelsens arbetsutskott\nSammanträdesdatum 2019-03-04',
  headerRight: 'SAMMANTRÄDESPROTOKOLL\nOJUSTERAT',
  headerOnFirstPage: true,
  footerBoxes: ['Justerandes signatur', 'Utdragsbestyrkande'],
  pageLabel: 'Sida {page}({pages})',
  blocks: [
    { type: 'heading', level: 1, text: 'Sammanträdesprotokoll' },
    {
      type: 'box',
      title: 'ANSLAG/BEVIS',
      paragraphs: [[{ text: 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag' }]],
      rows: [['Datum då anslaget sätts upp', '2019-03-12']],
      signatories: [{ role: 'Underskrift', name: 'Ylva Johansson' }],
    },
    { type: 'pageBreak' },
    { type: 'paragraph', runs: [{ text: 'Andra sidan' }] },
  ],
};

describe('page furniture and boxes', () => {
  it('draws the header on every page, the boxes to initial and a framed box in the PDF', async () => {
    const { text, totalPages } = await readPdf(await renderPdf(framed));
    expect(totalPages).toBe(2);
    expect(text.match(/Region Halland Regionstyrelsens arbetsutskott Sammanträdesdatum 2019-03-04/g)).toHaveLength(2);
    expect(text.match(/SAMMANTRÄDESPROTOKOLL OJUSTERAT/g)).toHaveLength(2);
    expect(text.match(/Justerandes signatur Utdragsbestyrkande/g)).toHaveLength(2);
    for (const s of [
      'ANSLAG/BEVIS',
      'Datum då anslaget sätts upp: 2019-03-12',
      'Underskrift',
      'Ylva Johansson',
      'Sida 1(2)',
      'Sida 2(2)',
    ])
      expect(squash(text)).toContain(squash(s));
  });
  it('writes them in Word: one header for every page, the boxes in the footer, the box as a framed cell', async () => {
    const buf = await renderDocx(framed);
    const doc = await readDocx(buf);
    expect(doc.text).toContain('ANSLAG/BEVIS');
    expect(doc.text).toContain('Datum då anslaget sätts upp: 2019-03-12');
    expect(doc.xml).not.toContain('<w:titlePg/>');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(buf);
    const parts = Object.keys(zip.files);
    const all = async (re: RegExp) =>
      Promise.all(parts.filter((n) => re.test(n)).map((n) => zip.file(n)!.async('string')));
    const headers = await all(/word\/header\d\.xml/);
    expect(headers.some((h) => h.includes('Regionstyrelsens arbetsutskott') && h.includes('OJUSTERAT'))).toBe(true);
    const footers = await all(/word\/footer\d\.xml/);
    expect(footers.some((f) => f.includes('Justerandes signatur') && f.includes('NUMPAGES'))).toBe(true);
  });
});

describe('the download helper', () => {
  it('spells a Swedish name in ASCII the way a Swede would, not by breaking letters apart', () => {
    expect(asciiFileName('uppföljning-för-åtgärder-Ärende.pdf')).toBe('uppfoljning-for-atgarder-Arende.pdf');
    expect(asciiFileName('Æblegården ß "x"/y.csv')).toBe('Aeblegarden ss -x-y.csv');
    expect(fileSlug('Servicepunkter i glesbygd – Åre/Östersund')).toBe('servicepunkter-i-glesbygd-åre-östersund');
  });
  it('gives the UTF-8 name in filename* (RFC 5987) beside the ASCII one, and only the plain form for ASCII', () => {
    expect(contentDisposition('uppföljning-2025-rapport-sv.pdf')).toBe(
      `attachment; filename="uppfoljning-2025-rapport-sv.pdf"; filename*=UTF-8''uppf%C3%B6ljning-2025-rapport-sv.pdf`,
    );
    expect(contentDisposition("plan (1)'s.csv")).toBe(`attachment; filename="plan (1)'s.csv"`);
    expect(contentDisposition("år (1)'s.csv")).toContain(`filename*=UTF-8''%C3%A5r%20%281%29%27s.csv`);
    expect(contentDisposition('a\r\nb/c.csv')).toBe('attachment; filename="a-b-c.csv"');
  });
  it('sends the content type of the extension and is never stored when private', async () => {
    const app = Fastify();
    app.get('/x', (_req, reply) =>
      sendDownload(reply, { fileName: 'hållbarhetssäkring.docx', body: Buffer.from('x') }),
    );
    app.get('/y', (_req, reply) => sendDownload(reply, { fileName: 'karta.svg', body: '<svg/>', cache: 'shared' }));
    const x = await app.inject({ url: '/x' });
    expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(x.headers['cache-control']).toBe('no-store');
    expect(x.headers['content-disposition']).toContain(`filename*=UTF-8''h%C3%A5llbarhetss%C3%A4kring.docx`);
    const y = await app.inject({ url: '/y' });
    expect(y.headers['content-type']).toBe('image/svg+xml');
    expect(y.headers['cache-control']).toBe('no-cache');
    await app.close();
  });
});
