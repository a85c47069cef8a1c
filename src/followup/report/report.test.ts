import { describe, expect, it } from 'vitest';
import { Cycle, CycleCompilation } from '../contract.js';
import { stackedBarSvg } from './chart.js';
import { sampleCompilation, sampleCycle } from './fixture.js';
import { SUGGESTIONS } from './fixture-survey.js';
import { MUNICIPALITIES, VALUATION } from './fixture-text.js';
import { cycleReportDocx, cycleReportPdf } from './index.js';
import { readDocx, readPdf, squash } from '../../documents/read-back.js';
import { allTexts } from './texts.js';

const cycle = sampleCycle();
const compilation = sampleCompilation(cycle);
/** The same cycle before the council has decided, without a questionnaire. */
const undecided = {
  ...cycle,
  status: 'open' as const,
  decision: null,
  jointValuation: null,
  recommendedChanges: null,
  questionnaireId: null,
  questionnaireTitle: null,
};
const undecidedCompilation = { ...sampleCompilation(undecided), questionnaire: null, questions: [], suggestions: [] };

/** What both documents must say in Swedish. */
const SWEDISH = [
  'Uppföljning av överenskommelsen 2025',
  cycle.templateTitle,
  '2024-10-01 – 2025-09-30',
  'Verksamhetsberättelser till kommunerna',
  'Kommunernas gemensamma värdering',
  'Beslut i samverkansrådet',
  'Område A: Kompetens och kunskapsutveckling',
  'Område D: Övergripande regional utveckling',
  'Fyra nätverksträffar för studie- och yrkesvägledare',
  'Verksamhetsberättelse för Åre kommun',
  'I stort sett nöjd',
  'Inte riktigt nöjd',
  'Missnöjd',
  'Svarsfrekvens',
  'Fråga 1. Har ni fullföljt årets planerade aktiviteter?',
  'Har de underlag som regionens tjänstemän tagit fram varit av tillräcklig kvalitet?',
  'Till stor del',
  'Folkhälsorådet Jämtlands län',
  SUGGESTIONS[1],
  VALUATION.decision,
  'RS/1234/2025',
  'Samverkansrådet',
  ...MUNICIPALITIES,
];

describe('the sample cycle', () => {
  it('satisfies the contracts, with 4 areas, 8 municipalities, the 6 questions and earlier years', () => {
    expect(Cycle.parse(cycle)).toEqual(cycle);
    expect(CycleCompilation.parse(compilation)).toEqual(compilation);
    expect([cycle.areas.length, cycle.municipalities.length, compilation.questions.length]).toEqual([4, 8, 6]);
    expect(compilation.areas[0].previous.map((p) => p.year)).toEqual([2024, 2023]);
    expect(compilation.questionnaire!.questions[0].previous.map((p) => p.year)).toEqual([2024, 2023]);
  });
  it('keeps the Swedish and English texts in step', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(allTexts.en).sort()).toEqual(keys(allTexts.sv).sort());
  });
});

describe('stacked bar chart', () => {
  const svg = stackedBarSvg({
    id: 't',
    title: 'Bedömning',
    categories: ['Nöjd', 'I stort sett nöjd', 'Inte riktigt nöjd', 'Missnöjd'],
    bars: [
      { label: '2025', values: [3, 3, 1, 0] },
      { label: '2024', values: [0, 0, 0, 0] },
    ],
    nLabel: (n) => `n = ${n}`,
    emptyLabel: 'Inga svar.',
    locale: 'sv',
  });
  it('carries its figures in text: counts in the bars, n beside them, a description for alt text', () => {
    expect(svg).toMatch(/role="img"/);
    expect(svg).toContain(
      '<desc id="t-desc">Bedömning. 2025: Nöjd 3, I stort sett nöjd 3, Inte riktigt nöjd 1, Missnöjd 0 (n = 7)',
    );
    expect(svg.match(/font-weight="bold"[^>]*>3<\/text>/g)).toHaveLength(2);
    expect(svg).toContain('>n = 7</text>');
    expect(svg).toContain('>Inga svar.</text>');
  });
  it('tells the categories apart by pattern, not only by colour', () => {
    expect(svg.match(/<pattern /g)!.length).toBeGreaterThanOrEqual(3);
    for (const p of ['t-p1', 't-p2', 't-p3']) expect(svg).toContain(`fill="url(#${p})"`);
  });
});

