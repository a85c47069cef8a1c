import { and, eq, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import { frameworks, frameworkVersions } from './schema.js';
import type { CreateFramework, Framework, FrameworkFile, ItemInput, UpdateFramework } from './contract.js';
import {
  addVersion,
  findFramework,
  findFrameworkByKey,
  listFrameworks,
  loadItems,
  loadTree,
  writeItems,
} from './repository.js';
import { matches, toInput } from './rules.js';

const target = (f: Framework) => ({
  countyId: f.countyId,
  organisationId: f.ownerOrganisationId,
  shared: f.shared,
  builtin: f.builtin,
});
const audit = (f: Framework) => ({
  entityType: 'framework',
  entityId: f.id,
  countyId: f.countyId,
  organisationId: f.ownerOrganisationId,
});

export async function readableFramework(db: Executor, actor: Actor | undefined, id: string) {
  const f = await findFramework(db, id);
  authorize(actor, 'read', 'framework', target(f));
  return f;
}

export async function searchFrameworks(
  db: Db,
  actor: Actor | undefined,
  q: { q?: string; kind?: Framework['kind']; status: 'active' | 'archived' | 'all' },
) {
  const a = authorize(actor, 'read', 'framework');
  const visible =
    a.role === 'admin'
      ? undefined
      : or(
          eq(frameworks.builtin, true),
          and(
            eq(frameworks.countyId, a.countyId),
            or(eq(frameworks.shared, true), eq(frameworks.ownerOrganisationId, a.organisationId)),
          ),
        );
  const kind = q.kind ? eq(frameworks.kind, q.kind) : undefined;
  const text = q.q
    ? or(sql`${frameworks.nameSv} ilike ${'%' + q.q + '%'}`, sql`${frameworks.nameEn} ilike ${'%' + q.q + '%'}`)
    : undefined;
  return listFrameworks(db, and(visible, kind, text), q.status);
}

export async function versionContent(db: Db, actor: Actor | undefined, id: string, versionId?: string) {
  const framework = await readableFramework(db, actor, id);
  const vid = versionId ?? framework.currentVersionId ?? framework.draftVersionId;
  const version = framework.versions.find((v) => v.id === vid);
  if (!version) throw notFound('framework version', vid ?? '(none)');
  return { framework, version, items: await loadTree(db, version.id) };
}

export async function searchItems(
  db: Db,
  actor: Actor | undefined,
  id: string,
  q: string,
  versionId: string | undefined,
  limit: number,
) {
  const { framework, version } = await versionContent(db, actor, id, versionId);
  const rows = await loadItems(db, version.id);
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  return rows
    .filter((r) => matches(r, q))
    .slice(0, limit)
    .map((r) => ({
      id: r.id,
      frameworkId: framework.id,
      versionId: version.id,
      code: r.code,
      level: r.level,
      name: { sv: r.nameSv, en: r.nameEn },
      text: r.textSv || r.textEn ? { sv: r.textSv ?? '', en: r.textEn ?? '' } : null,
      color: r.color,
      parentCode: r.parentId ? (codeOf.get(r.parentId) ?? null) : null,
    }));
}

async function ownerFor(tx: Executor, actor: Actor, ownerOrganisationId: string | undefined) {
  const org = await findOrganisation(tx, ownerOrganisationId ?? actor.organisationId);
  return org;
}

async function insertFramework(tx: Executor, a: Actor, input: CreateFramework, items: ItemInput[]) {
  const org = await ownerFor(tx, a, input.ownerOrganisationId);
  authorize(a, 'create', 'framework', { countyId: org.countyId, organisationId: org.id, shared: input.shared });
  if (await findFrameworkByKey(tx, input.key)) {
    throw new AppError('framework.duplicate_key', `A framework with the key ${input.key} already exists`, {
      field: 'key',
    });
  }
  const [row] = await tx
    .insert(frameworks)
    .values({
      key: input.key,
      kind: input.kind,
      countyId: org.countyId,
      ownerOrganisationId: org.id,
      shared: input.shared,
      nameSv: input.name.sv,
      nameEn: input.name.en,
      descriptionSv: input.description?.sv || null,
      descriptionEn: input.description?.en || null,
      sourceSv: input.source?.sv || null,
      sourceEn: input.source?.en || null,
    })
    .returning();
  await addVersion(tx, row.id, 1, items, 'draft');
  const created = await findFramework(tx, row.id);
  await recordChange(tx, a, { action: 'create', ...audit(created), after: { ...created, items: items.length } });
  return created;
}

export async function createFramework(db: Db, actor: Actor | undefined, input: CreateFramework) {
  const a = authorize(actor, 'create', 'framework', {
    countyId: actor?.countyId,
    organisationId: input.ownerOrganisationId ?? actor?.organisationId,
  });
  return db.transaction((tx) => insertFramework(tx, a, input, []));
}

/**
 * Import a framework file. A new key creates a framework with the file as its draft version; a known
 * key puts the file into the framework's draft (starting one if needed), keeping published versions.
 */
export async function importFramework(
  db: Db,
  actor: Actor | undefined,
  file: FrameworkFile,
  opts: { ownerOrganisationId?: string; shared?: boolean },
) {
  const a = authorize(actor, 'create', 'framework', {
    countyId: actor?.countyId,
    organisationId: opts.ownerOrganisationId ?? actor?.organisationId,
  });
  return db.transaction(async (tx) => {
    const existing = await findFrameworkByKey(tx, file.key);
    if (!existing) {
      return insertFramework(
        tx,
        a,
        { ...file, ownerOrganisationId: opts.ownerOrganisationId, shared: opts.shared ?? false },
        file.items,
      );
    }
    authorize(a, 'update', 'framework', target(existing));
    if (existing.builtin)
      throw new AppError('framework.builtin_readonly', 'Built-in frameworks cannot be changed', { field: 'key' });
    const draft =
      existing.draftVersionId ??
      (await addVersion(tx, existing.id, (existing.versions[0]?.number ?? 0) + 1, [], 'draft')).id;
    await writeItems(tx, draft, file.items);
    await updateVersioned(tx, frameworks, 'framework', existing.id, existing.version, {
      nameSv: file.name.sv,
      nameEn: file.name.en,
      descriptionSv: file.description?.sv || null,
      descriptionEn: file.description?.en || null,
      sourceSv: file.source?.sv || null,
      sourceEn: file.source?.en || null,
    });
    const after = await findFramework(tx, existing.id);
    await recordChange(tx, a, {
      action: 'import',
      ...audit(after),
      before: existing,
      after: { ...after, items: file.items.length },
    });
    return after;
  });
}

async function editable(tx: Executor, actor: Actor | undefined, id: string) {
  const f = await findFramework(tx, id);
  const a = authorize(actor, 'update', 'framework', target(f));
  if (f.builtin) throw new AppError('framework.builtin_readonly', 'Built-in frameworks cannot be changed');
  return { f, a };
}

export async function updateFramework(db: Db, actor: Actor | undefined, id: string, input: UpdateFramework) {
  return db.transaction(async (tx) => {
    const { f: before, a } = await editable(tx, actor, id);
    const values: Record<string, unknown> = {};
    if (input.name) Object.assign(values, { nameSv: input.name.sv, nameEn: input.name.en });
    if (input.description)
      Object.assign(values, {
        descriptionSv: input.description.sv || null,
        descriptionEn: input.description.en || null,
      });
    if (input.source) Object.assign(values, { sourceSv: input.source.sv || null, sourceEn: input.source.en || null });
    if (input.shared !== undefined) values.shared = input.shared;
    await updateVersioned(tx, frameworks, 'framework', id, input.version, values, () => before);
    const after = await findFramework(tx, id);
    await recordChange(tx, a, { action: 'update', ...audit(after), before, after });
    return after;
  });
}

export async function saveDraft(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { items: ItemInput[]; note?: string | null; version: number },
) {
  return db.transaction(async (tx) => {
    const { f: before, a } = await editable(tx, actor, id);
    if (!before.draftVersionId)
      throw new AppError('framework.no_draft', 'Start a new version before editing; published versions never change');
    const beforeItems = toInput(await loadTree(tx, before.draftVersionId));
    await updateVersioned(tx, frameworks, 'framework', id, input.version, {}, () => before);
    await writeItems(tx, before.draftVersionId, input.items);
    if (input.note !== undefined)
      await tx
        .update(frameworkVersions)
        .set({ note: input.note })
        .where(eq(frameworkVersions.id, before.draftVersionId));
    const after = await findFramework(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      ...audit(after),
      before: { draft: beforeItems },
      after: { draft: input.items },
    });
    return after;
  });
}

