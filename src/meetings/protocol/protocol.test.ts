import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../documents/index.js';
import { readDocx, readPdf, squash } from '../../documents/read-back.js';
import { extractBlocks, protocolBlocks } from './content.js';
import { extractDocument, extractDocx, extractPdf, protocolDocument, protocolDocx, protocolPdf } from './document.js';
import {
  largeProtocol,
  paragraph67,
  reservationOf73,
  seed003Presidium,
  seed003Regionfullmaktige,
  seed003Regionstyrelsen,
  seed004Arbetsutskott,
} from './fixtures.js';
import { paragraphRange, meetingDays } from './format.js';
import type { ProtocolModel } from './model.js';
import { allTexts } from './texts.js';

/** Asserts that the texts occur in this order (each after the one before). */
function inOrder(text: string, parts: string[]) {
  const flat = squash(text);
  let at = -1;
  for (const p of parts) {
    const i = flat.indexOf(squash(p), at + 1);
    expect(i, `"${p}" after position ${at}`).toBeGreaterThan(at);
    at = i;
  }
}

const decision73 = [
  'Motionen anses besvarad.',
  'Region Jämtland Härjedalen uppmuntrar länets kommuner att ansluta sig till Tillgänglighets- och jämställdhetskartan (ToJ) som ett led i regionens jämställdhetsarbete.',
  'Frågan ska behandlas i Regionens samverkansråd.',
];
const decision67 = paragraph67.decision.points;
const recipients67 = ['Hälso- och sjukvårdsutskottet', 'Tillväxtutskottet', 'Länsstyrelsen', 'Hallands kommuner'];
const reservation73 =
  'Berit Johansson (C), Thomas Andersson (C), Eva Hellstrand (C), Carina Asplund (C), Elin Lemon (C), ' +
  'Mattias Vernberg (C), Cristine Persson (C), Christer Siwertsson (M), Susanné Wallner (M), Elise Ryder Wikén (M), ' +
  'Joel Nordkvist (M), Margareta Gladh (M), Victor Ericsson (M), Gunnar Hjelm (M), Veronica Eklund (M), ' +
  'Lars-Erik Olofsson (KD) och Margareta Mahmoud Persson (KD) reserverar sig till förmån för Berit Johanssons ' +
  'yrkande om bifall till motionen.';

async function footerAndHeaders(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const parts = Object.keys(zip.files);
  const read = (re: RegExp) => Promise.all(parts.filter((n) => re.test(n)).map((n) => zip.file(n)!.async('string')));
  return { footers: await read(/word\/footer\d+\.xml/), headers: await read(/word\/header\d+\.xml/) };
}

