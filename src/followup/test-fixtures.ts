import type { Db } from '../platform/db/database.js';
import { createTemplate, issueTemplate } from '../agreements/index.js';
import { addContact } from '../agreements/index.js';
import { makeOrganisation, systemActor } from '../test/factories.js';

/** Helpers for the follow-up tests (not used by the application). */
export const areas = [
  { code: 'A', name: 'Kompetens och kunskapsutveckling', basisPoints: 5000 },
  { code: 'B', name: 'Social inkludering och ett sunt liv', basisPoints: 5000 },
];

/**
 * The region's agreements issued to the municipalities given (each with a contact person with an
 * address), plus a second municipality without users.
 */
export async function makeAgreements(db: Db, countyId: string, regionId: string, municipalityIds: string[]) {
  const actor = systemActor(countyId);
  const t = await createTemplate(db, actor, {
    organisationId: regionId,
    terms: {
      title: 'Överenskommelse om samverkan om regionalt samarbete',
      purpose: null,
      insightClause: null,
      followUpClause: 'Följs upp årligen.',
      disputeClause: null,
      documents: ['Avtalet'],
      areas,
      validFrom: '2015-01-01',
      validTo: '2017-12-31',
      extensionYears: 3,
      noticeMonths: 12,
      reminderDays: 60,
      compensationStart: '2015-01-01',
      bankgiro: '269-0071',
    },
  });
  const issued = await issueTemplate(db, actor, t.id, {
    municipalities: municipalityIds.map((organisationId) => ({ organisationId, yearlyAmountOre: 10_000_000 })),
  });
  for (const a of issued)
    await addContact(db, actor, a.id, {
      party: 'party',
      name: `Kontakt ${a.party.name}`,
      email: `kontakt-${a.party.id.slice(0, 8)}@kommun.test`,
      validFrom: '2015-01-01',
    });
  return { template: t, issued };
}

export const makeMunicipality = (db: Db, countyId: string, name: string, code: string) =>
  makeOrganisation(db, countyId, { name, type: 'municipality', municipalityCode: code });
