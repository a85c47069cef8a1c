import { and, eq, or, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { findOrganisation } from '../organisations/index.js';
import { frameworks, frameworkVersions } from './schema.js';
import type {
  CreateFramework,
  Framework,
  FrameworkFile,
  FrameworkPage,
  FrameworkQuery,
  FrameworkRecord,
  ItemInput,
  UpdateFramework,
} from './contract.js';
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

const target = (f: FrameworkRecord) => ({
  countyId: f.countyId,
  organisationId: f.ownerOrganisationId,
  shared: f.shared,
  builtin: f.builtin,
});
const place = (f: FrameworkRecord) => ({ id: f.id, countyId: f.countyId, organisationId: f.ownerOrganisationId });

/** The record as the signed-in person sees it: with what they may do with it. */
export const presentFor = (actor: Actor | undefined, f: FrameworkRecord): Framework => ({
  ...f,
  abilities: abilitiesFor(actor, 'framework', target(f), ['update', 'archive']),
});

/** The 409 of a stale save carries the framework as saved now, as this person sees it. */
const current = (actor: Actor | undefined, id: string) => async (t: Executor) =>
  presentFor(actor, await findFramework(t, id));

export async function readableFramework(db: Executor, actor: Actor | undefined, id: string): Promise<Framework> {
  const f = await findFramework(db, id);
  authorize(actor, 'read', 'framework', target(f));
  return presentFor(actor, f);
}

export async function searchFrameworks(db: Db, actor: Actor | undefined, q: FrameworkQuery): Promise<FrameworkPage> {
  const a = authorize(actor, 'read', 'framework');
  const kind = q.kind ? eq(frameworks.kind, q.kind) : undefined;
  const like = q.q ? `%${q.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const text = like ? or(sql`${frameworks.nameSv} ilike ${like}`, sql`${frameworks.nameEn} ilike ${like}`) : undefined;
  const page = await listFrameworks(db, scopeFor(a, 'framework'), and(kind, text), q);
  return {
    items: page.items.map((f) => presentFor(a, f)),
    total: page.total,
    abilities: { create: mayCreate(a, 'framework', { countyId: a.countyId, organisationId: a.organisationId }) },
  };
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

async function insertFramework(tx: Tx, input: CreateFramework, items: ItemInput[], ownerId: string): Promise<string> {
  if (await findFrameworkByKey(tx, input.key)) {
    throw new AppError('framework.duplicate_key', `A framework with the key ${input.key} already exists`, {
      field: 'key',
    });
  }
  const org = await findOrganisation(tx, ownerId);
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
    .returning({ id: frameworks.id });
  await addVersion(tx, row.id, 1, items, 'draft');
  return row.id;
}

/** A new framework owned by the given (or the person's own) organisation, its first version a draft. */
async function newFramework(db: Db, actor: Actor | undefined, input: CreateFramework, items: ItemInput[]) {
  const created = await change(db, {
    entity: 'framework',
    action: 'create',
    load: (tx) => findOrganisation(tx, input.ownerOrganisationId ?? actor?.organisationId ?? ''),
    authorise: (org) =>
      authorize(actor, 'create', 'framework', { countyId: org.countyId, organisationId: org.id, shared: input.shared }),
    apply: (tx, org) => insertFramework(tx, input, items, org.id),
    present: findFramework,
    place,
    before: () => null,
  });
  return presentFor(actor, created);
}

export async function createFramework(db: Db, actor: Actor | undefined, input: CreateFramework): Promise<Framework> {
  return newFramework(db, actor, input, []);
}

/** The framework as it may be changed: the person may update it and it is not built in. */
function editable(actor: Actor | undefined, f: FrameworkRecord): Actor {
  const a = authorize(actor, 'update', 'framework', target(f));
  if (f.builtin) throw new AppError('framework.builtin_readonly', 'Built-in frameworks cannot be changed');
  return a;
}

/** Bumps the framework's version (a draft's items live in their own table) and refuses a stale one. */
const touch = (tx: Tx, actor: Actor | undefined, id: string, version: number, values: Record<string, unknown> = {}) =>
  saveVersioned(tx, {
    table: frameworks,
    entity: 'framework',
    id,
    expectedVersion: version,
    values,
    present: current(actor, id),
  });

/**
 * Import a framework file. A new key creates a framework with the file as its draft version; a known
 * key puts the file into the framework's draft (starting one if needed), keeping published versions.
 */
export async function importFramework(
  db: Db,
  actor: Actor | undefined,
  file: FrameworkFile,
  opts: { ownerOrganisationId?: string; shared?: boolean },
): Promise<Framework> {
  const existing = await findFrameworkByKey(db, file.key);
  if (!existing) {
    const input = { ...file, ownerOrganisationId: opts.ownerOrganisationId, shared: opts.shared ?? false };
    return newFramework(db, actor, input, file.items);
  }
  const after = await change(db, {
    entity: 'framework',
    action: 'import',
    load: (tx) => findFramework(tx, existing.id),
    authorise: (before) => {
      const a = authorize(actor, 'update', 'framework', target(before));
      if (before.builtin)
        throw new AppError('framework.builtin_readonly', 'Built-in frameworks cannot be changed', { field: 'key' });
      return a;
    },
    apply: async (tx, before) => {
      const draft =
        before.draftVersionId ??
        (await addVersion(tx, before.id, (before.versions[0]?.number ?? 0) + 1, [], 'draft')).id;
      await writeItems(tx, draft, file.items);
      await touch(tx, actor, before.id, before.version, {
        nameSv: file.name.sv,
        nameEn: file.name.en,
        descriptionSv: file.description?.sv || null,
        descriptionEn: file.description?.en || null,
        sourceSv: file.source?.sv || null,
        sourceEn: file.source?.en || null,
      });
      return before.id;
    },
    present: findFramework,
    place,
  });
  return presentFor(actor, after);
}

export async function updateFramework(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateFramework,
): Promise<Framework> {
  const after = await change(db, {
    entity: 'framework',
    action: 'update',
    load: (tx) => findFramework(tx, id),
    authorise: (before) => editable(actor, before),
    apply: async (tx) => {
      const values: Record<string, unknown> = {};
      if (input.name) Object.assign(values, { nameSv: input.name.sv, nameEn: input.name.en });
      if (input.description)
        Object.assign(values, {
          descriptionSv: input.description.sv || null,
          descriptionEn: input.description.en || null,
        });
      if (input.source) Object.assign(values, { sourceSv: input.source.sv || null, sourceEn: input.source.en || null });
      if (input.shared !== undefined) values.shared = input.shared;
      await touch(tx, actor, id, input.version, values);
      return id;
    },
    present: findFramework,
    place,
  });
  return presentFor(actor, after);
}

/** The framework with its draft's items: the history of a draft save shows the items before and after. */
async function withDraft(tx: Executor, id: string) {
  const framework = await findFramework(tx, id);
  const draft = framework.draftVersionId ? toInput(await loadTree(tx, framework.draftVersionId)) : null;
  return { framework, draft };
}

export async function saveDraft(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { items: ItemInput[]; note?: string | null; version: number },
): Promise<Framework> {
  const after = await change(db, {
    entity: 'framework',
    action: 'update',
    load: (tx) => withDraft(tx, id),
    authorise: ({ framework }) => editable(actor, framework),
    apply: async (tx, { framework }) => {
      const draftId = framework.draftVersionId;
      if (!draftId)
        throw new AppError('framework.no_draft', 'Start a new version before editing; published versions never change');
      await touch(tx, actor, id, input.version);
      await writeItems(tx, draftId, input.items);
      if (input.note !== undefined)
        await tx.update(frameworkVersions).set({ note: input.note }).where(eq(frameworkVersions.id, draftId));
      return id;
    },
    present: withDraft,
    place: ({ framework }) => place(framework),
  });
  return presentFor(actor, after.framework);
}

export async function publishDraft(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  note?: string | null,
): Promise<Framework> {
  const after = await change(db, {
    entity: 'framework',
    action: 'publish',
    load: (tx) => findFramework(tx, id),
    authorise: (before) => editable(actor, before),
    apply: async (tx, before) => {
      if (!before.draftVersionId) throw new AppError('framework.no_draft', 'There is no draft to publish');
      await touch(tx, actor, id, version);
      await tx
        .update(frameworkVersions)
        .set({ status: 'published', publishedAt: new Date(), ...(note !== undefined ? { note } : {}) })
        .where(eq(frameworkVersions.id, before.draftVersionId));
      return id;
    },
    present: findFramework,
    place,
  });
  return presentFor(actor, after);
}

/** Start a new draft from the current published version. */
export async function startNewVersion(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
): Promise<Framework> {
  const after = await change(db, {
    entity: 'framework',
    action: 'update',
    load: (tx) => findFramework(tx, id),
    authorise: (before) => editable(actor, before),
    apply: async (tx, before) => {
      if (before.draftVersionId)
        throw new AppError('framework.no_draft', 'A draft version already exists; edit or publish it first');
      const items = before.currentVersionId ? toInput(await loadTree(tx, before.currentVersionId)) : [];
      await touch(tx, actor, id, version);
      await addVersion(tx, id, (before.versions[0]?.number ?? 0) + 1, items, 'draft');
      return id;
    },
    present: findFramework,
    place,
  });
  return presentFor(actor, after);
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
): Promise<Framework> {
  const after = await change(db, {
    entity: 'framework',
    action: archived ? 'archive' : 'restore',
    load: (tx) => findFramework(tx, id),
    authorise: (before) => editable(actor, before),
    apply: async (tx) => {
      await touch(tx, actor, id, version, { archivedAt: archived ? new Date() : null });
      return id;
    },
    present: findFramework,
    place,
  });
  return presentFor(actor, after);
}
