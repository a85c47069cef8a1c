/**
 * The demo county: Region Jämtland Härjedalen, Länsstyrelsen and the eight municipalities with
 * their real codes and populations (SCB, 31 December 2024), the collaboration bodies of seed 003
 * and fictional people (never the real names in the source documents).
 */
export const DEMO_PASSWORD = 'samsyn-demo-2026';

export const county = { code: '23', name: 'Jämtlands län' };

export const region = {
  key: 'region',
  type: 'region',
  name: 'Region Jämtland Härjedalen',
  shortName: 'RJH',
  orgNumber: '232100-0214',
  website: 'https://www.regionjh.se',
  address: 'Box 654, 831 27 Östersund',
} as const;
export const countyBoard = {
  key: 'lst',
  type: 'county_board',
  name: 'Länsstyrelsen i Jämtlands län',
  shortName: 'Lst Z',
  orgNumber: '202100-2387',
  website: 'https://www.lansstyrelsen.se/jamtland',
} as const;

/**
 * Uppsala län, a second county, only for the framework of its Council for Social Sustainability
 * (seed 002): the council is convened by Länsstyrelsen i Uppsala län, so its priority areas belong
 * there and are shared within Uppsala län, not with Jämtland's officials.
 */
export const uppsalaCounty = { code: '03', name: 'Uppsala län' };
export const uppsalaOrganisations = [
  {
    key: 'lst_uppsala',
    type: 'county_board',
    name: 'Länsstyrelsen i Uppsala län',
    shortName: 'Lst C',
    website: 'https://www.lansstyrelsen.se/uppsala',
  },
  { key: 'region_uppsala', type: 'region', name: 'Region Uppsala', website: 'https://www.regionuppsala.se' },
] as const;

export const municipalities = [
  { key: 'berg', name: 'Bergs kommun', code: '2326', population: 7108 },
  { key: 'bracke', name: 'Bräcke kommun', code: '2305', population: 6035 },
  { key: 'harjedalen', name: 'Härjedalens kommun', code: '2361', population: 10175 },
  { key: 'krokom', name: 'Krokoms kommun', code: '2309', population: 15680 },
  { key: 'ragunda', name: 'Ragunda kommun', code: '2303', population: 5146 },
  { key: 'stromsund', name: 'Strömsunds kommun', code: '2313', population: 11023 },
  { key: 'are', name: 'Åre kommun', code: '2321', population: 12693 },
  { key: 'ostersund', name: 'Östersunds kommun', code: '2380', population: 64979 },
] as const;

/** Fictional people. `org` is a municipality key, 'region' or 'lst'. */
export const demoPeople = [
  {
    key: 'admin',
    org: 'region',
    givenName: 'Astrid',
    familyName: 'Norberg',
    title: 'Systemförvaltare',
    email: 'admin@samsyn.example',
    role: 'admin',
  },
  {
    key: 'coord',
    org: 'region',
    givenName: 'Johan',
    familyName: 'Lindqvist',
    title: 'Regional utvecklingsstrateg',
    email: 'samordnare@samsyn.example',
    role: 'coordinator',
  },
  {
    key: 'member',
    org: 'bracke',
    givenName: 'Sara',
    familyName: 'Holm',
    title: 'Utvecklingsledare',
    email: 'medlem@samsyn.example',
    role: 'member',
  },
  {
    key: 'reader',
    org: 'lst',
    givenName: 'Erik',
    familyName: 'Dahl',
    title: 'Handläggare',
    email: 'lasare@samsyn.example',
    role: 'reader',
  },
  { key: 'rchair', org: 'region', givenName: 'Margit', familyName: 'Sundberg', title: 'Regionråd' },
  { key: 'rsec', org: 'region', givenName: 'Karin', familyName: 'Wester', title: 'Nämndsekreterare' },
  { key: 'berg', org: 'berg', givenName: 'Lars', familyName: 'Ekman', title: 'Kommunchef' },
  { key: 'bracke', org: 'bracke', givenName: 'Anna', familyName: 'Forsberg', title: 'Kommunchef' },
  { key: 'harjedalen', org: 'harjedalen', givenName: 'Per', familyName: 'Olsson', title: 'Kommundirektör' },
  { key: 'krokom', org: 'krokom', givenName: 'Maria', familyName: 'Nyström', title: 'Kommunchef' },
  { key: 'ragunda', org: 'ragunda', givenName: 'Henrik', familyName: 'Berg', title: 'Kommunchef' },
  { key: 'stromsund', org: 'stromsund', givenName: 'Elin', familyName: 'Sjöberg', title: 'Kommunchef' },
  { key: 'are', org: 'are', givenName: 'Mikael', familyName: 'Strand', title: 'Kommunchef' },
  { key: 'ostersund', org: 'ostersund', givenName: 'Helena', familyName: 'Lund', title: 'Kommundirektör' },
  { key: 'fou', org: 'region', givenName: 'Ingrid', familyName: 'Viklund', title: 'FoU-samordnare' },
  { key: 'social', org: 'ostersund', givenName: 'Daniel', familyName: 'Åström', title: 'Socialchef' },
  { key: 'ifo', org: 'krokom', givenName: 'Linnea', familyName: 'Hedlund', title: 'IFO-chef' },
  {
    key: 'school',
    org: 'are',
    givenName: 'Oskar',
    familyName: 'Wikström',
    title: 'Förvaltningschef barn och utbildning',
  },
  { key: 'learn', org: 'stromsund', givenName: 'Frida', familyName: 'Persson', title: 'Lärcentrumsamordnare' },
  { key: 'lstdir', org: 'lst', givenName: 'Gunnar', familyName: 'Eklund', title: 'Landshövdingens stab' },
] as const;

