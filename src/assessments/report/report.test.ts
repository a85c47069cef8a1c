import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Assessment } from '../contract.js';
import { sampleAssessment } from './fixture.js';
import { actorMapSvg, impactWheelSvg, renderDocx, renderPdf } from './index.js';
import { svgToPng } from '../../documents/index.js';
import { readDocx, readPdf } from '../../documents/read-back.js';
import { texts } from './texts.js';

const full = sampleAssessment('full');
const small = sampleAssessment('small');
const sv = texts('sv');
const en = texts('en');
const flat = (s: string) => s.replace(/\s+/g, ' ');
async function docxText(buf: Buffer) {
  const doc = await readDocx(buf);
  const zip = await JSZip.loadAsync(buf);
  const images = await Promise.all(doc.media.map((n) => zip.file(n)!.async('nodebuffer')));
  return { xml: doc.xml, text: flat(doc.text), media: doc.media, images };
}

const pdfText = (buf: Buffer) => readPdf(buf);

/** Compares without whitespace: a PDF breaks a long word in a narrow table column, and extraction turns line breaks into spaces. */
function expectReportContent(raw: string, a: Assessment, locale: 'sv' | 'en') {
  const t = texts(locale);
  const squashed = raw.replace(/\s+/g, '');
  const has = (s: string) => expect(squashed).toContain(s.replace(/\s+/g, ''));
  has(a.initiative.name);
  has(a.initiative.programmeName);
  for (const step of [1, 2, 3, 4]) has(t.steps[step]);
  has(t.conflictsSection);
  for (const c of a.conflicts) if (c.position) has(c.position.text);
  for (const c of a.conflicts) if (c.position?.caseNumber) has(c.position.caseNumber);
  for (const x of a.actions) has(x.title);
  for (const x of a.actors) has(x.name);
  has(t.overdueMark);
}

describe('sample assessment', () => {
  it('satisfies the Assessment contract in both sizes', () => {
    expect(Assessment.parse(full)).toEqual(full);
    expect(Assessment.parse(small)).toEqual(small);
  });
  it('is full size: 17 goals, 30 targets, 20 actors, 10 conflicts, 15 actions', () => {
    expect(full.goals.filter((g) => g.positive + g.negative + g.unknown > 0)).toHaveLength(17);
    expect(full.impacts.filter((i) => i.frameworkKind === 'agenda2030' && i.code.includes('.'))).toHaveLength(30);
    expect([full.actors.length, full.conflicts.length, full.actions.length]).toEqual([20, 10, 15]);
    expect(full.counts.missingActors).toBeGreaterThan(0);
    expect(full.counts.overdueActions).toBeGreaterThan(0);
    expect(
      full.conflicts.some(
        (c) =>
          c.position?.bodyName === 'Regionens samverkansråd' && /^RUN\/\d+\/\d{4}$/.test(c.position.caseNumber ?? ''),
      ),
    ).toBe(true);
  });
});

describe('impact wheel', () => {
  const svg = impactWheelSvg(full, 'sv');
  it('is an accessible SVG with a title, a description and the 17 goal numbers', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`<title id="impact-wheel-title">${sv.wheelTitle(full.initiative.name)}</title>`);
    expect(svg).toMatch(/<desc id="impact-wheel-desc">[^<]*Mål 11 Hållbara städer och samhällen/);
    for (let g = 1; g <= 17; g++) expect(svg).toMatch(new RegExp(`data-goal-segment="${g}"[^]*?>${g}</text>`));
  });
  it('shows the positive and negative counts of each goal as + and − glyphs that match the tallies', () => {
    for (const tally of full.goals) {
      const group = new RegExp(`<g data-goal="${tally.goal}" class="impacts">(.*?)</g>`).exec(svg)?.[1] ?? '';
      expect(group).toContain(`>+${tally.positive}</text>`);
      expect(group).toContain(`>−${tally.negative}</text>`);
    }
    const g5 = full.goals.find((g) => g.goal === '5')!;
    expect(g5.positive).toBeGreaterThan(0);
    expect(g5.negative).toBeGreaterThan(0);
  });
  it('explains the symbols in a legend, in Swedish and English', () => {
    for (const s of [sv.legendPositive, sv.legendNegative, sv.legendDirect, sv.legendIndirect, sv.legendFaded])
      expect(svg).toContain(s);
    const english = impactWheelSvg(full, 'en');
    for (const s of [en.legendPositive, en.legendNegative, en.legendDirect, en.legendIndirect])
      expect(english).toContain(s);
    expect(svg).toContain('stroke-dasharray'); // indirect impacts are dashed, not only another colour
  });
  it('fades the goals without impacts but keeps their numbers', () => {
    const wheel = impactWheelSvg(small, 'sv');
    expect(wheel.match(/class="faded"/g)).toHaveLength(11);
    expect(wheel).toMatch(/data-goal-segment="1" class="faded">[^]*?opacity="0.28"[^]*?>1<\/text>/);
  });
});

