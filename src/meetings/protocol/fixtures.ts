import type { RichDoc } from '../../documents/index.js';
import type { Member, PersonRef, ProtocolModel, ProtocolParagraph, VoteChoice } from './model.js';

/**
 * The seeds' protocols as models (for the tests, the demo data and the bench). Texts are the seeds' own,
 * with the letters the scan lost put back (å, ä, ö); names and parties exactly as the seeds print them.
 * What a seed does not say is left out rather than made up: seed 003's extract names neither the chair,
 * the secretary nor the adjusters, nor the adjusting date (so that protocol is "ojusterat" here); seed 004
 * gives no meeting date or place (the date below is an assumption: a Monday before the adjusting on
 * 2019-03-11).
 */

const p = (name: string, party?: string): PersonRef => (party ? { name, party } : { name });

// Seed 003 ---------------------------------------------------------------------------------------

export const berit = p('Berit Johansson', 'C');
/** The 17 members who reserved themselves "till förmån för Berit Johanssons yrkande", in the seed's order. */
export const reservationOf73: PersonRef[] = [
  p('Berit Johansson', 'C'),
  p('Thomas Andersson', 'C'),
  p('Eva Hellstrand', 'C'),
  p('Carina Asplund', 'C'),
  p('Elin Lemon', 'C'),
  p('Mattias Vernberg', 'C'),
  p('Cristine Persson', 'C'),
  p('Christer Siwertsson', 'M'),
  p('Susanné Wallner', 'M'),
  p('Elise Ryder Wikén', 'M'),
  p('Joel Nordkvist', 'M'),
  p('Margareta Gladh', 'M'),
  p('Victor Ericsson', 'M'),
  p('Gunnar Hjelm', 'M'),
  p('Veronica Eklund', 'M'),
  p('Lars-Erik Olofsson', 'KD'),
  p('Margareta Mahmoud Persson', 'KD'),
];

const motionTitle73 =
  'Svar på motion från Berit Johansson (C) om utveckling av regionens jämställdhetsarbete genom Tillgänglighets- och jämställdhetskartan (ToJ)';

const presidiumProposal = {
  intro: 'Regionfullmäktiges presidium föreslår regionfullmäktige',
  points: [
    'Motionen anses besvarad.',
    'Region Jämtland Härjedalen uppmuntrar länets kommuner att ansluta sig till Tillgänglighets- och jämställdhetskartan (ToJ) som ett led i regionens jämställdhetsarbete.',
  ],
};

