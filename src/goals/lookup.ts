/**
 * What other capabilities read of frameworks: their versions and items, by id, in one query
 * whatever their number (the assessments show and check goals through these).
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../platform/db/database.js';
import { frameworkItems, frameworks, frameworkVersions } from './schema.js';

/** A goal or target of a framework version, with its framework's key and kind and its parent's code. */
export interface FrameworkItemInfo {
  id: string;
  versionId: string;
  frameworkId: string;
  frameworkKey: string;
  frameworkKind: string;
  code: string;
  level: string;
  name: { sv: string; en: string };
  parentCode: string | null;
  color: string | null;
  sort: number;
}

/** A framework version with what is needed to show and to authorise its use. */
export interface FrameworkVersionInfo {
  versionId: string;
  versionNumber: number;
  status: string;
  frameworkId: string;
  key: string;
  kind: string;
  name: { sv: string; en: string };
  countyId: string | null;
  ownerOrganisationId: string | null;
  shared: boolean;
  builtin: boolean;
}

const parent = alias(frameworkItems, 'parent_item');

const itemsWhere = async (db: Executor, where: ReturnType<typeof inArray>): Promise<FrameworkItemInfo[]> => {
  const rows = await db
    .select({
      item: frameworkItems,
      parentCode: parent.code,
      key: frameworks.key,
      kind: frameworks.kind,
      fid: frameworks.id,
    })
    .from(frameworkItems)
    .leftJoin(parent, eq(parent.id, frameworkItems.parentId))
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(where);
  return rows.map((r) => ({
    id: r.item.id,
    versionId: r.item.versionId,
    frameworkId: r.fid,
    frameworkKey: r.key,
    frameworkKind: r.kind,
    code: r.item.code,
    level: r.item.level,
    name: { sv: r.item.nameSv, en: r.item.nameEn },
    parentCode: r.parentCode,
    color: r.item.color,
    sort: r.item.sort,
  }));
};

/** Framework items by id (unknown ids are left out). */
export async function frameworkItemsById(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, FrameworkItemInfo>> {
  if (!ids.length) return new Map();
  const rows = await itemsWhere(db, inArray(frameworkItems.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every item of these framework versions. */
export async function itemsOfVersions(db: Executor, versionIds: readonly string[]): Promise<FrameworkItemInfo[]> {
  if (!versionIds.length) return [];
  return itemsWhere(db, inArray(frameworkItems.versionId, [...new Set(versionIds)]));
}

/** Framework versions by id, with their framework (unknown ids are left out). */
export async function frameworkVersionsById(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, FrameworkVersionInfo>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ v: frameworkVersions, f: frameworks })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(inArray(frameworkVersions.id, [...new Set(ids)]));
  return new Map(
    rows.map(({ v, f }) => [
      v.id,
      {
        versionId: v.id,
        versionNumber: v.number,
        status: v.status,
        frameworkId: f.id,
        key: f.key,
        kind: f.kind,
        name: { sv: f.nameSv, en: f.nameEn },
        countyId: f.countyId,
        ownerOrganisationId: f.ownerOrganisationId,
        shared: f.shared,
        builtin: f.builtin,
      },
    ]),
  );
}

/** The id of the framework with this key (e.g. 'agenda2030'), or null. */
export async function frameworkIdByKey(db: Executor, key: string): Promise<string | null> {
  const [r] = await db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.key, key));
  return r?.id ?? null;
}

/** The newest published version of a framework, or null when none is published. */
export async function currentPublishedVersion(db: Executor, frameworkId: string): Promise<string | null> {
  const [v] = await db
    .select({ id: frameworkVersions.id })
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkId, frameworkId), eq(frameworkVersions.status, 'published')))
    .orderBy(desc(frameworkVersions.number))
    .limit(1);
  return v?.id ?? null;
}

/**
 * For set-based queries of other capabilities over many rated items (e.g. a programme's thousands
 * of impacts grouped per goal): a derived table of every Agenda 2030 item (`itemId`) and the goal it
 * belongs to (`goal`: its own code for a goal, its parent's for a target), to join on the caller's
 * item column, so the grouping stays in the database without the caller reading these tables.
 */
export function agenda2030Goals(db: Executor) {
  return db
    .select({
      itemId: frameworkItems.id,
      goal: sql<string>`coalesce(${parent.code}, split_part(${frameworkItems.code}, '.', 1))`.as('goal'),
    })
    .from(frameworkItems)
    .leftJoin(parent, eq(parent.id, frameworkItems.parentId))
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworks.kind, 'agenda2030'))
    .as('agenda2030_goals');
}
