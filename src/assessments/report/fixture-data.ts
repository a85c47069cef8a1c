/**
 * The content of the sample assessment: a fictional but realistic assessment of the initiative
 * "Servicepunkter i glesbygd" in a regional service programme (seed 000). fixture.ts builds it.
 */
type Eff = 'positive' | 'negative' | 'both' | 'none' | 'unknown';
type Dir = 'direct' | 'indirect' | 'both' | null;
/** [code, effect, directness, motivation, relevance rank?] */
export type ImpactRow = [string, Eff, Dir, string, number?];

export const RUS_GOALS: Record<string, { sv: string; en: string }> = {
  'A.1': { sv: 'Kompetensförsörjning som matchar arbetsmarknadens behov', en: 'Skills supply that matches the labour market' },
  'B.1': { sv: 'God och jämlik hälsa', en: 'Good and equal health' },
  'B.2': { sv: 'Kunskapsbaserad social välfärd', en: 'Knowledge-based social welfare' },
  'C.1': { sv: 'Begränsad klimatpåverkan och energiomställning', en: 'Limited climate impact and energy transition' },
  'D.1': { sv: 'Goda kommunikationer i hela länet', en: 'Good communications throughout the county' },
  'D.2': { sv: 'Fler jobb och ett starkt näringsliv', en: 'More jobs and a strong business sector' },
};

export const RUS_IMPACTS: ImpactRow[] = [
  ['D.1', 'positive', null, 'Servicepunkterna gör paket, betaltjänster och digital vägledning tillgängliga nära hemmet i hela länet.'],
  ['D.2', 'positive', null, 'Lanthandeln får fler kunder och ett extra ben att stå på, vilket håller kvar arbetstillfällen på orten.'],
  ['B.1', 'positive', null, 'Apoteksombud och stöd för digitala vårdbesök kortar avståndet till vården för äldre.'],
  ['C.1', 'both', null, 'Färre långa bilresor till centralorten, men fler leveranser med budbil ut till servicepunkterna.'],
  ['A.1', 'unknown', null, 'Det är oklart om det finns personal med rätt kompetens att driva servicepunkterna på sikt.'],
  ['B.2', 'positive', null, 'Kommunernas kunskap om servicebehoven i byarna samlas i en gemensam serviceanalys.'],
];

export const AGENDA_GOALS: ImpactRow[] = [
  ['1', 'positive', 'indirect', 'Kortare resor till grundläggande service minskar kostnaderna för hushåll utan bil.'],
  ['2', 'positive', 'indirect', 'Servicepunkten kan sälja lokalt producerade livsmedel från närliggande gårdar.'],
  ['3', 'positive', 'direct', 'Apoteksombud och digitala vårdbesök nära hemmet.'],
  ['4', 'unknown', null, 'Oklart om den digitala vägledningen når invånare med svag digital vana.'],
  ['5', 'both', 'direct', 'Många servicepunkter drivs av kvinnor, men långa öppettider kan öka deras obetalda arbete.', 5],
  ['6', 'unknown', null, 'Påverkan på vatten och avlopp i bygdegårdar som blir servicepunkter är inte utredd.'],
  ['7', 'positive', 'indirect', 'Flera lokala planer innehåller solceller på servicepunkternas tak.'],
  ['8', 'positive', 'direct', 'Servicepunkterna ger underlag för lokala arbetstillfällen och handel.', 4],
  ['9', 'positive', 'direct', 'Paketutlämning och publik bredbandspunkt stärker den lokala infrastrukturen.', 3],
  ['10', 'positive', 'direct', 'Mer jämlik tillgång till service oavsett var i länet man bor.', 2],
  ['11', 'positive', 'direct', 'Levande orter med en mötesplats i byn.', 1],
  ['12', 'negative', 'indirect', 'Ökad e-handel och fler paketleveranser kan öka mängden förpackningsavfall.'],
  ['13', 'both', 'indirect', 'Färre långa bilresor till centralorten men fler leveransresor med budbil.'],
  ['14', 'unknown', null, 'Kopplingen till hav och marina resurser är oklar för en insats i ett inlandslän.'],
  ['15', 'negative', 'indirect', 'Nya lokaler och parkeringar kan ta mark i anspråk nära känsliga naturområden och renbetesmarker.'],
  ['16', 'positive', 'indirect', 'Digital vägledning ökar tillgången till information från myndigheter.'],
  ['17', 'positive', 'direct', 'Insatsen bygger på samverkan mellan region, kommuner, handlare och civilsamhälle.'],
];