export const paragraph73: ProtocolParagraph = {
  number: 73,
  dnr: 'RS/333/2015',
  title: motionTitle73,
  matter: `Berit Johansson har motionerat om att Region Jämtland Härjedalen bör ansluta sig till Tillgänglighets- och jämställdhetskartan (ToJ). Syftet är bland annat att få tillgång till ett statistiskt underlag avseende jämställdhet, trygghet och tillgänglighet för att kunna nyttja det i arbetet med att förstärka regionens attraktionskraft och tillväxtmöjligheter. Statistiken som används i ToJ är utifrån SCB:s särskilda jämställdhetsindex som är kopplat till de nationella jämställdhetspolitiska målen.

Tillgänglighets- och jämställdhetskartan har bedrivits som ett projekt av Winnet (fd Resurscentra för kvinnors arbete och utveckling) i Västra Götalandsregionen. Första projektperioden sträckte sig mellan 2011–2013 och en förlängd projektperiod pågår fram till 2015 års slut. Det är i dagsläget inte klart om arbetet kommer att fortsätta nästkommande år. Syftet har främst varit att synliggöra hur jämställdheten ser ut i Västra Götalands kommuner. Projektet har även haft som långsiktigt mål att kvinnors inflytande ska öka och att kvinnors behov av tillgänglighet ska ge högre genomslag i regionen genom att ex jämställdhetsintegrera regionala planer och därmed utgå från både kvinnor och mäns behov och intressen. Tillgänglighet är i detta fall kopplat till tillgång till exempelvis makt och service.

Visionen för arbetet med tillgänglighets- och jämställdhetskartan är att alla regioner och kommuner ska ansluta sig till kartan. Dock finns det idag ingen upparbetad modell för inmatning av statistik etc. avseende länsnivå vilket gör att Region Jämtland Härjedalen inte kan ansluta sig däremot kan respektive kommun i länet göra detta. Kostnaden för att ansluta sig är 25 000 kr/kommun/år och i den kostnaden ingår inläggning av statistik, uppdatering av statistik, analysrapporter, utbildningar och resursstöd.

Sammanfattningsvis kan sägas att arbetet med ToJ är intressant och bedöms absolut kunna utgöra ett stöd för arbetet med regionens jämställdhetsarbete i och med en förenklad och tydlig bild för statistik och hur länet ligger till kopplat till SCB:s nationella jämställdhetsindex. Eftersom det kräver att respektive kommun aktivt deltar i arbetet är bedömningen att detta torde vara ett ärende för respektive kommunfullmäktige. Detta hindrar givetvis inte att regionfullmäktige beslutar om att uppvakta respektive kommun med en uppmuntran om att ansluta sig till ToJ som ett led i att utveckla regionens jämställdhetsarbete om arbetet med ToJ kommer att fortsätta även efter 2015.

Med hänvisning till ovanstående föreslås att motionen anses besvarad.`,
  basis: [
    { title: `Protokollsutdrag regionstyrelsen 2015-05-26–27, § 161 ${motionTitle73}` },
    { title: 'Protokollsutdrag från fullmäktiges presidium 2015-05-13, § 38' },
  ],
  earlier: [
    {
      body: 'Regionfullmäktiges presidium',
      date: '2015-05-13',
      paragraph: 38,
      proposal: { heading: 'Regiondirektörens förslag', ...presidiumProposal },
      decision: { heading: 'Fullmäktiges presidiums beslut', ...presidiumProposal },
    },
    {
      body: 'Regionstyrelsen',
      date: '2015-05-26–27',
      paragraph: 161,
      proposal: {
        heading: 'Regiondirektörens förslag',
        intro: 'Regionstyrelsen tillstyrker fullmäktiges presidiums förslag',
        points: [],
      },
      motions: [
        {
          id: 'lemon',
          by: [p('Elin Lemon', 'C'), p('Thomas Andersson', 'C')],
          kind: 'other',
          text: 'att frågan behandlas i Regionens samverkansråd',
        },
        {
          id: 'support-lemon',
          by: [p('Christer Siwertsson', 'M'), p('Susanné Wallner', 'M'), p('Hans Wessén')],
          kind: 'approval',
          supports: 'lemon',
        },
      ],
      propositions: [
        { on: 'regiondirektörens förslag', finding: 'det antaget' },
        { on: 'Elin Lemons yrkande', finding: 'det antaget' },
      ],
      decision: {
        heading: 'Regionstyrelsens beslut',
        points: [
          'Regionstyrelsen tillstyrker fullmäktiges presidiums förslag.',
          'Regionstyrelsen föreslår regionfullmäktige\nFrågan ska behandlas i Regionens samverkansråd.',
        ],
      },
    },
  ],
  motions: [
    {
      id: 'berit',
      by: [berit],
      kind: 'approval',
      text: 'bifall till motionen och till regionstyrelsens förslag att frågan ska behandlas i regionens samverkansråd',
    },
  ],
  statements: [{ by: [p('Margareta Winberg', 'S'), p('Monalisa Norrman', 'V')] }],
  propositions: [
    {
      on: 'fullmäktiges presidiums förslag och Berit Johanssons yrkande',
      finding: 'fullmäktiges presidiums förslag antaget',
    },
    { on: 'regionstyrelsens förslag', finding: 'det antaget' },
  ],
  decision: {
    heading: 'Regionfullmäktiges beslut',
    points: [
      'Motionen anses besvarad.',
      'Region Jämtland Härjedalen uppmuntrar länets kommuner att ansluta sig till Tillgänglighets- och jämställdhetskartan (ToJ) som ett led i regionens jämställdhetsarbete.',
      'Frågan ska behandlas i Regionens samverkansråd.',
    ],
  },
  reservations: [{ by: reservationOf73, inFavourOf: 'Berit Johanssons yrkande om bifall till motionen' }],
};

