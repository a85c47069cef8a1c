import { Code, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { resolve, type JsonSchema, type OpenApiDocument } from './openapi';

const MAX_DEPTH = 4;

/** A schema as nested lists of fields with their types; deeper levels point to the JSON document. */
export function SchemaView({ doc, schema, depth = 0 }: { doc: OpenApiDocument; schema?: JsonSchema; depth?: number }) {
  const { t } = useTranslation();
  const s = resolve(doc, schema);
  if (!s) return <Text size="sm">{t('apidocs.noSchema')}</Text>;
  if (depth > MAX_DEPTH) return <Text size="sm">{t('apidocs.more')}</Text>;
  const props = s.properties ? Object.entries(s.properties) : [];
  if (props.length) {
    return (
      <List size="sm" withPadding={depth > 0} spacing={2}>
        {props.map(([name, p]) => (
          <List.Item key={name}>
            <Code>{name}</Code>
            {s.required?.includes(name) ? ` (${t('apidocs.required').toLowerCase()})` : ''}:{' '}
            <TypeText doc={doc} schema={p} />
            {hasFields(doc, p) && <SchemaView doc={doc} schema={fieldsOf(doc, p)} depth={depth + 1} />}
          </List.Item>
        ))}
      </List>
    );
  }
  return (
    <Text size="sm">
      <TypeText doc={doc} schema={s} />
    </Text>
  );
}

/** The object whose fields a property shows: itself, or the items of its list. */
function fieldsOf(doc: OpenApiDocument, s: JsonSchema): JsonSchema | undefined {
  const r = resolve(doc, s);
  if (r?.properties) return r;
  const items = resolve(doc, r?.items);
  return items?.properties ? items : undefined;
}
const hasFields = (doc: OpenApiDocument, s: JsonSchema) => !!fieldsOf(doc, s);

/** "string (uuid)", "list of object", "one of: draft, open", "number or null". */
export function TypeText({ doc, schema }: { doc: OpenApiDocument; schema?: JsonSchema }) {
  const { t } = useTranslation();
  return <>{typeText(doc, schema, t)}</>;
}

function typeText(doc: OpenApiDocument, schema: JsonSchema | undefined, t: TFunction): string {
  const s = resolve(doc, schema);
  if (!s) return '–';
  const name = schema?.$ref ? schema.$ref.split('/').at(-1) : null;
  if (s.enum) return t('apidocs.values', { values: s.enum.map(String).join(', ') });
  const alts = s.anyOf ?? s.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    const text = nonNull.map((a) => typeText(doc, a, t)).join(' | ');
    const more = nonNull.length > 1 ? `${t('apidocs.oneOf')} ${text}` : text;
    return nonNull.length < alts.length ? `${more} ${t('apidocs.nullable')}` : more;
  }
  if (s.allOf?.length) return s.allOf.map((a) => typeText(doc, a, t)).join(' & ');
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const nullable = types.includes('null') || s.nullable;
  const main = types.find((x) => x !== 'null');
  let text: string;
  if (main === 'array') text = `${t('apidocs.arrayOf')} ${typeText(doc, s.items, t)}`;
  else if (main === 'object' || s.properties) text = name ?? t('apidocs.object');
  else text = `${main ?? name ?? '–'}${s.format ? ` (${s.format})` : ''}`;
  return nullable ? `${text} ${t('apidocs.nullable')}` : text;
}