describe('the protocol of seed 003: Regionfullmäktige § 73 (RS/333/2015)', () => {
  it('has the 17 reserving members exactly as the seed names them', () => {
    expect(reservationOf73).toHaveLength(17);
    expect(reservationOf73.map((p) => `${p.name} (${p.party})`).join(', ')).toBe(
      reservation73.replace(' och ', ', ').replace(/ reserverar.*$/, ''),
    );
  });

  it('is written in Word with its headings, motions, propositions, three decision points and the reservation', async () => {
    const doc = await readDocx(await protocolDocx(seed003Regionfullmaktige));
    const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['Sammanträdesprotokoll – Regionfullmäktige']);
    expect(styled('Heading2')).toEqual([
      'Beslutande',
      'Underskrifter',
      '§ 73 Svar på motion från Berit Johansson (C) om utveckling av regionens jämställdhetsarbete genom Tillgänglighets- och jämställdhetskartan (ToJ)',
    ]);
    expect(styled('Heading3')).toEqual([
      'Ärendet',
      'Beslutsunderlag',
      'Tidigare behandling',
      'Yrkanden',
      'Proposition',
      'Regionfullmäktiges beslut',
      'Reservation',
    ]);
    expect(styled('Heading4')).toEqual([
      'Regionfullmäktiges presidium, 2015-05-13, § 38',
      'Regionstyrelsen, 2015-05-26–27, § 161',
    ]);
    // The decision's three points are one numbered list, in order.
    const points = decision73.map((s) => doc.paragraphs.filter((p) => p.text === s).at(-1)!);
    expect(points.every((p) => p.numId === points[0].numId)).toBe(true);
    expect(doc.formatOf(points[0].numId!)).toBe('decimal');
    inOrder(doc.text, [
      'Dnr: RS/333/2015',
      'Elin Lemon (C) och Thomas Andersson (C) yrkar att frågan behandlas i Regionens samverkansråd.',
      'Christer Siwertsson (M), Susanné Wallner (M) och Hans Wessén yrkar bifall till Elin Lemons yrkande.',
      'Berit Johansson (C) yrkar bifall till motionen och till regionstyrelsens förslag att frågan ska behandlas i regionens samverkansråd.',
      'Margareta Winberg (S) och Monalisa Norrman (V) yttrar sig.',
      'Ordföranden ställer proposition på fullmäktiges presidiums förslag och Berit Johanssons yrkande och finner fullmäktiges presidiums förslag antaget.',
      'Ordföranden ställer proposition på regionstyrelsens förslag och finner det antaget.',
      'Regionfullmäktiges beslut',
      ...decision73,
      reservation73,
    ]);
    // Not adjusted: the mark on the page and in the header of every page.
    expect(doc.text).toContain('OJUSTERAT');
    const { headers, footers } = await footerAndHeaders(await protocolDocx(seed003Regionfullmaktige));
    expect(headers.some((h) => h.includes('Regionfullmäktige') && h.includes('OJUSTERAT'))).toBe(true);
    expect(footers.some((f) => f.includes('Sida ') && f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    expect(footers.some((f) => f.includes('Justerandes signatur'))).toBe(true);
  });

  it('is drawn as a PDF with the same content, the running header and "Sida 1(N)"', async () => {
    const buf = await protocolPdf(seed003Regionfullmaktige);
    const { text, totalPages, info, raw } = await readPdf(buf);
    expect(info.Title).toBe('Sammanträdesprotokoll – Regionfullmäktige 2015-06-16–17');
    expect(raw).toContain('/Lang (sv-SE)');
    inOrder(text, [
      'OJUSTERAT',
      'Sammanträdesprotokoll – Regionfullmäktige',
      'Sammanträdesdatum: 2015-06-16–17',
      'Beslutande',
      'Margareta Mahmoud Persson',
      'Paragrafer: § 73',
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
      'Datum då anslaget sätts upp',
      'Datum då anslaget tas ned',
      'Förvaringsplats för protokollet',
      '§ 73 Svar på motion från Berit Johansson (C)',
      'Ärendet',
      'Med hänvisning till ovanstående föreslås att motionen anses besvarad.',
      'Regionfullmäktiges beslut',
      ...decision73,
      reservation73,
      'Vid protokollet',
    ]);
    expect(squash(text)).toContain(squash(`Sida 1(${totalPages})`));
    expect(squash(text)).toContain(squash(`Sida ${totalPages}(${totalPages})`));
    expect(text.match(/Region Jämtland Härjedalen Regionfullmäktige Sammanträdesdatum 2015-06-16–17/g)).toHaveLength(
      totalPages,
    );
  });
});

describe('the other steps of seed 003: presidium § 38, Regionstyrelsen §§ 144 and 161', () => {
  it('writes § 144 (RS/881/2015) with its rich case text, three documents, the decision and the recipient', async () => {
    const { text } = await readPdf(await extractPdf(seed003Regionstyrelsen, [144]));
    inOrder(text, [
      '§ 144 Åtgärder för att minska koldioxidutsläpp för resor',
      'Dnr: RS/881/2015',
      'Ärendet',
      'att uppdra till landstingsdirektören att:',
      '• Visa hur landstingets resor',
      '• Visa patientresornas påverkan på koldioxidutsläppen.',
      'Regionala utvecklingsnämnden beslutade 2015-04-16 att föreslå regionstyrelsen',
      '1. Regionstyrelsen avsätter erforderliga medel',
      '2. Regionala utvecklingsförvaltningen får i uppdrag',
      'Beslutsunderlag',
      '§ 70 Metod för minskning av koldioxidutsläpp för resor',
      '§ 41 Regiondirektörens rapport',
      '§ 214 Landstingsdirektörens rapport',
      'Regiondirektörens förslag',
      'Regionstyrelsens beslut',
      'Frågan lyfts till Regionens samverkansråd för att undersöka intresset bland kommunerna i länet av CERO-analys och diskutera möjligheter till finansiering.',
      'Expedieras till',
      'Miljöstrateg, Regionala utvecklingsnämnden',
      'Utdragsbestyrkande',
    ]);
    expect(text).not.toContain('§ 161');
  });

  it('keeps the case one path: § 38 proposes, § 161 adds the question for the council, § 73 decides all three', () => {
    const flat = (m: typeof seed003Presidium) => JSON.stringify(protocolBlocks(m, 'sv'));
    expect(flat(seed003Presidium)).toContain('Fullmäktiges presidiums beslut');
    const rs = flat(seed003Regionstyrelsen);
    expect(rs).toContain(
      'Christer Siwertsson (M), Susanné Wallner (M) och Hans Wessén yrkar bifall till Elin Lemons yrkande.',
    );
    expect(rs).toContain('Frågan ska behandlas i Regionens samverkansråd.');
    expect(seed003Regionstyrelsen.paragraphs.map((p) => p.dnr)).toEqual(['RS/881/2015', 'RS/333/2015']);
  });
});

describe('the protocol of seed 004: Regionstyrelsens arbetsutskott § 67 (RS181020)', () => {
  it('puts the decision of four points first, then the case, the proposal of three, the basis and the recipients', () => {
    const blocks = protocolBlocks(seed004Arbetsutskott, 'sv');
    const headings = blocks
      .filter((b) => b.type === 'heading' && b.level === 3)
      .map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Beslut', 'Ärendet', 'Beslutsunderlag', 'Förslag till beslut', 'Expedieras till']);
    const lists = blocks.filter((b): b is Extract<Block, { type: 'list' }> => b.type === 'list');
    const texts = lists.map((l) => l.items.map((i) => i.runs.map((r) => r.text).join('')));
    expect(texts).toContainEqual(decision67);
    expect(decision67).toHaveLength(4);
    expect(texts).toContainEqual(decision67.slice(0, 3));
    expect(texts).toContainEqual(recipients67);
  });

  it('is written in Word and PDF: adjusted 2019-03-11, the notice-board certificate with its dates', async () => {
    const [docx, pdf] = await Promise.all([protocolDocx(seed004Arbetsutskott), protocolPdf(seed004Arbetsutskott)]);
    const word = await readDocx(docx);
    const { text, totalPages } = await readPdf(pdf);
    for (const t of [word.text, text]) {
      inOrder(t, [
        'Sammanträdesprotokoll – Regionstyrelsens arbetsutskott',
        'Mikaela Waltersson',
        'Utses att justera: Lise-Lotte Bensköld Olsson',
        'Justerat: 2019-03-11',
        'Sekreterare',
        'Maria Fransson',
        'ANSLAG/BEVIS',
        'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
        'Organ: Regionstyrelsens arbetsutskott',
        'Sammanträdesdatum: 2019-03-04',
        'Datum då anslaget sätts upp: 2019-03-12',
        'Datum då anslaget tas ned: 2019-04-03',
        'Förvaringsplats för protokollet: Regionkontoret, Region Halland',
        'Sista dag för överklagande: 2019-04-02',
        '§ 67 Avstämning av arbetet inom ramen för Modellregion för jämställdhetsintegrering 2019',
        'Dnr: RS181020',
        '(Beslut enligt delegation)',
        'Regionstyrelsens arbetsutskott beslutar att',
        ...decision67,
        'Ärendet',
        'Region Halland deltar under 2019 i pilotarbetet',
        'Beslutsunderlag',
        'Tjänsteskrivelse avstämning Modellregion 2019',
        'Förslag till beslut',
        ...decision67.slice(0, 3),
        'Expedieras till',
        ...recipients67,
        'Vid protokollet: Maria Fransson',
        'Justerat: 2019-03-11',
        'Protokollet har tillkännagivits på Region Hallands anslagstavla 2019-03-12',
      ]);
      expect(t).not.toContain('OJUSTERAT');
    }
    // The decision's points are a bulleted list in Word, as the seed writes them after "beslutar att".
    const point = word.paragraphs.find((p) => p.text === decision67[3])!;
    expect(word.formatOf(point.numId!)).toBe('bullet');
    expect(squash(text)).toContain(squash(`Sida 1(${totalPages})`));
    expect(squash(text)).toContain('SAMMANTRÄDESPROTOKOLL');
  });
});

describe('an extract (protokollsutdrag)', () => {
  const two: ProtocolModel = {
    ...seed004Arbetsutskott,
    paragraphs: [
      paragraph67,
      { ...largeProtocol(1).paragraphs[0], number: 68, title: 'Budgetuppföljning februari' },
      { ...largeProtocol(1).paragraphs[0], number: 69, title: 'Rapport från regiondirektören' },
    ],
  };

  it('holds only the asked §§, the adjusting and the certification, in Word and PDF', async () => {
    const [docx, pdf] = await Promise.all([extractDocx(two, [67]), extractPdf(two, [67])]);
    const word = await readDocx(docx);
    const { text, totalPages } = await readPdf(pdf);
    for (const t of [word.text, text]) {
      inOrder(t, [
        'Utdrag ur sammanträdesprotokoll – Regionstyrelsens arbetsutskott',
        '§ 67 Avstämning av arbetet',
        ...decision67,
        ...recipients67,
        'Vid protokollet: Maria Fransson',
        'Justerat: 2019-03-11',
        'Mikaela Waltersson',
        'Lise-Lotte Bensköld Olsson',
        'Protokollet har tillkännagivits på Region Hallands anslagstavla 2019-03-12',
        'Utdragsbestyrkande',
        'Utdraget överensstämmer med originalprotokollet.',
        'Ylva Johansson',
      ]);
      for (const absent of ['§ 68', 'Budgetuppföljning februari', '§ 69', 'Beslutande', 'ANSLAG/BEVIS'])
        expect(t).not.toContain(absent);
    }
    expect(squash(text)).toContain(squash(`Sida 1(${totalPages})`));
    expect(squash(text)).toContain('PROTOKOLLSUTDRAG');
    const { footers } = await footerAndHeaders(docx);
    expect(footers.some((f) => f.includes('Utdragsbestyrkande') && f.includes('Justerandes signatur'))).toBe(true);
  });

  it('of several §§ keeps them in protocol order and leaves out the others', async () => {
    const { text } = await readPdf(await extractPdf(two, [69, 67]));
    inOrder(text, ['§ 67 Avstämning', '§ 69 Rapport från regiondirektören', 'Utdragsbestyrkande']);
    expect(text).not.toContain('Budgetuppföljning februari');
    expect(extractDocument(two, [67, 69]).subject).toContain('§§ 67, 69');
  });

  it('refuses a § the protocol does not have, naming it', () => {
    expect(() => extractBlocks(two, [67, 70])).toThrow('No § 70');
    expect(() => extractBlocks(two, [])).toThrow('at least one §');
  });
});

describe('the layout rules', () => {
  it('writes days, §§ ranges and presence compactly', () => {
    expect(meetingDays('2015-06-16', '2015-06-17')).toBe('2015-06-16–17');
    expect(meetingDays('2015-05-31', '2015-06-01')).toBe('2015-05-31–06-01');
    expect(meetingDays('2015-12-31', '2016-01-01')).toBe('2015-12-31–2016-01-01');
    expect(paragraphRange([73])).toBe('§ 73');
    expect(paragraphRange([69, 67, 68, 72])).toBe('§§ 67–69, 72');
  });

  it('shows who was present for which §§, serving substitutes, a vote with its count, jäv and corrections', async () => {
    const big = largeProtocol(6, 8);
    big.paragraphs[1].disqualifications = [{ person: big.members[4], reason: 'Styrelseledamot i bolaget' }];
    big.paragraphs[1].notes = [{ by: [big.members[5]], text: 'Vi vill följa frågan.' }];
    big.paragraphs[1].adjustedImmediately = true;
    big.version = { edition: 2, corrections: [{ edition: 2, date: '2026-03-20', note: 'Stavfel i § 2 rättat.' }] };
    big.members[7].presence = { untilNumber: 3 };
    big.substitutes = [{ name: 'Olle Ersättare', party: 'S', servesFor: big.members[7], presence: { fromNumber: 4 } }];
    const { text } = await readPdf(await protocolPdf(big));
    inOrder(text, [
      'Version 2',
      'Beslutande',
      `${big.members[7].name} ${big.members[7].party} Ledamot §§ 1–3`,
      'Tjänstgörande ersättare',
      'Olle Ersättare S',
      '§§ 4–6',
      'Övriga närvarande',
      'Greta Tjänsteperson Tjänsteperson, regiondirektör',
      '§ 1 ',
      'Omröstning',
      'Voteringsproposition',
      'Summa',
      'Omröstningsresultat:',
      '§ 2 ',
      'Jäv',
      `${big.members[4].name} (${big.members[4].party}) anmäler jäv och deltar inte i handläggningen av ärendet (Styrelseledamot i bolaget).`,
      'Protokollsanteckning',
      'Vi vill följa frågan.',
      'Paragrafen förklaras omedelbart justerad.',
      'Rättelser',
      'Version 2, rättad 2026-03-20: Stavfel i § 2 rättat.',
    ]);
    const v = big.paragraphs[0].vote!;
    const yes = v.votes.filter((x) => x.choice === 'yes').length;
    const no = v.votes.filter((x) => x.choice === 'no').length;
    const abstain = v.votes.filter((x) => x.choice === 'abstain').length;
    expect(yes + no + abstain).toBe(8);
    expect(squash(text)).toContain(
      squash(`Omröstningsresultat: ${yes} ja-röster, ${no} nej-röster och ${abstain} som avstår.`),
    );
  });

  it('prints no certificate for a body that announces nothing', () => {
    const council = { ...seed004Arbetsutskott, announces: false, notice: null };
    const blocks = protocolBlocks(council, 'sv');
    expect(blocks.some((b) => b.type === 'box')).toBe(false);
    expect(JSON.stringify(blocks)).toContain('Organet anslår inte sina protokoll');
  });
});

/** Every fixed piece of a Swedish label: the strings, and the functions' outputs around their arguments. */
function swedishLabels(): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (key === 'lang') return;
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      const args = Array.from({ length: (v as (...a: unknown[]) => string).length }, () => '\u0001');
      out.push(...(v as (...a: unknown[]) => string)(...args).split('\u0001'));
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(allTexts.sv, '');
  return [
    ...new Set(
      out
        .map((s) =>
          s
            .trim()
            .replace(/^[,.:;()–-]+|[,.:;()–-]+$/g, '')
            .trim(),
        )
        .filter((s) => s.length >= 2),
    ),
  ];
}