/**
 * Regionfullmäktige 2015-06-16–17, § 73 (seed 003). The members are those the extract names (the 17 who
 * reserved themselves and the two who spoke); chair, secretary and adjusters are not in the extract.
 */
export const seed003Regionfullmaktige: ProtocolModel = {
  organisation: 'Region Jämtland Härjedalen',
  body: { name: 'Regionfullmäktige', kind: 'fullmäktige' },
  meeting: { date: '2015-06-16', endDate: '2015-06-17' },
  members: [
    ...reservationOf73.map((x): Member => ({ ...x, role: 'member' })),
    { ...p('Margareta Winberg', 'S'), role: 'member' },
    { ...p('Monalisa Norrman', 'V'), role: 'member' },
  ],
  chair: { name: 'Regionfullmäktiges ordförande' },
  secretary: { name: 'Regionfullmäktiges sekreterare' },
  adjusters: [],
  paragraphs: [paragraph73],
};

/** Regionfullmäktiges presidium 2015-05-13, § 38 (seed 003): the first step of RS/333/2015. */
export const paragraph38: ProtocolParagraph = {
  number: 38,
  dnr: 'RS/333/2015',
  title: motionTitle73,
  matter: paragraph73.matter,
  proposal: { heading: 'Regiondirektörens förslag', ...presidiumProposal },
  decision: { heading: 'Fullmäktiges presidiums beslut', ...presidiumProposal },
};

/** Regionstyrelsen 2015-05-26–27, § 161 (seed 003): the second step of RS/333/2015. */
export const paragraph161: ProtocolParagraph = {
  number: 161,
  dnr: 'RS/333/2015',
  title: motionTitle73,
  matter: paragraph73.matter,
  basis: [{ title: 'Protokollsutdrag från fullmäktiges presidium 2015-05-13, § 38' }],
  proposal: paragraph73.earlier![1].proposal,
  motions: paragraph73.earlier![1].motions,
  propositions: paragraph73.earlier![1].propositions,
  decision: paragraph73.earlier![1].decision!,
};

const text = (t: string) => ({ type: 'text' as const, text: t });
const paragraphNode = (t: string) => ({ type: 'paragraph' as const, content: [text(t)] });
const listNode = (ordered: boolean, items: string[]) => ({
  type: ordered ? ('orderedList' as const) : ('bulletList' as const),
  content: items.map((i) => ({ type: 'listItem' as const, content: [paragraphNode(i)] })),
});
const raised144 =
  'Frågan lyfts till Regionens samverkansråd för att undersöka intresset bland kommunerna i länet av CERO-analys och diskutera möjligheter till finansiering.';