export const AGENDA_TARGETS: ImpactRow[] = [
  ['1.2', 'positive', 'indirect', 'Lägre kostnader för resor till service minskar den ekonomiska utsattheten.'],
  ['1.4', 'positive', 'direct', 'Lika tillgång till grundläggande tjänster även i glesbygden.'],
  ['2.3', 'positive', 'indirect', 'Lokala livsmedelsproducenter får en försäljningskanal.'],
  ['3.4', 'positive', 'indirect', 'Mötesplatsen motverkar ensamhet bland äldre.'],
  ['3.8', 'positive', 'direct', 'Apoteksombud och vårdbesök via skärm i servicepunkten.'],
  ['4.4', 'unknown', null, 'Oklart om vägledningen leder till varaktigt ökad digital kompetens.'],
  ['5.4', 'negative', 'indirect', 'Risk att ideellt arbete i bygdegårdar faller på kvinnor.'],
  ['5.5', 'positive', 'direct', 'Kvinnor är ofta drivande i lokala utvecklingsgrupper som styr servicepunkterna.'],
  ['6.1', 'unknown', null, 'Vattenkvaliteten i äldre bygdegårdar är inte känd.'],
  ['7.2', 'positive', 'indirect', 'Solceller på servicepunkternas tak ökar andelen förnybar energi.'],
  ['8.3', 'positive', 'direct', 'Nya tjänster ger lanthandlare ökad omsättning.'],
  ['8.5', 'positive', 'indirect', 'Fler anställningar i handel och service på orten.'],
  ['8.9', 'positive', 'indirect', 'Besöksnäringen får service för turister på mindre orter.'],
  ['8.10', 'positive', 'direct', 'Betaltjänster och kontantuttag i servicepunkten.'],
  ['9.1', 'positive', 'direct', 'Servicepunkterna blir en del av en hållbar och tillgänglig infrastruktur.'],
  ['9.c', 'positive', 'direct', 'Publik bredbandspunkt och lånedator.'],
  ['10.2', 'positive', 'direct', 'Äldre och personer utan bil får bättre möjligheter att delta i samhället.'],
  ['10.3', 'positive', 'indirect', 'Samma tillgång till offentliga tjänster oavsett bostadsort.'],
  ['11.2', 'both', 'indirect', 'Samordning med anropsstyrd trafik, men fler leveransfordon på vägarna.'],
  ['11.3', 'positive', 'direct', 'Lokala utvecklingsgrupper deltar i planeringen av servicepunkterna.'],
  ['11.a', 'positive', 'direct', 'Insatsen stärker kopplingen mellan kommunal och regional planering.'],
  ['12.5', 'negative', 'indirect', 'Fler paket ger mer förpackningsavfall på orter med gles avfallshantering.'],
  ['12.7', 'unknown', null, 'Oklart om upphandlingen av drift ställer hållbarhetskrav.'],
  ['13.2', 'positive', 'indirect', 'Klimathänsyn ingår i kriterierna för stöd till servicepunkter.'],
  ['15.1', 'negative', 'indirect', 'Nybyggnation kan påverka ekosystem på land.'],
  ['15.5', 'negative', 'indirect', 'Risk för påverkan på livsmiljöer nära Natura 2000-områden.'],
  ['16.6', 'positive', 'indirect', 'Tydligare ansvarsfördelning mellan kommunerna för servicen.'],
  ['16.7', 'positive', 'direct', 'Byaråd och invånare är med och beslutar om servicepunktens utbud.'],
  ['16.10', 'positive', 'direct', 'Allmänheten får lättare tillgång till information från myndigheter.'],
  ['17.17', 'positive', 'direct', 'Offentlig-privat samverkan med handlare och ideella föreningar.'],
];

