import type { Db } from '../platform/db/database.js';
import type { Actor, Role } from '../policy/policy.js';
import { counties } from '../counties/schema.js';
import { createOrganisation } from '../organisations/use-cases.js';
import { createPerson } from '../people/use-cases.js';
import { insertUser } from '../auth/index.js';
import { PASSWORD } from './harness.js';

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export const systemActor = (countyId: string): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  personId: '',
  organisationId: '',
  countyId,
  role: 'admin',
  name: 'test setup',
  email: '',
});

export async function makeCounty(db: Db, name = 'Testlän') {
  const [c] = await db
    .insert(counties)
    .values({ code: uniq().slice(-6), name })
    .returning();
  return c;
}

export async function makeOrganisation(
  db: Db,
  countyId: string,
  extra: Partial<Parameters<typeof createOrganisation>[2]> = {},
) {
  return createOrganisation(db, systemActor(countyId), {
    countyId,
    type: 'region',
    name: `Organisation ${uniq()}`,
    ...extra,
  });
}

export async function makeUser(
  db: Db,
  organisationId: string,
  countyId: string,
  role: Role,
  email = `${role}-${uniq()}@test.example`,
) {
  const person = await createPerson(db, systemActor(countyId), {
    organisationId,
    givenName: 'Test',
    familyName: `${role} ${uniq()}`,
    email,
  });
  const user = await db.transaction((tx) =>
    insertUser(tx, null, { personId: person.id, email, role, password: PASSWORD }),
  );
  return { person, user, email };
}

/**
 * Two counties; in the first a region (A) and a municipality (B); one user per role in A, a member
 * in B and a coordinator in the other county.
 */
export async function world(db: Db) {
  const county = await makeCounty(db, 'Testlän');
  const other = await makeCounty(db, 'Annat län');
  const orgA = await makeOrganisation(db, county.id, { name: 'Region Test', type: 'region' });
  const orgB = await makeOrganisation(db, county.id, {
    name: 'Testby kommun',
    type: 'municipality',
    municipalityCode: String(1000 + (seq++ % 8999)).padStart(4, '0'),
  });
  const orgX = await makeOrganisation(db, other.id, { name: 'Region Annan', type: 'region' });
  const admin = await makeUser(db, orgA.id, county.id, 'admin');
  const coordinator = await makeUser(db, orgA.id, county.id, 'coordinator');
  const member = await makeUser(db, orgA.id, county.id, 'member');
  const reader = await makeUser(db, orgA.id, county.id, 'reader');
  const memberB = await makeUser(db, orgB.id, county.id, 'member');
  const otherCoordinator = await makeUser(db, orgX.id, other.id, 'coordinator');
  return { county, other, orgA, orgB, orgX, admin, coordinator, member, reader, memberB, otherCoordinator };
}