/** Regionstyrelsen 2015-05-26–27, § 144 (seed 003): the CERO motion, raised to Regionens samverkansråd. */
export const paragraph144: ProtocolParagraph = {
  number: 144,
  dnr: 'RS/881/2015',
  title: 'Åtgärder för att minska koldioxidutsläpp för resor',
  matter: {
    type: 'doc',
    content: [
      paragraphNode(
        'Landstingsstyrelsen beslöt vid sammanträde 2014-09-30 – 10-01 att uppdra till landstingsdirektören att:',
      ),
      listNode(false, [
        'Visa hur landstingets resor förutom miljöpåverkan även påverkar landstingets produktivitet i förhållande till tidsåtgång åt olika resesätt.',
        'Ge förslag på olika sätt att klimatkompensera våra klimatpåverkande resor.',
        'Utreda hur en koldioxidbudget per verksamhet kan inrättas.',
        'Ge förslag på olika sätt att stimulera en förändring av våra resemönster.',
        'Ta fram mått och mätetal som synliggör förändring i resemönster inkl. resfria möten.',
        'Visa patientresornas påverkan på koldioxidutsläppen.',
      ]),
      paragraphNode(
        'Det gjordes en tjänstemannabedömning att det inte fanns möjlighet att genomföra aktuella utredningar med befintliga resurser inom organisationen.',
      ),
      paragraphNode(
        'Vid regionstyrelsens sammanträde i februari 2015 presenterade Kungliga Tekniska Högskolan (KTH) en metod, CERO, för att minska koldioxidutsläppen för resor. Att genomföra en analys enligt denna metod uppfyller väl det uppdrag som givits av landstingsstyrelsen.',
      ),
      paragraphNode(
        'Kostnaden för en CERO-analys är cirka 260.000 kr. I detta ingår enkät, statistisk bearbetning, cost-benefit-analyser, rapportsammanställning samt en workshop då målscenario utvecklas gemensamt. I priset ingår även tillgång till ett virtuellt planeringsverktyg som utvecklats för att stödja den fortsatta planeringsprocessen i organisationen. Verktyget möjliggör utveckling av målscenario mot uppsatt mål, kostnads/intäktsanalyser, utveckling av handlingsplan genom ett åtgärdslexikon, sorteringsfunktioner av ansvariga personer för åtgärder, deadlines, etc. KTH bedömer att besparingspotentialen efter analys och åtgärder är ca 200 000 kr - 5 Mkr per 1000 anställda och år.',
      ),
      paragraphNode(
        'Regionstyrelsen uppdrog till regionala utvecklingsnämnden att yttra sig över hur ett arbete i linje med föredragna metod för minskning av koldioxidutsläpp för resor skulle kunna införas i Region Jämtland Härjedalen.',
      ),
      paragraphNode('Regionala utvecklingsnämnden beslutade 2015-04-16 att föreslå regionstyrelsen'),
      listNode(true, [
        'Regionstyrelsen avsätter erforderliga medel för att genomföra en CERO-analys för Region Jämtland Härjedalen.',
        'Regionala utvecklingsförvaltningen får i uppdrag att undersöka intresset bland kommuner och företag i länet att genomföra motsvarande analyser.',
      ]),
      paragraphNode(
        'Det finns inget framtaget underlag/projektplan för hur ett genomförande skulle kunna utformas eller finansieras. Under rådande ekonomiska läge är det i dagsläget svårt att prioritera denna investering trots att det bedöms vara angeläget.',
      ),
      paragraphNode(
        'För att undersöka intresset och möjligheter till finansiering av CERO-analys bland kommuner i länet föreslås att frågan lyfts i Regionens samverkansråd.',
      ),
    ],
  },
  basis: [
    {
      title:
        'Protokollsutdrag Regionala utvecklingsnämnden 2015-05-05, § 70 Metod för minskning av koldioxidutsläpp för resor',
    },
    { title: 'Protokollsutdrag regionstyrelsen 2015-02-24–25, § 41 Regiondirektörens rapport' },
    { title: 'Protokollsutdrag Landstingsstyrelsen 2014-09-30–10-01 § 214 Landstingsdirektörens rapport' },
  ],
  proposal: { heading: 'Regiondirektörens förslag', points: [raised144] },
  decision: { heading: 'Regionstyrelsens beslut', points: [raised144] },
  recipients: ['Miljöstrateg, Regionala utvecklingsnämnden'],
};

/** Regionstyrelsen 2015-05-26–27 (seed 003): §§ 144 and 161, with the members the extracts name. */
export const seed003Regionstyrelsen: ProtocolModel = {
  organisation: 'Region Jämtland Härjedalen',
  body: { name: 'Regionstyrelsen', kind: 'styrelse' },
  meeting: { date: '2015-05-26', endDate: '2015-05-27' },
  members: [
    { ...p('Elin Lemon', 'C'), role: 'member' },
    { ...p('Thomas Andersson', 'C'), role: 'member' },
    { ...p('Christer Siwertsson', 'M'), role: 'member' },
    { ...p('Susanné Wallner', 'M'), role: 'member' },
    { ...p('Hans Wessén'), role: 'member' },
  ],
  chair: { name: 'Regionstyrelsens ordförande' },
  secretary: { name: 'Regionstyrelsens sekreterare' },
  adjusters: [],
  paragraphs: [paragraph144, paragraph161],
};

/** Regionfullmäktiges presidium 2015-05-13 (seed 003): § 38. */
export const seed003Presidium: ProtocolModel = {
  organisation: 'Region Jämtland Härjedalen',
  body: { name: 'Regionfullmäktiges presidium', kind: 'presidium' },
  meeting: { date: '2015-05-13' },
  members: [],
  chair: { name: 'Regionfullmäktiges ordförande' },
  secretary: { name: 'Regionfullmäktiges sekreterare' },
  adjusters: [],
  paragraphs: [paragraph38],
};