/** Other frameworks: [framework key, code, name sv, name en, effect, directness, motivation]. */
export const OTHER_IMPACTS: [string, string, string, string, Eff, Dir, string][] = [
  ['environmental-objectives', '1', 'Begränsad klimatpåverkan', 'Reduced climate impact', 'both', 'indirect', 'Färre privata bilresor men fler leveranser.'],
  ['environmental-objectives', '15', 'God bebyggd miljö', 'A good built environment', 'positive', 'direct', 'Befintliga lokaler i byarna används bättre.'],
  ['environmental-objectives', '16', 'Ett rikt växt- och djurliv', 'A rich diversity of plant and animal life', 'negative', 'indirect', 'Risk för intrång i känsliga naturmiljöer vid nybyggnation.'],
  ['gender-equality', '2', 'Ekonomisk jämställdhet', 'Economic gender equality', 'positive', 'direct', 'Kvinnor som driver lanthandel får en stabilare inkomst.'],
  ['gender-equality', '4', 'Jämn fördelning av det obetalda hem- och omsorgsarbetet', 'An even division of unpaid housework and care work', 'negative', 'indirect', 'Ärenden till apotek och post sköts i dag ofta av kvinnor åt anhöriga; servicepunkten kan både minska och befästa detta.'],
];

/** [name, relation, presence, power, interest, stance, note] */
export const ACTORS: [string, 'affects' | 'affected' | 'both', 'present' | 'missing', number, number, 'supportive' | 'neutral' | 'resistant', string | null][] = [
  ['Region Jämtland Härjedalen', 'both', 'present', 5, 5, 'supportive', 'Äger serviceprogrammet och fördelar stödet.'],
  ['Postnord', 'affects', 'missing', 4, 2, 'neutral', 'Avgör om paketutlämning kan läggas i servicepunkterna.'],
  ['Sameby i berört område', 'both', 'missing', 3, 4, 'resistant', 'Berörs av lokalisering nära renbetesmarker.'],
  ['Lanthandlarnas nätverk', 'affected', 'present', 2, 5, 'supportive', 'Driver de flesta servicepunkterna.'],
  ['Bankerna i länet', 'affects', 'present', 4, 2, 'resistant', 'Ovilliga att finansiera kontanthantering på små orter.'],
  ['Länsstyrelsen Jämtlands län', 'affects', 'present', 5, 4, 'supportive', 'Handlägger stöd till kommersiell service.'],
  ['Bergs kommun', 'both', 'present', 4, 5, 'supportive', null],
  ['Strömsunds kommun', 'both', 'present', 4, 4, 'neutral', null],
  ['Härjedalens kommun', 'both', 'present', 4, 3, 'neutral', 'Prioriterar andra serviceformer.'],
  ['Bygdegårdarnas distrikt', 'affected', 'present', 2, 4, 'supportive', 'Upplåter lokaler för servicepunkter.'],
  ['Hela Sverige ska leva, länsavdelningen', 'affected', 'present', 2, 4, 'supportive', null],
  ['Trafikverket', 'affects', 'missing', 4, 1, 'neutral', 'Ansvarar för vägar och hållplatser vid servicepunkterna.'],
  ['Länstrafiken', 'affects', 'present', 3, 3, 'neutral', 'Anropsstyrd trafik kan samordnas med öppettiderna.'],
  ['Företagarna i länet', 'affected', 'missing', 2, 3, 'neutral', null],
  ['Regionens ungdomsråd', 'affected', 'missing', 1, 4, 'supportive', 'Unga har inte hörts om behoven av service.'],
  ['Pensionärsorganisationerna PRO och SPF', 'affected', 'present', 2, 5, 'supportive', 'Äldre är de största användarna.'],
  ['Invånare i byar utan butik', 'affected', 'present', 2, 5, 'supportive', 'Företräds av byaråden.'],
  ['Apoteksaktörer med ombud', 'affects', 'missing', 3, 2, 'neutral', null],
  ['Arbetsförmedlingen', 'affects', 'present', 3, 2, 'neutral', 'Kan erbjuda digitala möten i servicepunkten.'],
  ['Naturskyddsföreningen i länet', 'affected', 'present', 2, 3, 'resistant', 'Invänder mot nybyggnation nära Natura 2000-områden.'],
];

