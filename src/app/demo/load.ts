import type { Db } from '../../platform/db/database.js';
import type { Actor, Role } from '../../policy/policy.js';
import { counties } from '../../counties/schema.js';
import { createOrganisation } from '../../organisations/use-cases.js';
import { createPerson } from '../../people/use-cases.js';
import { insertUser } from '../../auth/index.js';
import { addMember, createBody } from '../../bodies/use-cases.js';
import { importFramework, publishDraft } from '../../goals/use-cases.js';
import { readFrameworkFile } from '../../goals/builtin.js';
import { recordChange } from '../../audit/record.js';
import {
  DEMO_PASSWORD,
  county,
  countyBoard,
  demoBodies,
  demoPeople,
  municipalities,
  region,
  uppsalaCounty,
  uppsalaOrganisations,
} from './county.js';
import { demoRus } from './rus.js';
import { loadDemoAssessments } from './assessments.js';
import { loadDemoAgreements } from './agreements.js';
import { loadDemoFollowup } from './followup.js';
import { loadDemoMeetings003, loadDemoMeetings004 } from './meetings.js';
import { loadDemoIndicators } from './indicators.js';
import { loadDemoStatistics } from './statistics.js';
import { loadDemoGenderReview } from './genderReview.js';

/** Load the demo county into an empty database. Everything goes through the use cases, so it is audited. */
export async function loadDemo(db: Db): Promise<{ email: string; password: string }> {
  const [c] = await db.insert(counties).values(county).returning();
  const system: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    personId: '',
    organisationId: '',
    countyId: c.id,
    role: 'admin',
    name: 'Samsyn (demodata)',
    email: '',
  };
  await recordChange(db, null, {
    action: 'create',
    entityType: 'county',
    entityId: c.id,
    countyId: c.id,
    after: county,
  });

  const orgIds = new Map<string, string>();
  for (const o of [region, countyBoard]) {
    const { key, ...rest } = o;
    orgIds.set(key, (await createOrganisation(db, system, { ...rest, countyId: c.id })).id);
  }
  for (const m of municipalities) {
    const org = await createOrganisation(db, system, {
      countyId: c.id,
      type: 'municipality',
      name: m.name,
      municipalityCode: m.code,
      populations: [
        { year: 2024, population: m.population, asOf: '2024-12-31', source: 'SCB, folkmängd 31 december 2024' },
      ],
    });
    orgIds.set(m.key, org.id);
  }

  const personIds = new Map<string, string>();
  let adminActor: Actor = system;
  const userIds = new Map<string, string>();
  for (const p of demoPeople) {
    // Everyone gets a fictional address, so bodies' chairs and secretaries can be sent questionnaires.
    const ascii = (x: string) =>
      x
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '');
    const email = 'email' in p ? p.email : `${ascii(p.givenName)}.${ascii(p.familyName)}@demo.samsyn.example`;
    const person = await createPerson(db, system, {
      organisationId: orgIds.get(p.org)!,
      givenName: p.givenName,
      familyName: p.familyName,
      title: p.title,
      email,
    });
    personIds.set(p.key, person.id);
    if ('role' in p) {
      const user = await db.transaction((tx) =>
        insertUser(tx, system, { personId: person.id, email: p.email, role: p.role as Role, password: DEMO_PASSWORD }),
      );
      userIds.set(p.key, user.id);
      if (p.role === 'admin')
        adminActor = { ...system, userId: user.id, personId: person.id, organisationId: person.organisationId };
    }
  }

  const bodyIds = new Map<string, string>();
  for (const b of demoBodies) {
    const body = await createBody(db, adminActor, {
      organisationId: orgIds.get(b.host)!,
      type: b.type as never,
      name: b.name,
      shortName: b.shortName ?? null,
      description: b.description,
      reportsToId: b.reportsTo ? bodyIds.get(b.reportsTo)! : null,
    });
    bodyIds.set(b.key, body.id);
    for (const m of b.members) {
      await addMember(db, adminActor, body.id, {
        personId: personIds.get(m.person)!,
        role: m.role,
        startDate: m.from ?? '2023-01-01',
      });
    }
  }

  const rus = await importFramework(db, adminActor, demoRus, {
    ownerOrganisationId: orgIds.get('region'),
    shared: true,
  });
  const rusPublished = await publishDraft(db, adminActor, rus.id, rus.version, 'Första versionen');
  // Uppsala's council framework belongs to Länsstyrelsen i Uppsala län, in its own county.
  const [u] = await db.insert(counties).values(uppsalaCounty).returning();
  await recordChange(db, null, {
    action: 'create',
    entityType: 'county',
    entityId: u.id,
    countyId: u.id,
    after: uppsalaCounty,
  });
  for (const o of uppsalaOrganisations) {
    const { key, ...rest } = o;
    orgIds.set(key, (await createOrganisation(db, system, { ...rest, countyId: u.id })).id);
  }
  const uppsala = readFrameworkFile('uppsala-priorities.json');
  const pri = await importFramework(db, adminActor, uppsala, {
    ownerOrganisationId: orgIds.get('lst_uppsala'),
    shared: true,
  });
  await publishDraft(db, adminActor, pri.id, pri.version, null);

  const coordinator = demoPeople.find((p) => p.key === 'coord')!;
  const coordActor: Actor = {
    ...adminActor,
    userId: userIds.get('coord')!,
    role: 'coordinator',
    name: `${coordinator.givenName} ${coordinator.familyName}`,
    personId: personIds.get('coord')!,
  };
  await loadDemoAssessments(db, coordActor, {
    region: orgIds.get('region')!,
    orgs: orgIds,
    bodies: bodyIds,
    people: personIds,
    rusVersionId: rusPublished.currentVersionId!,
  });

  const template = await loadDemoAgreements(db, coordActor, {
    region: orgIds.get('region')!,
    orgs: orgIds,
    people: personIds,
  });
  await loadDemoFollowup(db, coordActor, { templateId: template.id, orgs: orgIds, bodies: bodyIds, people: personIds });
  // Seeds 003 and 004: the region's meetings run by the coordinator; Region Halland in its own county.
  await loadDemoMeetings003(db, coordActor, { region: orgIds.get('region')!, council: bodyIds.get('rsr')! });
  await loadDemoMeetings004(db, system);
  // Issue 13: an indicator set tied to the gender equality sub-goals, on the demo's KPIs.
  await loadDemoIndicators(db, coordActor, orgIds.get('region')!);
  // Seed 004: Region Halland's 2019 gender review of its governing documents.
  await loadDemoGenderReview(db, system);
  // Issue 13: the county's key figures through the real Kolada import, from the recorded demo answer.
  await loadDemoStatistics(db, coordActor);

  return { email: demoPeople[0].email, password: DEMO_PASSWORD };
}