describe('actor map', () => {
  const svg = actorMapSvg(full, 'sv');
  it('has a title, the four quadrants and a legend', () => {
    expect(svg).toContain(`<title id="actor-map-title">${sv.mapTitle(full.initiative.name)}</title>`);
    for (const q of ['Hantera nära', 'Håll nöjd', 'Håll informerad', 'Bevaka']) expect(svg).toContain(`>${q}</text>`);
    for (const s of [sv.stances.supportive, sv.stances.neutral, sv.stances.resistant, sv.legendMissing])
      expect(svg).toContain(s);
  });
  it('labels missing actors "saknas" with a dashed marker, not by colour only', () => {
    const missing = full.actors.filter((x) => x.presence === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const x of missing) {
      const group = new RegExp(`<g class="actor missing" data-actor="${x.id}">(.*?)</g>`, 's').exec(svg)?.[1] ?? '';
      expect(group).toContain('stroke-dasharray');
      expect(group).toMatch(/\(saknas\)/);
      expect(svg).toContain(`${x.name} (saknas)`); // in the description
    }
    expect(actorMapSvg(full, 'en')).toMatch(/\(missing\)/);
  });
  it('places every actor once, using the quadrant the assessment gives', () => {
    expect(svg.match(/<g class="actor/g)).toHaveLength(full.actors.length);
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1];
    const manage = desc.split('Hantera nära:')[1].split('.')[0];
    for (const x of full.actors.filter((y) => y.quadrant === 'manage_closely')) expect(manage).toContain(x.name);
  });
  it('renders to PNG with text', () => {
    const png = svgToPng(svg, 600);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('Word report', () => {
  it('has the initiative, the four steps, every position and action, and two pictures', async () => {
    const { xml, text, media, images } = await docxText(await renderDocx(full, 'sv'));
    expectReportContent(text, full, 'sv');
    expect(text).toMatch(/[åäö]/);
    expect(text).toContain('Ställningstagande');
    expect(text).toContain('Saknas men borde vara med');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBeGreaterThanOrEqual(6);
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(2);
    for (const img of images) expect(img.subarray(1, 4).toString()).toBe('PNG');
    expect(xml).toContain('descr="Insatsens påverkan på de 17 globala målen');
  });
  it('is in English when asked', async () => {
    const { text } = await docxText(await renderDocx(full, 'en'));
    expectReportContent(text, full, 'en');
    expect(text).toContain('Step 1. RDS assurance');
    expect(text).not.toContain('Steg 1.');
  });
});

describe('PDF report', () => {
  it('has the same content, a title, a language and tags', async () => {
    const buf = await renderPdf(full, 'sv');
    const { text, info, totalPages } = await pdfText(buf);
    expectReportContent(text, full, 'sv');
    expect(text).toMatch(/[åäö]/);
    expect(text).toContain('−'); // the minus sign comes through the embedded font
    expect(totalPages).toBeGreaterThan(5);
    expect(info.Title).toBe(`Hållbarhetssäkring – ${full.initiative.name}`);
    const raw = buf.toString('latin1');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw.match(/\/Subtype \/Image/g)!.length).toBeGreaterThanOrEqual(2);
  });
  it('is in English when asked', async () => {
    const { text } = await pdfText(await renderPdf(full, 'en'));
    expectReportContent(text, full, 'en');
    expect(text).toContain('Goal conflicts and positions');
  });
});

describe('report timing (full assessment)', () => {
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  async function time(f: () => Promise<Buffer>) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await f();
      runs.push(performance.now() - t0);
    }
    return median(runs);
  }
  it('measures the median of 5 for .docx and PDF', async () => {
    const docx = await time(() => renderDocx(full, 'sv'));
    const pdf = await time(() => renderPdf(full, 'sv'));
    console.log(`report timing (full assessment, median of 5): docx ${docx.toFixed(0)} ms, pdf ${pdf.toFixed(0)} ms`);
    expect(docx).toBeGreaterThan(0);
    expect(pdf).toBeGreaterThan(0);
  }, 120_000);
});
