/**
 * The demo follow-ups' texts and answers: invented, but in the language and on the subjects of
 * seed 003 (the four areas of the agreement, the collaboration bodies, the municipal meetings).
 */
import { markdownToRichDoc, type RichDoc } from '../../documents/index.js';

/** The demo's activity reports as the editor stores them (rich text), written here as Markdown for legibility. */
export function reportTexts(year: number): { area: string; municipality: string | null; body: RichDoc }[] {
  return reportMarkdown(year).map((r) => ({ ...r, body: markdownToRichDoc(r.body) }));
}

function reportMarkdown(year: number): { area: string; municipality: string | null; body: string }[] {
  const period = `oktober ${year - 1} – september ${year}`;
  return [
    {
      area: 'A',
      municipality: null,
      body: `# Kompetens och kunskapsutveckling\nUnder perioden ${period} har regionen samordnat länets lärcentra och drivit kompetensförsörjningsarbetet tillsammans med kommunerna.\n\n## Genomförda aktiviteter\n- Fyra nätverksträffar i **Lärcentrasamverkan**, varav en länsgemensam konferens om validering.\n- Gemensam ansökan om medel för yrkesvux inom vård och omsorg.\n- Kartläggning av kompetensbehov i besöksnäringen tillsammans med Åre och Härjedalen.\n\n## Resultat\nAndelen vuxenstuderande via lärcentra ökade jämfört med föregående år. *Arbetet fortsätter enligt plan.*`,
    },
    {
      area: 'B',
      municipality: null,
      body: `# Social inkludering och ett sunt liv\nRegionens tjänstemän har gett stöd till **SocSam**, **FoU-rådet**, **BUZ** och **IFO-chefer**.\n\n## Genomförda aktiviteter\n1. Kunskapsunderlag om psykisk ohälsa bland unga, framtaget av FoU-rådet.\n2. Gemensam rutin för samordnad individuell plan (SIP) reviderad.\n3. Utbildningsdag för IFO-chefer om barnrättsperspektivet.\n\nUnderlagen har skickats ut inför varje möte.`,
    },
    {
      area: 'C',
      municipality: null,
      body: `# Resurssnålare och effektivare\nArbetet har inriktats på energi- och klimatrådgivning och gemensam upphandling.\n\n- Energi- och klimatrådgivning i samtliga åtta kommuner.\n- Förstudie om gemensam fordonsupphandling.\n\nResultat per kommun redovisas i bilaga när nyckeltal finns.`,
    },
    {
      area: 'D',
      municipality: null,
      body: `# Övergripande regional utveckling\nRegionen har lett arbetet med uppföljning av den regionala utvecklingsstrategin (RUS) och samordnat länets gemensamma påverkansarbete.\n\n- Två dialogmöten med kommunstyrelsernas ordförande.\n- Gemensam remiss om infrastrukturplanen.\n- Regional lägesbild med statistik per kommun.`,
    },
    {
      area: 'D',
      municipality: 'harjedalen',
      body: `## Särskilt för Härjedalens kommun\n- Stöd i arbetet med landsbygdsutveckling i Sveg och Funäsdalen.\n- Medverkan i dialog om kollektivtrafik i fjällvärlden.`,
    },
  ];
}

type Answers = Record<string, string>;
const a = (q1: string, q2: string, q3: string, q4: string, q5: string, q6?: string): Answers => ({
  q1,
  q2,
  q3,
  q4,
  q5,
  ...(q6 ? { q6 } : {}),
});