type Member = { person: string; role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute'; from?: string };
const kommunchefer: Member[] = [
  'berg',
  'bracke',
  'harjedalen',
  'krokom',
  'ragunda',
  'stromsund',
  'are',
  'ostersund',
].map((k) => ({ person: k, role: 'member' }));

export const demoBodies: {
  key: string;
  type: string;
  name: string;
  shortName?: string;
  host: string;
  reportsTo?: string;
  description: string;
  members: Member[];
}[] = [
  {
    key: 'rsr',
    type: 'council',
    name: 'Regionens samverkansråd',
    host: 'region',
    description:
      'Politiskt samverkansråd mellan regionen och länets kommuner; följer upp överenskommelsen årligen och beslutar vid sitt sista sammanträde för året.',
    members: [
      { person: 'rchair', role: 'chair' },
      { person: 'ostersund', role: 'vice_chair' },
      { person: 'rsec', role: 'secretary' },
      ...kommunchefer.filter((m) => m.person !== 'ostersund'),
    ],
  },
  {
    key: 'pks',
    type: 'council',
    name: 'Primärkommunala samverkansrådet',
    host: 'ostersund',
    reportsTo: 'rsr',
    description:
      'Kommunernas gemensamma råd där kommuncheferna enas om en gemensam värdering inför beslut i Regionens samverkansråd.',
    members: [
      { person: 'krokom', role: 'chair' },
      { person: 'bracke', role: 'secretary' },
      ...kommunchefer.filter((m) => m.person !== 'krokom' && m.person !== 'bracke'),
    ],
  },
  {
    key: 'fou',
    type: 'council',
    name: 'FoU-rådet',
    host: 'region',
    reportsTo: 'rsr',
    description: 'Forsknings- och utvecklingsråd för socialtjänst, LSS och kommunal hälso- och sjukvård.',
    members: [
      { person: 'social', role: 'chair' },
      { person: 'fou', role: 'secretary' },
      { person: 'ifo', role: 'member' },
    ],
  },
  {
    key: 'larc',
    type: 'network',
    name: 'Lärcentrasamverkan',
    host: 'region',
    reportsTo: 'rsr',
    description: 'Samverkan mellan länets lärcentra om vuxenutbildning och livslångt lärande.',
    members: [
      { person: 'learn', role: 'chair' },
      { person: 'coord', role: 'secretary' },
    ],
  },
  {
    key: 'socsam',
    type: 'coordination_group',
    name: 'SocSam',
    shortName: 'SocSam',
    host: 'region',
    reportsTo: 'rsr',
    description: 'Samverkansarena för de kommunala frågorna inom social välfärd.',
    members: [
      { person: 'social', role: 'chair' },
      { person: 'fou', role: 'secretary' },
      { person: 'ifo', role: 'member' },
    ],
  },
  {
    key: 'buz',
    type: 'working_group',
    name: 'BUZ',
    shortName: 'BUZ',
    host: 'region',
    reportsTo: 'socsam',
    description: 'Barn och ungdom – samverkan mellan skola, socialtjänst och regionen.',
    members: [
      { person: 'school', role: 'chair' },
      { person: 'fou', role: 'secretary' },
    ],
  },
  {
    key: 'ifo',
    type: 'network',
    name: 'IFO-chefer',
    host: 'region',
    reportsTo: 'socsam',
    description: 'Chefsarena för individ- och familjeomsorgens chefer.',
    members: [
      { person: 'ifo', role: 'chair' },
      { person: 'fou', role: 'secretary' },
    ],
  },
  {
    key: 'fchef',
    type: 'network',
    name: 'Förvaltningschefer',
    host: 'region',
    reportsTo: 'socsam',
    description: 'Chefsarena för vård- och omsorgschefer.',
    members: [{ person: 'social', role: 'chair' }],
  },
  {
    key: 'barn',
    type: 'network',
    name: 'Barnarenan',
    host: 'region',
    reportsTo: 'socsam',
    description:
      'Gemensam arena för skola, kommunal vård och omsorg och regionen. Värderas inte separat (överlappande ledamöter).',
    members: [{ person: 'school', role: 'member' }],
  },
  {
    key: 'svom',
    type: 'steering_group',
    name: 'SVOM',
    shortName: 'SVOM',
    host: 'region',
    reportsTo: 'socsam',
    description:
      'Social, vård och omsorg – gemensam arena för regionen och kommunal vård och omsorg. Värderas inte separat (överlappande ledamöter).',
    members: [{ person: 'social', role: 'member' }],
  },
];
