import type { AuditEntry } from '../../platform/contract';
import { formatSek } from '../../agreements/rules/money';
import { richPlainText, type RichDoc } from '../../documents/richtext/index';
import type { EnumGroup } from '../i18n/useEnum';

/** Bookkeeping fields every record has; they change on every save and say nothing to a reader. */
const ignored = new Set(['version', 'updatedAt', 'createdAt', 'id', 'countyId', 'sha256']);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Markdown as older texts were stored: headings, lists, emphasis or several paragraphs. */
const markdownish = /(^|\n)\s*(#{1,6} |[-*+] |\d+\. )|\*\*|__|\n\s*\n/;

/** The fields a change touched, leaving out bookkeeping and ids that only moved between nulls. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const isId = (v: unknown) => v == null || (typeof v === 'string' && uuid.test(v));
  return [...keys].filter(
    (k) =>
      !ignored.has(k) &&
      !(isId(before?.[k]) && isId(after?.[k])) &&
      JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
  );
}

/** One save as the person made it: the entries of the same person within a second of each other. */
export interface Save {
  key: string;
  at: string;
  actorName: string;
  actions: string[];
  entries: { entry: AuditEntry; fields: string[] }[];
}

/**
 * Entries (newest first) grouped into saves. An update that changed nothing a reader sees (only the
 * version or the time) is left out, so there is no "no field changes" noise; other actions without
 * field changes (opened, archived …) stay, as they say something happened.
 */
export function groupSaves(entries: AuditEntry[], windowMs = 1000): Save[] {
  const saves: Save[] = [];
  for (const entry of entries) {
    const fields = changedFields(entry.before, entry.after);
    if (fields.length === 0 && entry.action === 'update') continue;
    const last = saves.at(-1);
    const close =
      last &&
      last.actorName === entry.actorName &&
      Math.abs(new Date(last.entries.at(-1)!.entry.at).getTime() - new Date(entry.at).getTime()) <= windowMs;
    if (close) {
      last.entries.push({ entry, fields });
      if (!last.actions.includes(entry.action)) last.actions.push(entry.action);
    } else {
      saves.push({
        key: String(entry.id),
        at: entry.at,
        actorName: entry.actorName,
        actions: [entry.action],
        entries: [{ entry, fields }],
      });
    }
  }
  return saves;
}

export interface ValueContext {
  lang: 'sv' | 'en';
  /** Fields (also inside embedded records) whose values are codes of an enum. */
  enums: Record<string, EnumGroup>;
  enumLabel: (group: EnumGroup, code: string) => string;
  words: { yes: string; no: string; archived: string; active: string };
}

const tag = (lang: 'sv' | 'en') => (lang === 'en' ? 'en-GB' : 'sv-SE');
const isRichDoc = (v: unknown): v is RichDoc =>
  !!v &&
  typeof v === 'object' &&
  (v as { type?: unknown }).type === 'doc' &&
  Array.isArray((v as { content?: unknown }).content);
const isNamePair = (v: unknown): v is { sv?: string; en?: string } =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, x]) => (k === 'sv' || k === 'en') && (x == null || typeof x === 'string'));

/** A value as the pages show it: kronor, translated terms, plain text of rich text, dates, one language. */
export function formatValue(field: string, v: unknown, ctx: ValueContext): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v))
    return v.length === 0
      ? '–'
      : v
          .map((x) =>
            x && typeof x === 'object' ? formatObject(x as Record<string, unknown>, ctx) : formatValue(field, x, ctx),
          )
          .join('; ');
  if (isRichDoc(v)) return richPlainText(v).trim() || '–';
  if (isNamePair(v)) return (ctx.lang === 'en' ? (v.en ?? v.sv) : (v.sv ?? v.en)) || '–';
  if (typeof v === 'object') return formatObject(v as Record<string, unknown>, ctx) || '–';
  if (typeof v === 'boolean') {
    if (field === 'archived') return v ? ctx.words.archived : ctx.words.active;
    return v ? ctx.words.yes : ctx.words.no;
  }
  if (typeof v === 'number') {
    if (/Ore$/.test(field) && Number.isInteger(v)) return formatSek(v, ctx.lang);
    return new Intl.NumberFormat(tag(ctx.lang)).format(v);
  }
  const s = String(v);
  if (ctx.enums[field]) return ctx.enumLabel(ctx.enums[field], s);
  if (isoTime.test(s) && !Number.isNaN(new Date(s).getTime()))
    return new Intl.DateTimeFormat(tag(ctx.lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(s));
  if (markdownish.test(s)) return richPlainText(s).trim();
  return s;
}

/** Embedded records read by their values; framework items ({code, name, children}) as "1 Name; 1.1 Name". */
function formatObject(o: Record<string, unknown>, ctx: ValueContext): string {
  if (typeof o.code === 'string' && isNamePair(o.name)) {
    const own = `${o.code} ${formatValue('name', o.name, ctx)}`.trim();
    const kids = Array.isArray(o.children)
      ? (o.children as Record<string, unknown>[]).map((c) => formatObject(c, ctx)).filter(Boolean)
      : [];
    return [own, ...kids].join('; ');
  }
  return Object.entries(o)
    .filter(
      ([k, x]) =>
        x !== null &&
        x !== '' &&
        !ignored.has(k) &&
        !k.endsWith('Id') &&
        typeof x !== 'boolean' &&
        (typeof x !== 'object' || isNamePair(x) || isRichDoc(x)) &&
        !(typeof x === 'string' && uuid.test(x)),
    )
    .map(([k, x]) => formatValue(k, x, ctx))
    .join(', ');
}