/** Each body's answers; 'started' for a body that has begun, null for one that has not. */
export function answersOf(year: number, body: string, finished: boolean): Answers | 'started' | null {
  if (finished) {
    return {
      fou: a(
        'yes',
        'mostly_satisfied',
        'satisfied',
        'not_quite_satisfied',
        'mostly_satisfied',
        'Underlagen behöver komma ut tidigare så att de hinner förankras i kommunerna.',
      ),
      larc: a('largely', 'satisfied', 'satisfied', 'mostly_satisfied', 'satisfied'),
      socsam: a(
        'largely',
        'mostly_satisfied',
        'mostly_satisfied',
        'not_quite_satisfied',
        'mostly_satisfied',
        'Tydligare koppling mellan SocSam och BUZ.',
      ),
      buz: a(
        'small_extent',
        'not_quite_satisfied',
        'mostly_satisfied',
        'not_quite_satisfied',
        'not_quite_satisfied',
        'Mer stöd i arbetet med skolfrånvaro.',
      ),
      ifo: a('no_plan', 'mostly_satisfied', 'mostly_satisfied', 'mostly_satisfied', 'mostly_satisfied'),
      fchef: a('largely', 'mostly_satisfied', 'not_quite_satisfied', 'not_quite_satisfied', 'mostly_satisfied'),
    }[body]!;
  }
  return (
    {
      fou: a(
        'yes',
        'satisfied',
        'satisfied',
        'mostly_satisfied',
        'satisfied',
        'Bra att underlagen nu kommer två veckor före mötet.',
      ),
      larc: a('yes', 'satisfied', 'mostly_satisfied', 'mostly_satisfied', 'satisfied'),
      socsam: a(
        'largely',
        'mostly_satisfied',
        'satisfied',
        'mostly_satisfied',
        'mostly_satisfied',
        'Fortsätt med gemensamma arbetsmöten mellan SocSam och BUZ.',
      ),
      ifo: a('largely', 'mostly_satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'mostly_satisfied'),
      buz: 'started' as const,
      fchef: null,
    } as Record<string, Answers | 'started' | null>
  )[body];
}

type Feedback = {
  areas: [string, string, string | null][];
  meetingDate: string;
  participants: string;
  notes: string;
  submitted: boolean;
};

const ratings: Record<string, [string, string, string, string]> = {
  berg: ['satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'mostly_satisfied'],
  bracke: ['mostly_satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'satisfied'],
  harjedalen: ['satisfied', 'mostly_satisfied', 'mostly_satisfied', 'satisfied'],
  krokom: ['satisfied', 'satisfied', 'mostly_satisfied', 'mostly_satisfied'],
  ragunda: ['mostly_satisfied', 'not_quite_satisfied', 'not_quite_satisfied', 'mostly_satisfied'],
  stromsund: ['mostly_satisfied', 'mostly_satisfied', 'dissatisfied', 'mostly_satisfied'],
  are: ['satisfied', 'mostly_satisfied', 'mostly_satisfied', 'satisfied'],
  ostersund: ['satisfied', 'satisfied', 'mostly_satisfied', 'mostly_satisfied'],
};
/** Last year a little less content in area C, as the joint valuation says. */
const earlier = (r: string) =>
  r === 'satisfied' ? 'mostly_satisfied' : r === 'mostly_satisfied' ? 'not_quite_satisfied' : r;

const comments: Record<string, string> = {
  C: 'Vi saknar resultat redovisade per kommun.',
  B: 'Underlagen till SocSam har hållit god kvalitet.',
};

/** A municipality's assessment; null where it has not started. */
export function feedbackOf(year: number, municipality: string, finished: boolean): Feedback | null {
  const day = 10 + Object.keys(ratings).indexOf(municipality) * 2;
  const base = ratings[municipality];
  const list = (finished ? base.map((r, i) => (i === 2 ? earlier(r) : r)) : base) as string[];
  const areas = ['A', 'B', 'C', 'D'].map((code, i): [string, string, string | null] => [
    code,
    list[i],
    list[i] === 'not_quite_satisfied' || list[i] === 'dissatisfied' ? (comments[code] ?? 'Behöver förbättras.') : null,
  ]);
  const common = {
    areas,
    meetingDate: `${year}-11-${String(day).padStart(2, '0')}`,
    participants: 'Kommunchef, kommunstyrelsens ordförande, regionens utvecklingsstrateg',
    notes: 'Kommunvis träff med Regionala utvecklingsnämnden. Verksamhetsberättelserna gicks igenom område för område.',
  };
  if (finished) return { ...common, submitted: true };
  if (municipality === 'bracke') return null;
  return { ...common, submitted: !['ragunda', 'stromsund'].includes(municipality) };
}
