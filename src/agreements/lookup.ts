/** What other capabilities read of agreements: a template's terms and its parties (the follow-up reads these). */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { agreementTemplates, agreements, contacts, type TemplateTerms } from './schema.js';

/** An agreement template: where it lives and its current terms. */
export async function templateTerms(
  db: Executor,
  templateId: string,
): Promise<{ id: string; countyId: string; organisationId: string; terms: TemplateTerms }> {
  const [t] = await db
    .select({
      id: agreementTemplates.id,
      countyId: agreementTemplates.countyId,
      organisationId: agreementTemplates.organisationId,
      terms: agreementTemplates.terms,
    })
    .from(agreementTemplates)
    .where(eq(agreementTemplates.id, templateId));
  if (!t) throw notFound('agreement template', templateId);
  return t;
}

/**
 * The main agreements (not supplements) issued from a template, oldest first, each with its
 * party's current contact person (the latest valid from, then the latest written), in two queries.
 */
export async function mainAgreementsOf(
  db: Executor,
  templateId: string,
): Promise<{ agreementId: string; organisationId: string; contactName: string | null; contactEmail: string | null }[]> {
  const rows = await db
    .select({ agreementId: agreements.id, organisationId: agreements.organisationId })
    .from(agreements)
    .where(and(eq(agreements.templateId, templateId), isNull(agreements.parentId)))
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
  const ids = rows.map((r) => r.agreementId);
  const cs = ids.length
    ? await db
        .select({ agreementId: contacts.agreementId, name: contacts.name, email: contacts.email })
        .from(contacts)
        .where(and(inArray(contacts.agreementId, ids), eq(contacts.party, 'party')))
        .orderBy(desc(contacts.validFrom), desc(contacts.createdAt))
    : [];
  return rows.map((r) => {
    const c = cs.find((x) => x.agreementId === r.agreementId);
    return { ...r, contactName: c?.name ?? null, contactEmail: c?.email ?? null };
  });
}
