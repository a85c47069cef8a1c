import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { createSeries, setIndexValue } from '../../agreements/index-series.js';
import { createTemplate, issueTemplate } from '../../agreements/templates.js';
import { addContact, sign } from '../../agreements/instances.js';
import { municipalities } from './county.js';

/** Example LPIX values — clearly not the real index, which users enter from SKR's publications. */
const EXAMPLE_LPIX: [number, number, boolean][] = [
  [2016, 270, false],
  [2017, 310, false],
  [2018, 290, false],
  [2019, 280, false],
  [2020, 160, false],
  [2021, 240, false],
  [2022, 480, false],
  [2023, 520, false],
  [2024, 330, false],
  [2025, 290, false],
  [2026, 270, true],
  [2027, 260, true],
];

/**
 * The agreement of seed 003 issued to all eight municipalities: 2015-01-01–2017-12-31, extended
 * three years at a time, twelve months' notice, compensation from 2014-11-01 adjusted by LPIX from
 * 2016, paid to bankgiro 269-0071. Bräcke's 443 000 kr a year is the seed's figure; the others get
 * the same amount per inhabitant (the county total split by population).
 */
export async function loadDemoAgreements(
  db: Db,
  actor: Actor,
  ids: { region: string; orgs: Map<string, string>; people: Map<string, string> },
) {
  const lpix = await createSeries(db, actor, {
    name: 'LPIX',
    description: 'Landstingsprisindex. Demovärdena är exempel, inte verkliga LPIX-värden.',
  });
  for (const [year, bp, preliminary] of EXAMPLE_LPIX) {
    await setIndexValue(db, actor, lpix.id, year, {
      basisPoints: bp,
      source: 'Exempelvärde (ej verkligt LPIX)',
      preliminary,
    });
  }
  const template = await createTemplate(db, actor, {
    organisationId: ids.region,
    terms: {
      title: 'Överenskommelse om samverkan om regionalt samarbete',
      purpose:
        'Syftet med överenskommelsen är att tillsammans stärka den regionala utvecklingen med utgångspunkt från den regionala utvecklingsstrategin (RUS).',
      insightClause:
        'Regionen ska till kommunen lämna ut sådan information som begärs för att kunna bedöma om detta avtal fullföljs.',
      followUpClause:
        'Överenskommelsen om samverkan ska följas upp årligen i Regionens samverkansråd och enskilt med kommunen.',
      disputeClause:
        'Tvister om tolkningen av detta avtal ska i första hand lösas inom Regionens samverkansråd. Om parterna inte är överens om utförandet av uppdraget har kommunen rätt att hålla inne delar av eller hela ersättningen tills en överenskommelse nåtts. Innehållen ersättning ska högst vara 50 % av den ersättning som avser det omtvistade området.',
      documents: ['Samverkansavtal (detta dokument)', 'Överenskommelse mellan Region Jämtland Härjedalen och kommunen'],
      areas: [
        { code: 'A', name: 'Kompetens och kunskapsutveckling', basisPoints: 2500 },
        { code: 'B', name: 'Social inkludering och ett sunt liv', basisPoints: 2500 },
        { code: 'C', name: 'Resurssnålare och effektivare', basisPoints: 2000 },
        { code: 'D', name: 'Övergripande regional utveckling', basisPoints: 3000 },
      ],
      validFrom: '2015-01-01',
      validTo: '2017-12-31',
      extensionYears: 3,
      noticeMonths: 12,
      reminderDays: 60,
      indexSeriesId: lpix.id,
      indexFromYear: 2016,
      compensationStart: '2014-11-01',
      bankgiro: '269-0071',
    },
  });
  const bracke = municipalities.find((m) => m.key === 'bracke')!;
  const total = municipalities.reduce((n, m) => n + m.population, 0);
  const countyTotalOre = Math.round((44_300_000 * total) / bracke.population);
  const issued = await issueTemplate(db, actor, template.id, {
    municipalities: municipalities.map((m) => ({
      organisationId: ids.orgs.get(m.key)!,
      ...(m.key === 'bracke' ? { yearlyAmountOre: 44_300_000 } : {}),
    })),
    split: { countyTotalOre, populationYear: 2024 },
  });
  const contactOf = new Map([
    ['bracke', ['Anna Forsberg', 'Kommunchef']],
    ['ostersund', ['Helena Lund', 'Kommundirektör']],
    ['krokom', ['Maria Nyström', 'Kommunchef']],
  ]);
  for (const a of issued) {
    const key = municipalities.find((m) => ids.orgs.get(m.key) === a.party.id)!.key;
    await sign(db, actor, a.id, 'issuer', {
      signatories: ['Kommunalråd (fiktivt)', 'Regiondirektör (fiktivt)'],
      place: 'Östersund',
      signedOn: '2014-12-08',
    });
    await sign(db, actor, a.id, 'party', {
      signatories: ['Kommunstyrelsens ordförande (fiktivt)', 'Kommunchef (fiktivt)'],
      place: a.party.name.replace(/s? kommun$/, ''),
      signedOn: '2014-12-10',
    });
    await addContact(db, actor, a.id, {
      party: 'issuer',
      name: 'Johan Lindqvist',
      title: 'Regional utvecklingsstrateg',
      email: 'samordnare@samsyn.example',
      phone: '063-14 00 00',
      validFrom: '2014-12-08',
    });
    const [name, title] = contactOf.get(key) ?? ['Kommunchef', 'Kommunchef'];
    await addContact(db, actor, a.id, {
      party: 'party',
      name,
      title,
      email: `kommunchef.${key}@samsyn.example`,
      validFrom: '2014-12-08',
    });
  }
  return template;
}