export async function publishDraft(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  note?: string | null,
) {
  return db.transaction(async (tx) => {
    const { f: before, a } = await editable(tx, actor, id);
    if (!before.draftVersionId) throw new AppError('framework.no_draft', 'There is no draft to publish');
    await updateVersioned(tx, frameworks, 'framework', id, version, {}, () => before);
    await tx
      .update(frameworkVersions)
      .set({ status: 'published', publishedAt: new Date(), ...(note !== undefined ? { note } : {}) })
      .where(eq(frameworkVersions.id, before.draftVersionId));
    const after = await findFramework(tx, id);
    await recordChange(tx, a, {
      action: 'publish',
      ...audit(after),
      before: { versions: before.versions },
      after: { versions: after.versions },
    });
    return after;
  });
}

/** Start a new draft from the current published version. */
export async function startNewVersion(db: Db, actor: Actor | undefined, id: string, version: number) {
  return db.transaction(async (tx) => {
    const { f: before, a } = await editable(tx, actor, id);
    if (before.draftVersionId)
      throw new AppError('framework.no_draft', 'A draft version already exists; edit or publish it first');
    const items = before.currentVersionId ? toInput(await loadTree(tx, before.currentVersionId)) : [];
    await updateVersioned(tx, frameworks, 'framework', id, version, {}, () => before);
    await addVersion(tx, id, (before.versions[0]?.number ?? 0) + 1, items, 'draft');
    const after = await findFramework(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      ...audit(after),
      before: { versions: before.versions },
      after: { versions: after.versions },
    });
    return after;
  });
}

export async function exportFramework(
  db: Db,
  actor: Actor | undefined,
  id: string,
  versionId?: string,
): Promise<FrameworkFile> {
  const { framework: f, items } = await versionContent(db, actor, id, versionId);
  return {
    format: 'samsyn.framework/v1',
    key: f.key,
    kind: f.kind,
    name: f.name,
    description: f.description,
    source: f.source,
    items: toInput(items),
  };
}

export async function setFrameworkArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
) {
  return db.transaction(async (tx) => {
    const { f: before, a } = await editable(tx, actor, id);
    await updateVersioned(
      tx,
      frameworks,
      'framework',
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      () => before,
    );
    const after = await findFramework(tx, id);
    await recordChange(tx, a, { action: archived ? 'archive' : 'restore', ...audit(after), before, after });
    return after;
  });
}