const blockText = (blocks: Block[]): string =>
  blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return b.text;
        case 'paragraph':
          return b.runs.map((r) => r.text).join('');
        case 'fields':
          return b.rows.flat().join(' ');
        case 'list':
          return b.items.map((i) => i.runs.map((r) => r.text).join('')).join('\n');
        case 'table':
          return [...b.columns.map((c) => c.title), ...b.rows.flat()].join(' ');
        case 'signatures':
          return [b.placeAndDate ?? '', ...b.signatories.flatMap((s) => [s.role, s.name ?? ''])].join(' ');
        case 'box':
          return [
            b.title ?? '',
            ...(b.paragraphs ?? []).map((p) => p.map((r) => r.text).join('')),
            ...(b.rows ?? []).flat(),
            ...(b.signatories ?? []).flatMap((s) => [s.role, s.name ?? '']),
          ].join(' ');
        default:
          return '';
      }
    })
    .join('\n');

describe('the English document', () => {
  /** A protocol written in English, using every part of the layout. */
  const english = (adjusted: boolean): ProtocolModel => {
    const m = largeProtocol(3, 6);
    const people = m.members;
    return {
      ...m,
      body: { name: 'Regional Council' },
      organisation: 'Example Region',
      meeting: {
        ...m.meeting,
        place: 'County Hall',
        timeNote: 'break 12:00–13:00',
        onlineUrl: 'https://example.org/m',
      },
      secretary: { name: 'Sam Secretary' },
      substitutes: [{ name: 'Otto Standin', party: 'S', servesFor: people[5], presence: { fromNumber: 2 } }],
      others: [
        { name: 'Greta Official', title: 'regional director', role: 'official' },
        { name: 'Uma Substitute', role: 'substitute', presence: { numbers: [2] } },
        { name: 'Ola Observer', role: 'observer' },
        { name: 'Ada Adjunct', role: 'adjunct' },
        { name: 'Sam Secretary', role: 'secretary' },
        { name: 'Guest Person', role: 'other' },
      ],
      adjusting: adjusted ? { placeAndTime: 'County Hall, 2026-03-17', adjustedOn: '2026-03-17' } : undefined,
      notice: adjusted
        ? { ...m.notice!, board: 'the notice board of Example Region', certifiedBy: { name: 'Sam Secretary' } }
        : null,
      version: {
        edition: 2,
        corrections: [{ edition: 2, date: '2026-03-20', note: 'Typo fixed.', by: 'Sam Secretary' }],
      },
      paragraphs: m.paragraphs.map((p, k) => ({
        number: p.number,
        dnr: p.dnr,
        title: `Matter ${k + 1}`,
        subtitle: '(delegated decision)',
        matter: 'What the matter is about.',
        basis: [{ title: 'Officer report', date: '2026-02-20' }],
        proposal: { points: ['The report is approved.'] },
        earlier: [
          {
            body: 'Board',
            date: '2026-02-01',
            paragraph: 12,
            proposal: { points: ['Approve.'] },
            motions: [{ id: 'x', by: [people[1]], kind: 'rejection' }],
            statements: [{ by: [people[2]], text: 'A remark.' }],
            propositions: [{ on: 'the proposal', finding: 'it adopted' }],
            decision: { points: ['Approved.'] },
          },
        ],
        disqualifications: [{ person: people[5] }],
        motions: [
          { id: 'a', by: [people[2]], kind: 'referral_back' },
          { id: 'b', by: [people[3], people[4]], kind: 'approval', supports: 'a' },
          { id: 'c', by: [people[3]], kind: 'amendment', text: 'that the report is amended' },
          { id: 'd', by: [people[3]], kind: 'addition' },
          { id: 'e', by: [people[3]], kind: 'postponement' },
          { id: 'f', by: [people[3]], kind: 'other' },
          { id: 'g', by: [people[3]], kind: 'approval' },
        ],
        statements: [{ by: [people[1], people[2]] }],
        propositions: [{ on: 'the proposal and the motion', finding: 'the proposal adopted' }],
        vote: {
          question: 'Yes for the proposal, no for the motion.',
          votes: people.map((voter, i) => ({
            voter,
            choice: i % 2 ? 'yes' : 'no',
            ...(i === 0 ? { servesFor: { name: 'Absent Member' } } : {}),
          })),
          castingVote: true,
          outcome: 'The council has decided according to the proposal.',
        },
        decision: { heading: null, points: ['The report is approved.'] },
        reservations: [
          { by: [people[2]], inFavourOf: 'a', reasons: ['Reasons given in writing.'] },
          { by: [people[3], people[4]] },
        ],
        notes: [{ by: [people[1]], text: 'A note.' }],
        adjustedImmediately: true,
        recipients: ['The board'],
      })),
    };
  };

  it('has the same labels as the Swedish one, each translated', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v as object).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(allTexts.en).sort()).toEqual(keys(allTexts.sv).sort());
  });

  it('leaves no Swedish label in the protocol, the extract or their page furniture', () => {
    const labels = swedishLabels();
    expect(labels.length).toBeGreaterThan(100);
    const found = (text: string) =>
      labels.filter((l) =>
        new RegExp(`(^|[^\\p{L}])${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
      );
    for (const adjusted of [false, true]) {
      const m = english(adjusted);
      const docs = [protocolDocument(m, 'en'), extractDocument(m, [1, 3], 'en')];
      for (const d of docs) {
        const text = [
          d.title,
          d.subject,
          d.description,
          d.header,
          d.headerRight,
          ...(d.footerBoxes ?? []),
          d.pageLabel,
          blockText(d.blocks),
        ].join('\n');
        expect(found(text), text.slice(0, 200)).toEqual([]);
        expect(d.lang).toBe('en-GB');
      }
    }
    const council = protocolBlocks({ ...english(true), announces: false }, 'en');
    expect(found(blockText(council))).toEqual([]);
  });

  it('is rendered in Word and PDF in English', async () => {
    const m = english(true);
    const { text, raw } = await readPdf(await protocolPdf(m, 'en'));
    expect(raw).toContain('/Lang (en-GB)');
    inOrder(text, [
      'Minutes – Regional Council',
      'Members taking part in decisions',
      'NOTICE / CERTIFICATE',
      'Date the notice is posted: 2026-03-18',
      '§ 1 Matter 1',
      'The chair puts the proposal and the motion to the meeting and finds the proposal adopted.',
      'Result:',
      'Dissent',
      'To be sent to',
    ]);
    expect(squash(text)).toContain('Page1(');
    const word = await readDocx(await protocolDocx(m, 'en'));
    expect(word.text).toContain('Recorded by');
    expect(word.xml).not.toContain('Ordförande');
  });
});