/** A side: ['item', framework key, code] | ['actor', actor name] | ['text', sv, en]. */
export type SideRow = ['item', string, string] | ['actor', string] | ['text', string, string];
export interface ConflictRow {
  kind: 'goal' | 'interest';
  step: 1 | 2 | 3;
  a: SideRow;
  b: SideRow;
  description: string;
  severity: 'low' | 'medium' | 'high';
  status: 'open' | 'position_taken' | 'resolved';
  position?: { text: string; body: string; date: string; caseNumber: string | null };
}

const RAD = 'Regionens samverkansråd';
export const CONFLICTS: ConflictRow[] = [
  { kind: 'goal', step: 2, a: ['item', 'agenda2030', '11.3'], b: ['item', 'agenda2030', '15.5'], severity: 'high', status: 'position_taken',
    description: 'Två föreslagna servicepunkter med ny parkering ligger nära ett Natura 2000-område.',
    position: { text: 'Nya servicepunkter placeras i befintliga lokaler. Nybyggnation nära skyddad natur får inte stöd ur programmet.', body: RAD, date: '2024-03-14', caseNumber: 'RUN/206/2024' } },
  { kind: 'goal', step: 1, a: ['item', 'rus', 'D.2'], b: ['item', 'rus', 'C.1'], severity: 'medium', status: 'position_taken',
    description: 'Fler paket till lanthandeln stärker handeln men ökar leveranstrafiken.',
    position: { text: 'Leveranser till servicepunkterna samordnas med befintliga transporter, och samordningen följs upp årligen.', body: RAD, date: '2024-03-14', caseNumber: 'RUN/207/2024' } },
  { kind: 'goal', step: 2, a: ['item', 'agenda2030', '8.10'], b: ['text', 'Säkerhetsrisker vid kontanthantering i små butiker', 'Security risks of cash handling in small shops'], severity: 'medium', status: 'open',
    description: 'Kontantuttag i servicepunkten ökar tillgången men kräver säkerhetsåtgärder som små butiker inte har råd med.' },
  { kind: 'interest', step: 3, a: ['actor', 'Postnord'], b: ['actor', 'Lanthandlarnas nätverk'], severity: 'high', status: 'open',
    description: 'Ersättningen för paketutlämning täcker inte handlarnas kostnader.' },
  { kind: 'interest', step: 3, a: ['actor', 'Sameby i berört område'], b: ['actor', 'Region Jämtland Härjedalen'], severity: 'high', status: 'position_taken',
    description: 'Lokalisering och ökad trafik i renbetesområden under kalvningstid.',
    position: { text: 'Samebyn bjuds in till samråd innan lokaliseringen av nya servicepunkter beslutas i renbetesområden.', body: RAD, date: '2024-05-22', caseNumber: 'RUN/311/2024' } },
  { kind: 'goal', step: 2, a: ['item', 'agenda2030', '5.5'], b: ['item', 'agenda2030', '5.4'], severity: 'low', status: 'resolved',
    description: 'Kvinnors ledarskap i byautvecklingen stärks, men det obetalda arbetet riskerar att öka.',
    position: { text: 'Stödet får användas till avlönad personal för öppethållande; ideella insatser ska vara frivilliga och redovisas uppdelat på kön.', body: 'Regionala utvecklingsnämnden', date: '2024-04-09', caseNumber: 'RUN/254/2024' } },
  { kind: 'interest', step: 3, a: ['actor', 'Bankerna i länet'], b: ['actor', 'Invånare i byar utan butik'], severity: 'medium', status: 'open',
    description: 'Bankerna vill inte bekosta kontanthantering i glesbygden, men invånarna behöver kontanter och betaltjänster.' },
  { kind: 'goal', step: 2, a: ['item', 'agenda2030', '13.2'], b: ['item', 'agenda2030', '9.1'], severity: 'medium', status: 'position_taken',
    description: 'Infrastruktur för paket ger fler leveransresor med fossila fordon.',
    position: { text: 'Krav på fossilfria leveranser införs stegvis från 2026 i avtalen med transportörerna.', body: RAD, date: '2024-05-22', caseNumber: null } },
  { kind: 'interest', step: 3, a: ['actor', 'Naturskyddsföreningen i länet'], b: ['actor', 'Bergs kommun'], severity: 'low', status: 'open',
    description: 'Kommunen vill bygga en ny servicebyggnad vid sjön, föreningen vill skydda stranden.' },
  { kind: 'goal', step: 1, a: ['text', 'Kommunernas budget för lokal service', 'The municipalities’ budget for local services'], b: ['item', 'rus', 'B.2'], severity: 'medium', status: 'open',
    description: 'Kommunerna har inte budget för medfinansiering av alla servicepunkter som serviceanalysen pekar ut.' },
];