// Seed 004 ---------------------------------------------------------------------------------------

const matter67: RichDoc = {
  type: 'doc',
  content: [
    'Region Halland deltar under 2019 i pilotarbetet för Modellregioner för jämställdhetsintegrering. Syftet med deltagandet är att få igång ett aktivt arbete med jämställdhetsintegrering inom Region Halland. Konceptet bidrar till stora vinster med att göra och lära av varandra för att förbättra systemen för styrning, ledning och uppföljning med ett tydligt jämställdhetsperspektiv.',
    'Inom ramen för detta arbete ska Region Halland ta ett helhetsgrepp om den befintliga stödstrukturen för styrning och ledning med fokus på styrdokument och bakomliggande processer. Målet är att identifiera ett avgränsat område där ett förbättringsarbete sker under 2019. Förslaget är att avgränsa årets pilotarbete i Modellregioner till att påbörja jämställdhetsintegrering av planeringsprocess för mål och budget. Konkret handlar det om att förstärka befintlig planeringsprocess med jämställdhetsperspektiv i syfte att få in jämställdhet in i ordinarie planering och styrning med utgångspunkt i mål och budget.',
    'Som komplement till detta arbete föreslås även en kompetenshöjande insats om jämställdhetsintegrering för politiker och tjänstemän inom Region Halland.',
  ].map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
};

const decisionIntro67 = 'Regionstyrelsens arbetsutskott beslutar att';
const proposalPoints67 = [
  'anteckna den lämnade informationen till protokollet',
  'uppdra till Regionkontoret att fortsätta arbetet enligt plan för Region Hallands jämställdhetsintegreringsarbete',
  'genomföra en kunskapshöjande insats om jämställdhetsintegrering för politiker och tjänstemän',
];

export const paragraph67: ProtocolParagraph = {
  number: 67,
  dnr: 'RS181020',
  title: 'Avstämning av arbetet inom ramen för Modellregion för jämställdhetsintegrering 2019',
  subtitle: '(Beslut enligt delegation)',
  decision: {
    intro: decisionIntro67,
    style: 'bullets',
    points: [
      ...proposalPoints67,
      'utse Patrik Thorsson Nilsson (S) till politisk ersättare i arbetet för Modellregion för jämställdhetsintegrering',
    ],
  },
  matter: matter67,
  proposal: { intro: decisionIntro67, style: 'bullets', points: proposalPoints67 },
  basis: [{ title: 'Tjänsteskrivelse avstämning Modellregion 2019' }],
  recipients: ['Hälso- och sjukvårdsutskottet', 'Tillväxtutskottet', 'Länsstyrelsen', 'Hallands kommuner'],
};

/** Region Halland, Regionstyrelsens arbetsutskott, § 67 (seed 004): adjusted 2019-03-11, announced 2019-03-12. */
export const seed004Arbetsutskott: ProtocolModel = {
  organisation: 'Region Halland',
  body: { name: 'Regionstyrelsens arbetsutskott', kind: 'utskott' },
  meeting: { date: '2019-03-04' },
  members: [
    { name: 'Mikaela Waltersson', role: 'chair' },
    { name: 'Lise-Lotte Bensköld Olsson', role: 'member' },
  ],
  chair: { name: 'Mikaela Waltersson' },
  secretary: { name: 'Maria Fransson' },
  adjusters: [{ name: 'Lise-Lotte Bensköld Olsson' }],
  adjusting: { adjustedOn: '2019-03-11' },
  paragraphs: [paragraph67],
  announces: true,
  notice: {
    board: 'Region Hallands anslagstavla',
    postedOn: '2019-03-12',
    takeDownOn: '2019-04-03',
    appealEndsOn: '2019-04-02',
    keptAt: 'Regionkontoret, Region Halland',
  },
  extractCertifier: { name: 'Ylva Johansson' },
  order: 'decision-first',
};

// A large protocol (tests and bench) -------------------------------------------------------------

