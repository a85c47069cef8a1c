import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { caseDocuments, cases } from './schema.js';
import type { Case } from './contract.js';
import { findCase } from './repository.js';
import { placeOf, presentCase } from './cases.js';

import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, type DocumentKind } from './contract.js';
export { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, type DocumentKind } from './contract.js';

/** The names of a zip file's entries, read from its central directory; null when it is not a zip. */
export function zipEntryNames(buf: Buffer): string[] | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  // The end-of-central-directory record is in the last 22 + 65 535 (comment) bytes.
  const floor = Math.max(0, buf.length - 22 - 65_535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    if (at + 46 + nameLength > buf.length) return null;
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/**
 * What the content is, by its bytes and not by its name: a PDF starts with `%PDF-`; a Word or Excel
 * file is a zip holding `[Content_Types].xml` and `word/document.xml` or `xl/workbook.xml`.
 */
export function sniffDocument(buf: Buffer): DocumentKind | null {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const names = zipEntryNames(buf);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** The kind a request claims, from its content type (parameters such as charset ignored). */
export function claimedKind(contentType: string | undefined): DocumentKind | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const hit = Object.entries(DOCUMENT_TYPES).find(([, t]) => t === type);
  return hit ? (hit[0] as DocumentKind) : null;
}

export interface Upload {
  title: string;
  fileName: string;
  version: number;
  contentType: string | undefined;
  content: Buffer;
}

/**
 * Add a document (beslutsunderlag) to a case. The size and the content are checked before anything
 * is written; the document, the case's new version and the audit entry commit together.
 */
export async function uploadDocument(db: Db, actor: Actor | undefined, caseId: string, up: Upload): Promise<Case> {
  const after = await change(db, {
    entity: 'case',
    action: 'update',
    load: (tx) => findCase(tx, caseId),
    authorise: (before) => authorize(actor, 'update', 'meeting', before),
    apply: async (tx) => {
      if (up.content.length > DOCUMENT_MAX_BYTES)
        throw new AppError('case.document_too_large', `At most ${DOCUMENT_MAX_BYTES} bytes`, {
          limit: DOCUMENT_MAX_BYTES,
          size: up.content.length,
        });
      const claimed = claimedKind(up.contentType);
      const actual = sniffDocument(up.content);
      const byName = /\.([a-z]+)$/i.exec(up.fileName)?.[1]?.toLowerCase();
      if (!claimed || actual !== claimed || byName !== claimed)
        throw new AppError(
          'case.document_type',
          `The file is ${actual ?? 'not a PDF, Word or Excel file'} but claims to be ${claimed ?? up.contentType ?? 'nothing'}`,
          { claimed, actual, fileName: up.fileName },
        );
      await saveVersioned(tx, {
        table: cases,
        entity: 'case',
        id: caseId,
        expectedVersion: up.version,
        values: {},
        present: async (t) => presentCase(actor, await findCase(t, caseId)),
      });
      await tx.insert(caseDocuments).values({
        caseId,
        title: up.title,
        fileName: up.fileName,
        kind: actual,
        size: up.content.length,
        sha256: createHash('sha256').update(up.content).digest('hex'),
        content: up.content,
      });
      return caseId;
    },
    present: findCase,
    place: placeOf,
  });
  return presentCase(actor, after);
}

export async function readDocument(db: Db, actor: Actor | undefined, caseId: string, documentId: string) {
  const c = await findCase(db, caseId);
  authorize(actor, 'read', 'meeting', c);
  const [doc] = await db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, caseId)));
  if (!doc) throw notFound('document', documentId);
  return doc;
}
