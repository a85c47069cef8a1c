import type { Services } from '../platform/context.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { queueMails } from '../platform/mail/outbox.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { followupCycles } from './schema.js';
import { partiesOf } from './repository.js';
import { advanceMilestone, auditOf, cycleFor, getCycle } from './cycles.js';
import { compilationSharedMail } from './mail.js';

/**
 * Share the compilation with the municipalities (seed 003: at the start of November): each
 * municipality's contact person in the agreement gets a mail with the link, and the milestone is
 * reached. Sharing again (after late answers) mails again. The mails are queued in the outbox in
 * the sharing's transaction.
 */
export async function shareCompilation(services: Services, actor: Actor | undefined, id: string, version: number) {
  const db = services.database.db;
  await db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
    await updateVersioned(tx, followupCycles, 'follow-up', id, version, {});
    const url = `${services.config.publicUrl}/followup/${id}?tab=compilation`;
    const out = (await partiesOf(tx, c.templateId))
      .filter((p) => p.contactEmail)
      .map((p) => compilationSharedMail({ name: p.contactName, email: p.contactEmail! }, p.name, c, url));
    await advanceMilestone(tx, a, c, 'compilation_shared', 'done');
    await recordChange(tx, a, {
      action: 'publish',
      ...auditOf(c),
      after: { compilationSharedWith: out.map((m) => m.to) },
    });
    await queueMails(tx, out);
  });
  return getCycle(db, actor, id);
}
