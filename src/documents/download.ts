import type { FastifyReply } from 'fastify';

/**
 * The one way to send a document for download: its content type from the file's extension, a Swedish
 * file name in Content-Disposition (RFC 6266 with RFC 5987 `filename*`, so å ä ö survive, and an ASCII
 * `filename` for old clients that spells å as a rather than dropping it), and caching headers.
 */
export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json; charset=utf-8',
} as const;
export type DownloadKind = keyof typeof CONTENT_TYPES;

/** Letters that do not fall apart into a base letter and a mark under NFD. */
const SPELLED: Record<string, string> = { æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', ß: 'ss', œ: 'oe', Œ: 'Oe', đ: 'd', ł: 'l' };

/** The name in ASCII as a Swede would type it without å ä ö: "Uppföljning åtgärder" → "Uppfoljning atgarder". */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7e]/g, (c) => SPELLED[c] ?? '-')
    .replace(/["\\/:*?<>|]+/g, '-')
    .replace(/-{2,}/g, '-');
}

/** RFC 5987 value characters: everything else is percent-encoded from UTF-8. */
const encode5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="…"; filename*=UTF-8''…` (the plain form alone when the name is ASCII already). */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  // Control characters and path separators: a run of them becomes one hyphen.
  const unsafe = (c: string) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '/' || c === '\\';
  const clean = [...fileName.normalize('NFC')]
    .filter((c, i, all) => !(unsafe(c) && i > 0 && unsafe(all[i - 1])))
    .map((c) => (unsafe(c) ? '-' : c))
    .join('');
  const ascii = asciiFileName(clean);
  const plain = `${disposition}; filename="${ascii}"`;
  return ascii === clean ? plain : `${plain}; filename*=UTF-8''${encode5987(clean)}`;
}

/** Words of a name joined by hyphens, in lower case, keeping å ä ö: "Servicepunkter i glesbygd" → "servicepunkter-i-glesbygd". */
export const fileSlug = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

export interface Download {
  /** The file's name with its extension, which gives the content type, e.g. "uppföljning-2025-rapport-sv.pdf". */
  fileName: string;
  body: Buffer | string;
  /**
   * `private` (the default): personal or unpublished, never stored by a browser or proxy (`no-store`).
   * `shared`: the same for everyone who may see it; browsers keep it but ask again each time.
   */
  cache?: 'private' | 'shared';
  disposition?: 'attachment' | 'inline';
}

export function kindOf(fileName: string): DownloadKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!ext || !(ext in CONTENT_TYPES)) throw new Error(`No content type for a download named ${fileName}`);
  return ext as DownloadKind;
}

export function sendDownload(reply: FastifyReply, d: Download): FastifyReply {
  return reply
    .type(CONTENT_TYPES[kindOf(d.fileName)])
    .header('content-disposition', contentDisposition(d.fileName, d.disposition))
    .header('cache-control', d.cache === 'shared' ? 'no-cache' : 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(d.body);
}
