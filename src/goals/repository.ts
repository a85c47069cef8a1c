import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisationNames } from '../organisations/index.js';
import { frameworkItems, frameworks, frameworkVersions } from './schema.js';
import type { Framework, FrameworkRecord, Item, ItemInput, VersionInfo } from './contract.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import { buildTree, flattenItems, type StoredItem } from './rules.js';

type Row = typeof frameworks.$inferSelect;

async function versionsOf(db: Executor, ids: string[]): Promise<Map<string, VersionInfo[]>> {
  const map = new Map<string, VersionInfo[]>();
  if (!ids.length) return map;
  const rows = await db
    .select({
      v: frameworkVersions,
      itemCount: sql<number>`(select count(*)::int from framework_items i where i.version_id = framework_versions.id)`,
    })
    .from(frameworkVersions)
    .where(inArray(frameworkVersions.frameworkId, ids))
    .orderBy(desc(frameworkVersions.number));
  for (const { v, itemCount } of rows) {
    const list = map.get(v.frameworkId) ?? [];
    list.push({
      id: v.id,
      number: v.number,
      status: v.status as VersionInfo['status'],
      note: v.note,
      createdAt: v.createdAt.toISOString(),
      publishedAt: v.publishedAt?.toISOString() ?? null,
      itemCount: Number(itemCount),
    });
    map.set(v.frameworkId, list);
  }
  return map;
}

function present(r: Row, ownerName: string | null, versions: VersionInfo[]): FrameworkRecord {
  return {
    id: r.id,
    key: r.key,
    kind: r.kind as Framework['kind'],
    builtin: r.builtin,
    countyId: r.countyId,
    ownerOrganisationId: r.ownerOrganisationId,
    ownerOrganisationName: ownerName,
    shared: r.shared,
    name: { sv: r.nameSv, en: r.nameEn },
    description: { sv: r.descriptionSv ?? '', en: r.descriptionEn ?? '' },
    source: { sv: r.sourceSv ?? '', en: r.sourceEn ?? '' },
    versions,
    currentVersionId: versions.find((v) => v.status === 'published')?.id ?? null,
    draftVersionId: versions.find((v) => v.status === 'draft')?.id ?? null,
    archived: r.archivedAt != null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The names of the frameworks' owning organisations (built-in frameworks have none), by organisation id. */
const ownerNames = (db: Executor, rows: Row[]) =>
  organisationNames(
    db,
    rows.flatMap((r) => (r.ownerOrganisationId ? [r.ownerOrganisationId] : [])),
  );
const ownerName = (names: Map<string, { name: string }>, r: Row) =>
  r.ownerOrganisationId ? (names.get(r.ownerOrganisationId)?.name ?? null) : null;

export async function findFramework(db: Executor, id: string): Promise<FrameworkRecord> {
  const [r] = await db.select().from(frameworks).where(eq(frameworks.id, id));
  if (!r) throw notFound('framework', id);
  return present(r, ownerName(await ownerNames(db, [r]), r), (await versionsOf(db, [id])).get(id) ?? []);
}

export async function findFrameworkByKey(db: Executor, key: string): Promise<FrameworkRecord | null> {
  const [r] = await db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.key, key));
  return r ? findFramework(db, r.id) : null;
}

/** The frameworks this scope may see (built-in ones, and the county's shared ones and own drafts): a page of them. */
export async function listFrameworks(
  db: Executor,
  scope: Scope,
  where: SQL | undefined,
  q: { status: 'active' | 'archived' | 'all'; limit: number; offset: number },
): Promise<{ items: FrameworkRecord[]; total: number }> {
  const cond = and(
    scopeWhere(scope, {
      countyId: frameworks.countyId,
      organisationId: frameworks.ownerOrganisationId,
      shared: frameworks.shared,
      nullCountyIsBuiltin: true,
    }),
    where,
    q.status === 'active'
      ? isNull(frameworks.archivedAt)
      : q.status === 'archived'
        ? isNotNull(frameworks.archivedAt)
        : undefined,
  );
  const rows = await db
    .select()
    .from(frameworks)
    .where(cond)
    .orderBy(desc(frameworks.builtin), asc(frameworks.nameSv), asc(frameworks.id))
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(frameworks).where(cond);
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await ownerNames(db, rows);
  return { items: rows.map((r) => present(r, ownerName(names, r), versions.get(r.id) ?? [])), total };
}

export async function loadItems(db: Executor, versionId: string): Promise<StoredItem[]> {
  return db
    .select()
    .from(frameworkItems)
    .where(eq(frameworkItems.versionId, versionId))
    .orderBy(asc(frameworkItems.sort));
}

export async function loadTree(db: Executor, versionId: string): Promise<Item[]> {
  return buildTree(await loadItems(db, versionId));
}

/** Replace all items of a (draft) version. Parents are inserted before their children. */
export async function writeItems(db: Executor, versionId: string, items: ItemInput[]) {
  const flat = flattenItems(items);
  await db.delete(frameworkItems).where(eq(frameworkItems.versionId, versionId));
  const ids = new Map<number, string>();
  const chunk = 500;
  for (let i = 0; i < flat.length; i += chunk) {
    const part = flat.slice(i, i + chunk).map((f) => ({ ...f, id: crypto.randomUUID() }));
    part.forEach((p) => ids.set(p.key, p.id));
    await db.insert(frameworkItems).values(
      part.map(({ key: _k, parentKey, ...p }) => ({
        ...p,
        versionId,
        parentId: parentKey == null ? null : ids.get(parentKey)!,
      })),
    );
  }
  return flat.length;
}

export async function addVersion(
  db: Executor,
  frameworkId: string,
  number: number,
  items: ItemInput[],
  status: 'draft' | 'published',
  note?: string | null,
) {
  const [v] = await db
    .insert(frameworkVersions)
    .values({
      frameworkId,
      number,
      status,
      note: note ?? null,
      publishedAt: status === 'published' ? new Date() : null,
    })
    .returning();
  await writeItems(db, v.id, items);
  return v;
}
