/** What waits for a person in the agreements (issue 10 item 12): read by the overview through the face. */
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { scopeFor, scopeWhere } from '../policy/scope.js';
import { organisationNames } from '../organisations/index.js';
import { workList, type WorkItem, type WorkList, type WorkQuery } from '../overview/contract.js';
import { agreements, notices, signatures } from './schema.js';
import { renewalTerms, termsOf } from './repository.js';
import { addYears, agreementStatus, compareDates, periods, type IsoDate } from './rules/index.js';

export interface AgreementWork {
  /** Notice deadlines (the last day a notice must have arrived to end a period) from today to the horizon. */
  noticeDeadlines: WorkList;
}

/**
 * Agreements whose next notice deadline falls between today and `until`: not terminated and
 * without a registered notice, in the policy's scope (the county's; a member's: those their
 * organisation is a party to or issued). Four queries and one per template, whatever the number
 * of agreements.
 */
export async function agreementWorkFor(db: Executor, actor: Actor, q: WorkQuery): Promise<AgreementWork> {
  const own = q.organisationId
    ? or(eq(agreements.organisationId, q.organisationId), eq(agreements.issuerId, q.organisationId))
    : undefined;
  const rows = await db
    .select()
    .from(agreements)
    .where(
      and(
        scopeWhere(scopeFor(actor, 'agreement'), { countyId: agreements.countyId }),
        own,
        isNull(agreements.terminatedAt),
        isNull(agreements.noticeEndsAt),
      ),
    );
  if (!rows.length) return { noticeDeadlines: workList([], q.limit) };
  const ids = rows.map((r) => r.id);
  const noticed = new Set(
    (await db.select({ id: notices.agreementId }).from(notices).where(inArray(notices.agreementId, ids))).map(
      (n) => n.id,
    ),
  );
  const signed = await db
    .select({ agreementId: signatures.agreementId, party: signatures.party, signedOn: signatures.signedOn })
    .from(signatures)
    .where(inArray(signatures.agreementId, ids));
  const parties = await organisationNames(db, [...new Set(rows.map((r) => r.organisationId))]);
  const today = q.today as IsoDate;
  const until = q.until as IsoDate;
  const termsBy = new Map<string, Awaited<ReturnType<typeof termsOf>>['terms']>();
  for (const templateId of new Set(rows.map((r) => r.templateId)))
    termsBy.set(templateId, (await termsOf(db, templateId)).terms);

  const items: WorkItem[] = [];
  for (const r of rows) {
    if (noticed.has(r.id)) continue;
    const terms = termsBy.get(r.templateId)!;
    const renewal = renewalTerms(terms);
    const deadline = periods(renewal, addYears(until, 1)).find(
      (p) => compareDates(p.noticeDeadline, today) >= 0 && compareDates(p.noticeDeadline, until) <= 0,
    )?.noticeDeadline;
    if (!deadline) continue;
    const status = agreementStatus(
      {
        signatures: (['issuer', 'party'] as const).map((party) => ({
          party,
          signedOn: (signed.find((s) => s.agreementId === r.id && s.party === party)?.signedOn ??
            null) as IsoDate | null,
        })),
        terms: renewal,
        terminatedAt: null,
        noticeEndsAt: null,
      },
      today,
    );
    if (status.status === 'ended') continue;
    items.push({
      kind: 'notice',
      key: r.id,
      title: r.title ?? terms.title,
      titleEn: null,
      context: parties.get(r.organisationId)?.name ?? null,
      dueDate: deadline,
      state: status.status,
      step: null,
      milestone: null,
      response: null,
      link: { kind: 'agreement', id: r.id },
    });
  }
  items.sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || (a.context ?? '').localeCompare(b.context ?? '', 'sv'));
  return { noticeDeadlines: workList(items, q.limit) };
}

/** The templates under which an organisation has an agreement (as party or issuer): the follow-ups it takes part in. */
export async function templatesJoinedBy(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ templateId: agreements.templateId })
    .from(agreements)
    .where(or(eq(agreements.organisationId, organisationId), eq(agreements.issuerId, organisationId)));
  return rows.map((r) => r.templateId);
}
