import type { FrameworkFile } from '../../goals/contract.js';

const area = (code: string, sv: string, en: string, goals: [string, string][]) => ({
  code,
  level: 'area',
  name: { sv, en },
  children: goals.map(([gsv, gen], i) => ({ code: `${code}.${i + 1}`, level: 'goal', name: { sv: gsv, en: gen } })),
});

/** A demo RUS with the four areas of seed 003; the goals under them are illustrative. */
export const demoRus: FrameworkFile = {
  format: 'samsyn.framework/v1',
  key: 'rus-jamtland-harjedalen',
  kind: 'rus',
  name: {
    sv: 'Regional utvecklingsstrategi Jämtland Härjedalen (demo)',
    en: 'Regional development strategy Jämtland Härjedalen (demo)',
  },
  description: {
    sv: 'Demoversion med de fyra samverkansområdena i överenskommelsen mellan regionen och länets kommuner. Målen under områdena är exempel.',
    en: 'Demo version with the four collaboration areas of the agreement between the region and the county’s municipalities. The goals under the areas are examples.',
  },
  source: {
    sv: 'Överenskommelse mellan Region Jämtland Härjedalen och länets kommuner om regional samverkan',
    en: 'Agreement between Region Jämtland Härjedalen and the county’s municipalities on regional collaboration',
  },
  items: [
    area('A', 'Kompetens och kunskapsutveckling', 'Competence and knowledge development', [
      ['Kompetensförsörjning som matchar arbetsmarknadens behov', 'Skills supply that matches the labour market'],
      ['Livslångt lärande i hela länet', 'Lifelong learning throughout the county'],
    ]),
    area('B', 'Social inkludering och ett sunt liv', 'Social inclusion and a healthy life', [
      ['God och jämlik hälsa', 'Good and equal health'],
      ['Kunskapsbaserad social välfärd', 'Knowledge-based social welfare'],
    ]),
    area('C', 'Resurssnålare och effektivare', 'More resource-efficient', [
      ['Begränsad klimatpåverkan och energiomställning', 'Limited climate impact and energy transition'],
      ['Förnybar energi – ett fossilbränslefritt län', 'Renewable energy – a fossil-free county'],
      ['Strategisk samverkan inom miljöteknikområdet', 'Strategic collaboration in environmental technology'],
    ]),
    area('D', 'Övergripande regional utveckling', 'Overall regional development', [
      ['Goda kommunikationer i hela länet', 'Good communications throughout the county'],
      ['Fler jobb och ett starkt näringsliv', 'More jobs and a strong business sector'],
    ]),
  ],
};
