import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { createPerson } from '../people/index.js';
import { addMember, createBody } from '../bodies/index.js';
import { systemActor } from '../test/factories.js';
import { decodeQuotedPrintable, type ReceivedMail } from '../test/smtp.js';
import { swedishToday } from './repository.js';

/** Helpers for the survey integration tests (not used by the application). */
export const today = () => swedishToday();
export const daysFromToday = (n: number) =>
  new Date(Date.parse(`${today()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const submissionId = () => randomUUID();

let seq = 0;
export async function makePerson(
  db: Db,
  countyId: string,
  organisationId: string,
  given: string,
  email: string | null = `${given.toLowerCase()}-${seq++}-${Date.now().toString(36)}@kommun.test`,
) {
  return createPerson(db, systemActor(countyId), { organisationId, givenName: given, familyName: 'Testsson', email });
}

/** A collaboration body with the given members (role → person id), from the start of this year. */
export async function makeBody(
  db: Db,
  countyId: string,
  organisationId: string,
  name: string,
  members: [string, 'chair' | 'secretary' | 'member'][],
) {
  const body = await createBody(db, systemActor(countyId), { organisationId, type: 'network', name });
  for (const [personId, role] of members)
    await addMember(db, systemActor(countyId), body.id, { personId, role, startDate: `${today().slice(0, 4)}-01-01` });
  return body;
}

/** The answering links in the mails to one address, oldest first. */
export function tokensFor(received: ReceivedMail[], email: string): string[] {
  return received
    .filter((m) => m.to.includes(email))
    .flatMap((m) => [...decodeQuotedPrintable(m.raw).matchAll(/\/svar\/([A-Za-z0-9_-]{43})/g)].map((x) => x[1]));
}

export const seedAnswers = {
  q1: 'largely',
  q2: 'mostly_satisfied',
  q3: 'satisfied',
  q4: 'not_quite_satisfied',
  q5: 'satisfied',
  q6: 'Mer tid för förankring i kommunerna.',
};