describe('Word report', () => {
  it('has real headings, the activity report as real lists with bold and italic, and every section', async () => {
    const doc = await readDocx(await cycleReportDocx(cycle, compilation, 'sv'));
    for (const s of SWEDISH) expect(doc.text).toContain(s);
    const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['Uppföljning av överenskommelsen 2025']);
    expect(styled('Heading1')).toEqual([
      'Sammanfattning',
      'Tidplan',
      'Områdena',
      'Kommunerna',
      'Samverkansorganens enkät',
      'Förbättringsförslag',
      'Kommunernas gemensamma värdering',
      'Rekommenderade förändringar',
      'Beslut',
    ]);
    expect(styled('Heading2')).toEqual(
      expect.arrayContaining([
        'Område B: Social inkludering och ett sunt liv',
        'Åre kommun',
        'Fråga 6. Synpunkter för förbättringar',
      ]),
    );
    expect(styled('Heading4')).toEqual(expect.arrayContaining(['Årets arbete']));
    expect(styled('Heading5')).toEqual(expect.arrayContaining(['Genomförda aktiviteter']));
    const item = (s: string) => doc.paragraphs.find((p) => p.text === s)!;
    expect(doc.formatOf(item('Fyra nätverksträffar för studie- och yrkesvägledare').numId!)).toBe('bullet');
    expect(doc.formatOf(item('Utöka samarbetet om yrkesvux').numId!)).toBe('decimal');
    expect(doc.formatOf(item('Underlag skickas senast två veckor före samverkansorganens möten.').numId!)).toBe(
      'decimal',
    );
    expect(doc.xml).toMatch(/<w:b\/>[^]*?<w:t[^>]*>samtliga åtta kommuner<\/w:t>/);
    expect(doc.xml).toMatch(/<w:i\/>(?:(?!<w:r>)[^])*?<w:t[^>]*>gemensamma handlingsplanen<\/w:t>/);
    expect(doc.text).not.toContain('UTKAST'); // a draft report is not in the council's report
    expect(doc.media.filter((m) => m.endsWith('.png'))).toHaveLength(4 + 5); // an area chart each, a chart per choice question
    expect(doc.xml).toContain(
      'descr="Kommunernas bedömning av område A Kompetens och kunskapsutveckling, i år och tidigare år. 2025: Nöjd 3, I stort sett nöjd 3',
    );
  });
  it('puts earlier years beside this year', async () => {
    const { xml } = await readDocx(await cycleReportDocx(cycle, compilation, 'sv'));
    const rowOf = (first: string) =>
      xml.split('</w:tr>').find((r) => r.includes(`>${first}</w:t>`) && r.includes('%'))!;
    const cells = (r: string) => [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(xml).toMatch(/>2025<\/w:t>[^]*?>2024<\/w:t>[^]*?>2023<\/w:t>/);
    expect(cells(rowOf('Nöjd'))).toEqual(['Nöjd', '3 (42,9\u00a0%)', '2 (25\u00a0%)', '0 (0\u00a0%)']);
  });
  it('is in English when asked', async () => {
    const { text } = await readDocx(await cycleReportDocx(cycle, compilation, 'en'));
    for (const s of [
      'Follow-up of the agreement 2025',
      'Summary',
      'Timeline',
      'Activity reports to the municipalities',
      'Area A: Kompetens och kunskapsutveckling',
      'Mostly satisfied',
      'Not quite satisfied',
      'Question 1. Have you completed this year’s planned activities?',
      'Largely',
      'Decided by',
      VALUATION.decision,
    ])
      expect(text).toContain(s);
    for (const s of ['Sammanfattning', 'Nöjd', 'Inget beslut', 'Fråga 1']) expect(text).not.toContain(s);
  });
  it('says plainly what is missing: no questionnaire, no valuation, no decision yet', async () => {
    const { text } = await readDocx(await cycleReportDocx(undecided, undecidedCompilation, 'sv'));
    for (const s of [
      'Inget beslut ännu.',
      'Ingen enkät till samverkansorganen ingår i årets uppföljning.',
      'Ingen gemensam värdering ännu.',
      'Inga rekommenderade förändringar.',
      'Inga förbättringsförslag har lämnats.',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain(VALUATION.decision);
  });
  it('shows multiple choice, matrix and rating questions too', async () => {
    const { text, xml } = await readDocx(await cycleReportDocx(cycle, sampleCompilation(cycle, true), 'sv'));
    for (const s of [
      'Vilka former av stöd har ni använt?',
      'Möten med regionens tjänstemän',
      'Flera svar kunde väljas',
      'planeringen',
      'uppföljningen',
      'Medelvärde',
      'Betyg på samverkan i stort (1–5)',
    ])
      expect(text).toContain(s);
    expect(xml).toMatch(
      /descr="Fördelning av svaren på fråga 7\. Möten med regionens tjänstemän: Valt 4, Inte valt 1 \(n = 5\)/,
    );
  });
});

describe('PDF report', () => {
  it('has the same content, in a tagged PDF with a title and a language', async () => {
    const buf = await cycleReportPdf(cycle, compilation, 'sv');
    const { text, info, raw, totalPages } = await readPdf(buf);
    for (const s of SWEDISH) expect(squash(text)).toContain(squash(s));
    expect(text).toMatch(/[åäö]/);
    expect(text).toContain('n = 7'); // the charts are vector drawings with real text
    expect(squash(text)).not.toContain('UTKAST');
    expect(totalPages).toBeGreaterThan(8);
    expect(info.Title).toBe(`Uppföljning av överenskommelsen 2025 – ${cycle.templateTitle}`);
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/StructTreeRoot');
    for (const tag of ['/H1', '/H4', '/L', '/LI', '/Figure', '/Table']) expect(raw).toContain(`/S ${tag}`);
  });
  it('is in English when asked, and says when nothing is decided yet', async () => {
    const { text } = await readPdf(await cycleReportPdf(undecided, undecidedCompilation, 'en'));
    for (const s of [
      'Follow-up of the agreement 2025',
      'No decision yet.',
      'This year’s follow-up has no questionnaire to the collaboration bodies.',
      'Satisfied',
      'Meetings with each municipality',
    ])
      expect(squash(text)).toContain(squash(s));
    expect(text).toContain('Page 1 of');
  });
});