/** [title, answers: ['impact', fw, code] | ['conflict', index] | ['actor', name], responsible org, person, deadline, status, overdue] */
export type ActionRow = [string, ['impact', string, string] | ['conflict', number] | ['actor', string], string, string | null, string, 'planned' | 'ongoing' | 'done' | 'dropped', boolean];
export const ACTIONS: ActionRow[] = [
  ['Minimera den negativa påverkan på biologisk mångfald vid lokalisering', ['impact', 'agenda2030', '15.5'], 'Region Jämtland Härjedalen', 'Karin Ödmark', '2024-06-30', 'ongoing', true],
  ['Bjud in Postnord till förhandling om ersättning för paketutlämning', ['conflict', 3], 'Region Jämtland Härjedalen', 'Jonas Åberg', '2024-09-30', 'planned', true],
  ['Samråd med samebyn före beslut om lokalisering', ['conflict', 4], 'Länsstyrelsen Jämtlands län', 'Märta Jåma', '2025-02-28', 'done', false],
  ['Öka unga, utlandsfödda kvinnors och mäns tillgång till företagsstöd', ['impact', 'agenda2030', '8.3'], 'Region Jämtland Härjedalen', null, '2027-03-31', 'planned', false],
  ['Ta fram säkerhetsstöd för kontanthantering i servicepunkter', ['conflict', 2], 'Länsstyrelsen Jämtlands län', 'Per Öhlund', '2024-11-30', 'ongoing', true],
  ['Inför krav på fossilfria leveranser i transportavtalen', ['conflict', 7], 'Region Jämtland Härjedalen', 'Anna Sjödin', '2026-12-31', 'planned', false],
  ['Genomför en enkät om servicebehov bland unga', ['actor', 'Regionens ungdomsråd'], 'Regionens ungdomsråd', 'Elin Hägglund', '2027-05-31', 'planned', false],
  ['Bjud in Trafikverket till dialog om hållplatser vid servicepunkterna', ['actor', 'Trafikverket'], 'Länstrafiken', null, '2024-08-31', 'planned', true],
  ['Kartlägg kompetensbehovet hos personalen i servicepunkterna', ['impact', 'rus', 'A.1'], 'Arbetsförmedlingen', 'Leif Brännström', '2027-06-30', 'ongoing', false],
  ['Redovisa ideella insatser uppdelat på kön i uppföljningen', ['conflict', 5], 'Region Jämtland Härjedalen', 'Karin Ödmark', '2024-12-31', 'done', false],
  ['Utred vatten och avlopp i bygdegårdar som blir servicepunkter', ['impact', 'agenda2030', '6'], 'Bygdegårdarnas distrikt', null, '2027-09-30', 'planned', false],
  ['Samordna öppettider med den anropsstyrda trafiken', ['impact', 'agenda2030', '11.2'], 'Länstrafiken', 'Sara Östlund', '2026-10-31', 'ongoing', false],
  ['Erbjud digital vägledning med stöd på plats en dag i veckan', ['impact', 'agenda2030', '4.4'], 'Strömsunds kommun', null, '2027-01-31', 'planned', false],
  ['Flytta planerad servicebyggnad från strandnära läge', ['conflict', 8], 'Bergs kommun', 'Göran Flykt', '2024-10-31', 'dropped', false],
  ['Ta fram en modell för kommunal medfinansiering av servicepunkter', ['conflict', 9], 'Härjedalens kommun', 'Maja Älvström', '2025-03-31', 'ongoing', true],
];