const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'L', 'MP', 'SD'];
const FIRST = ['Anna', 'Erik', 'Karin', 'Lars', 'Maria', 'Johan', 'Eva', 'Per', 'Sara', 'Nils'];
const LAST = ['Berg', 'Lind', 'Holm', 'Ek', 'Sjöberg', 'Åkesson', 'Nyström', 'Öberg'];

/**
 * A made-up protocol of `paragraphs` §§ with `members` members, a motion, a support and two propositions in
 * every §, and a roll-call vote in every third, for measuring the writers.
 */
export function largeProtocol(paragraphs = 40, members = 30): ProtocolModel {
  const people: Member[] = Array.from({ length: members }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}${i >= FIRST.length ? ` ${i}` : ''}`,
    party: PARTIES[i % PARTIES.length],
    role: i === 0 ? 'chair' : i === 1 ? 'first_vice_chair' : 'member',
  }));
  const choice = (i: number, k: number): VoteChoice => (['yes', 'no', 'yes', 'abstain'] as const)[(i + k) % 4];
  return {
    organisation: 'Region Exempel',
    body: { name: 'Regionfullmäktige', kind: 'fullmäktige' },
    meeting: {
      date: '2026-03-10',
      endDate: '2026-03-11',
      startTime: '09:00',
      endTime: '17:00',
      place: 'Regionens hus',
    },
    members: people.map((m, i) => (i === members - 1 ? { ...m, presence: { untilNumber: 10 } } : m)),
    substitutes: [{ name: 'Olle Ersättare', party: 'S', servesFor: people[members - 1], presence: { fromNumber: 11 } }],
    others: [{ name: 'Greta Tjänsteperson', title: 'regiondirektör', role: 'official' }],
    chair: people[0],
    secretary: { name: 'Sekreterare Exempel' },
    adjusters: [people[2], people[3]],
    adjusting: { placeAndTime: 'Regionens hus, 2026-03-17', adjustedOn: '2026-03-17' },
    notice: { postedOn: '2026-03-18', takeDownOn: '2026-04-09', appealEndsOn: '2026-04-08', keptAt: 'Regionens hus' },
    paragraphs: Array.from({ length: paragraphs }, (_, k): ProtocolParagraph => {
      const mover = people[(k + 2) % members];
      return {
        number: k + 1,
        dnr: `RS/${100 + k}/2026`,
        title: `Ärende ${k + 1}: uppföljning av insatser inom område ${(k % 7) + 1}`,
        matter: Array.from(
          { length: 3 },
          (_, j) =>
            `Stycke ${j + 1}. Regionen och kommunerna har följt upp arbetet under året. Underlaget visar hur insatserna har genomförts, vad de har kostat och vilka effekter de har fått för invånarna i länet.`,
        ),
        basis: [{ title: `Tjänsteskrivelse ${k + 1}`, date: '2026-02-20' }, { title: 'Bilaga: uppföljning' }],
        proposal: { heading: 'Regiondirektörens förslag', points: ['Rapporten godkänns.', 'Uppdraget fortsätter.'] },
        motions: [
          { id: 'a', by: [mover], kind: 'rejection', text: 'avslag på förslaget' },
          { id: 'b', by: [people[(k + 5) % members], people[(k + 6) % members]], kind: 'approval', supports: 'a' },
        ],
        propositions: [
          {
            on: 'regiondirektörens förslag och ' + `${mover.name}s yrkande`,
            finding: 'regiondirektörens förslag antaget',
          },
        ],
        vote:
          k % 3 === 0
            ? {
                question: 'Ja för regiondirektörens förslag, nej för avslag.',
                votes: people.map((voter, i) => ({ voter, choice: choice(i, k) })),
                outcome: 'Regionfullmäktige har beslutat enligt regiondirektörens förslag.',
              }
            : null,
        decision: { points: ['Rapporten godkänns.', 'Uppdraget fortsätter.'] },
        reservations: [{ by: [mover], inFavourOf: 'a', reasons: 'Skälen framgår av yrkandet.' }],
        recipients: ['Regionstyrelsen', 'Länets kommuner'],
      };
    }),
  };
}
