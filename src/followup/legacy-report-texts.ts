import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { markdownToRichDoc } from '../documents/index.js';
import { activityReports } from './schema.js';

/**
 * The data step of migration 0009: activity reports written before the editor were restricted Markdown,
 * which the SQL migration kept as JSON strings. Each such row becomes the rich-text tree, read by the
 * documents module's Markdown reader. Runs at every start, right after the SQL migrations; a row that is a
 * tree already is left alone, so it is safe to run again (and on two servers at once: each row is
 * converted only while it is still a string). It changes the format, not the text, so neither the
 * version nor the audit trail moves. Returns how many rows it converted.
 */
export async function convertLegacyReportTexts(db: Db): Promise<number> {
  const isString = sql`jsonb_typeof(${activityReports.body}) = 'string'`;
  const rows = await db
    .select({ id: activityReports.id, markdown: sql<string>`${activityReports.body} #>> '{}'` })
    .from(activityReports)
    .where(isString);
  let converted = 0;
  for (const r of rows) {
    const done = await db
      .update(activityReports)
      .set({ body: markdownToRichDoc(r.markdown) })
      .where(and(eq(activityReports.id, r.id), isString))
      .returning({ id: activityReports.id });
    converted += done.length;
  }
  return converted;
}
