import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../platform/contract';
import { api } from '../api';
import { formatDateTime } from '../format';
import { useEnum, type EnumGroup } from '../i18n/useEnum';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { TableScroll } from './TableScroll';

/** Bookkeeping fields every record has; they change on every save and say nothing to a reader. */
const ignored = new Set(['version', 'updatedAt', 'createdAt', 'id', 'countyId']);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

type Show = (field: string, v: unknown) => string;

/** Values as a reader understands them: enum codes translated, yes/no, embedded records by their values. */
function useShow(enums: Record<string, EnumGroup>): Show {
  const { t, i18n } = useTranslation();
  const label = useEnum();
  const en = i18n.language === 'en';
  const scalar = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '–';
    if (field === 'archived' && typeof v === 'boolean') return v ? t('common.archived') : t('common.active');
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'string' && enums[field]) return label(enums[field], v);
    return String(v);
  };
  /** Framework items ({code, name: {sv, en}, children}) read as "1 Name; 1.1 Name …". */
  const asItems = (o: Record<string, unknown>): string | null => {
    const name = o.name as { sv?: string; en?: string } | undefined;
    if (typeof o.code !== 'string' || !name || typeof name !== 'object') return null;
    const own = `${o.code} ${(en ? name.en : name.sv) ?? ''}`.trim();
    const kids = Array.isArray(o.children)
      ? (o.children as Record<string, unknown>[]).map((c) => asItems(c) ?? '').filter(Boolean)
      : [];
    return [own, ...kids].join('; ');
  };
  const object = (o: Record<string, unknown>): string =>
    asItems(o) ??
    Object.entries(o)
      .filter(
        ([k, v]) =>
          v !== null &&
          v !== '' &&
          typeof v !== 'object' &&
          typeof v !== 'boolean' &&
          !ignored.has(k) &&
          !k.endsWith('Id') &&
          !(typeof v === 'string' && uuid.test(v)),
      )
      .map(([k, v]) => scalar(k, v))
      .join(', ');
  return (field, v) => {
    if (Array.isArray(v))
      return v.length === 0
        ? '–'
        : v
            .map((x) => (x && typeof x === 'object' ? object(x as Record<string, unknown>) : scalar(field, x)))
            .join('; ');
    if (v && typeof v === 'object') return object(v as Record<string, unknown>) || '–';
    return scalar(field, v);
  };
}

/**
 * Who changed what and when on one record, newest first, with the fields' values before and after.
 * `fieldLabel` names a field in the user's language (unknown fields show their code).
 */
export function AuditHistory({
  path,
  fieldLabel,
  queryKey,
  enums = {},
}: {
  path: string;
  fieldLabel: (field: string) => string;
  queryKey: readonly unknown[];
  /** Fields (also inside embedded records) whose values are codes of an enum. */
  enums?: Record<string, EnumGroup>;
}) {
  const show = useShow(enums);
  const { t } = useTranslation();
  const label = useEnum();
  const q = useQuery({ queryKey: [...queryKey, 'audit'], queryFn: () => api.get<AuditEntry[]>(path) });

  return (
    <section aria-labelledby="audit-title">
      <Title order={2} id="audit-title" size="h3" mb="sm">
        {t('audit.title')}
      </Title>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.data && q.data.length === 0 && <Text>{t('audit.empty')}</Text>}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {q.data?.map((e) => {
          const fields = changedFields(e.before, e.after);
          const when = formatDateTime(e.at);
          return (
            <Paper component="li" key={e.id} withBorder p="sm">
              <Text fw={600}>
                <time dateTime={e.at}>{when}</time> ·{' '}
                {t('audit.entry', { action: label('auditAction', e.action), who: e.actorName })}
              </Text>
              {fields.length === 0 ? (
                <Text size="sm">{t('audit.noFieldChanges')}</Text>
              ) : (
                <TableScroll minWidth={320} label={t('audit.tableCaption', { date: when })}>
                  <Table striped withTableBorder aria-label={t('audit.tableCaption', { date: when })} fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('audit.field')}</Table.Th>
                        {e.before && <Table.Th scope="col">{t('audit.before')}</Table.Th>}
                        {e.after && <Table.Th scope="col">{t('audit.after')}</Table.Th>}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {fields.map((f) => (
                        <Table.Tr key={f}>
                          <Table.Th scope="row" fw={500}>
                            {fieldLabel(f)}
                          </Table.Th>
                          {e.before && <Table.Td style={{ wordBreak: 'break-word' }}>{show(f, e.before[f])}</Table.Td>}
                          {e.after && <Table.Td style={{ wordBreak: 'break-word' }}>{show(f, e.after[f])}</Table.Td>}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              )}
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}
