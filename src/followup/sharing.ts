import type { Services } from '../platform/context.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { queueMails } from '../platform/mail/outbox.js';
import type { Mail } from '../platform/mail/mailer.js';
import { authorize, type Actor } from '../policy/policy.js';
import { followupCycles } from './schema.js';
import { findCycleRow, partiesOf, type CycleRow } from './repository.js';
import { advanceMilestone, currentCycle, cyclePlace, cycleTarget } from './access.js';
import { getCycle } from './cycles.js';
import { compilationSharedMail } from './mail.js';

/**
 * Share the compilation with the municipalities (seed 003: at the start of November): each
 * municipality's contact person in the agreement gets a mail with the link, and the milestone is
 * reached. Sharing again (after late answers) mails again. The mails are queued in the outbox in
 * the sharing's transaction.
 */
export async function shareCompilation(services: Services, actor: Actor | undefined, id: string, version: number) {
  const db = services.database.db;
  let cycle: CycleRow | undefined;
  let mails: Mail[] = [];
  await change(db, {
    entity: 'followup',
    action: 'publish',
    load: async (tx) => (cycle = await findCycleRow(tx, id)),
    authorise: (c) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: () => null,
    apply: async (tx, c, a) => {
      await saveVersioned(tx, {
        table: followupCycles,
        entity: 'follow-up',
        id,
        expectedVersion: version,
        values: {},
        present: currentCycle(a, id),
      });
      const url = `${services.config.publicUrl}/followup/${id}?tab=compilation`;
      mails = (await partiesOf(tx, c.templateId))
        .filter((p) => p.contactEmail)
        .map((p) => compilationSharedMail({ name: p.contactName, email: p.contactEmail! }, p.name, c, url));
      await advanceMilestone(tx, a, c, 'compilation_shared', 'done');
      await queueMails(tx, mails);
      return id;
    },
    present: async () => ({ compilationSharedWith: mails.map((m) => m.to) }),
    place: () => cyclePlace(cycle!),
  });
  return getCycle(db, actor, id);
}
