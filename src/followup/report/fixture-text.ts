/**
 * The sample cycle's texts: areas, municipalities, activity reports, notes and the council's texts. The reports
 * are written here as Markdown for legibility; fixture.ts reads them into the rich-text tree the editor stores.
 */
export const AREAS: [string, string][] = [
  ['A', 'Kompetens och kunskapsutveckling'],
  ['B', 'Social inkludering och ett sunt liv'],
  ['C', 'Resurssnålare och effektivare'],
  ['D', 'Övergripande regional utveckling'],
];

export const MUNICIPALITIES = [
  'Bergs kommun',
  'Bräcke kommun',
  'Härjedalens kommun',
  'Krokoms kommun',
  'Ragunda kommun',
  'Strömsunds kommun',
  'Åre kommun',
  'Östersunds kommun',
];

export const REPORTS: { area: string; municipality: number | null; published: boolean; body: string }[] = [
  {
    area: 'A',
    municipality: null,
    published: true,
    body: `# Årets arbete

Kompetensplattformen har samlat **samtliga åtta kommuner** kring kompetensförsörjningen i länet. Arbetet har följt den *gemensamma handlingsplanen* för perioden.

## Genomförda aktiviteter

- Fyra nätverksträffar för studie- och yrkesvägledare
- En länsgemensam analys av **arbetsmarknadens behov** till 2030
- Stöd till kommunernas vuxenutbildning i *validering*

## Prioriteringar nästa år

1. Utöka samarbetet om yrkesvux
2. Ta fram en gemensam plan för lärarförsörjning
3. Följa upp valideringsinsatserna`,
  },
  {
    area: 'B',
    municipality: null,
    published: true,
    body: `Folkhälsorådet har under året arbetat med **psykisk hälsa bland unga** och med de länsgemensamma målen för ett sunt liv.

- Tre regionala konferenser om suicidprevention
- Gemensam kartläggning av föreningslivets insatser`,
  },
  {
    area: 'B',
    municipality: 6,
    published: true,
    body: `## Insatser i Åre

Åre kommun har deltagit i pilotprojektet *Unga i säsongsarbete* med stöd från regionen.

- Uppsökande verksamhet under vintersäsongen
- Samverkan med arbetsgivare i Åre och Duved`,
  },
  {
    area: 'C',
    municipality: null,
    published: true,
    body: `Energi- och klimatrådgivningen har nått **1 240 hushåll och företag**. Samordningen av kollektivtrafik och skolskjuts har utretts.

### Resultat

- Minskade resor i tjänsten med 12 procent
- Gemensam upphandling av solceller i tre kommuner`,
  },
  {
    area: 'D',
    municipality: null,
    published: true,
    body: `Den regionala utvecklingsstrategin har följts upp tillsammans med kommunerna. Arbetet med *infrastrukturplanen* har prioriterats.

1. Dialog om stråket Östersund–Trondheim
2. Remissvar på den nationella planen`,
  },
  {
    area: 'D',
    municipality: null,
    published: false,
    body: 'UTKAST: ej publicerad text som inte får synas i rapporten.',
  },
];

export const NOTES: (string | null)[] = [
  'Mötet tog upp behovet av mer stöd i yrkesvux-frågorna.\n\nKommunen vill se en tydligare plan för kompetensplattformen.',
  'Bra dialog. Kommunen lyfte energirådgivningens resurser.',
  '- Resorna till Östersund är ett hinder\n- Digitalt deltagande önskas till alla möten',
  null,
  'Bedömningen av område C är inte klar; kompletteras efter kommunstyrelsens möte.',
  null,
  'Kommunen framhöll insatserna för unga i säsongsarbete.',
  'Diskussion om infrastrukturplanen och stråket mot Trondheim.',
];

export const VALUATION = {
  valuation: `Kommunerna bedömer att överenskommelsen i stort har fungerat väl under perioden. Störst nöjdhet finns inom **social inkludering**, medan *övergripande regional utveckling* upplevs som mer avlägsen.

- Underlagen behöver komma tidigare
- Mötesformerna behöver passa de mindre kommunerna`,
  changes: `1. Underlag skickas senast två veckor före samverkansorganens möten.
2. Digitalt deltagande erbjuds vid alla möten.
3. Område D får en årlig dialog i varje kommun.`,
  decision: `Samverkansrådet beslutar att godkänna uppföljningen för 2025 och att de rekommenderade förändringarna genomförs under 2026.`,
};
