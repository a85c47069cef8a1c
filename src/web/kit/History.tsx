import { Button, Drawer, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../platform/contract';
import { call, client } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { formatDateTime } from '../format';
import { useEnum, type EnumGroup } from '../i18n/useEnum';
import { PHONE } from './DataTable';
import { formatValue, groupSaves, type ValueContext } from './historyFormat';

export interface HistoryProps {
  /** The typed call that reads the record's audit entries (e.g. `() => organisationsApi.history(id)`)… */
  load?: () => Promise<AuditEntry[]>;
  /** …or, for pages not yet on their capability's typed functions, its path, e.g. `/api/agreements/${id}/audit`. */
  path?: string;
  /** Names a field in the user's language (unknown fields show their code). */
  fieldLabel: (field: string) => string;
  queryKey: readonly unknown[];
  /** Fields (also inside embedded records) whose values are codes of an enum. */
  enums?: Record<string, EnumGroup>;
}

/**
 * Who changed what and when on one record, behind a button: the history opens in a drawer (focus
 * moves into it and back to the button when it closes), so it no longer makes a page thousands of
 * pixels tall. The entries of one save are one item; values read as the page shows them.
 */
export function History(props: HistoryProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} id={titleId} size="h3" mb="xs">
        {t('audit.title')}
      </Title>
      <Button variant="default" onClick={open} aria-haspopup="dialog">
        {t('audit.open')}
      </Button>
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size={phone ? '100%' : 'lg'}
        title={t('audit.title')}
        closeButtonProps={{ 'aria-label': t('audit.close') }}
        transitionProps={{ duration: 0 }}
      >
        {opened && <HistoryList {...props} />}
      </Drawer>
    </section>
  );
}

/**
 * A record's audit entries by a path written out (`/api/<records>/<id>/audit`), through the typed
 * client: every such route answers AuditEntry[] (src/audit `historyRoute`).
 */
function byPath(path: string): Promise<AuditEntry[]> {
  return call(client.GET(path as '/api/users/{id}/audit', {} as never));
}

function HistoryList({ path, load, fieldLabel, queryKey, enums = {} }: HistoryProps) {
  const { t, i18n } = useTranslation();
  const label = useEnum();
  const q = useQuery({
    queryKey: [...queryKey, 'audit'],
    queryFn: () => (load ? load() : byPath(path ?? '')),
  });
  const saves = useMemo(() => groupSaves(q.data ?? []), [q.data]);
  const ctx: ValueContext = {
    lang: i18n.language === 'en' ? 'en' : 'sv',
    enums,
    enumLabel: label,
    words: { yes: t('common.yes'), no: t('common.no'), archived: t('common.archived'), active: t('common.active') },
  };

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (saves.length === 0) return <Text>{t('audit.empty')}</Text>;
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {saves.map((s) => (
        <Paper component="li" key={s.key} withBorder p="sm">
          <Text fw={600}>
            <time dateTime={s.at}>{formatDateTime(s.at)}</time> ·{' '}
            {t('audit.entry', {
              action: s.actions.map((a) => label('auditAction', a)).join(', '),
              who: s.actorName,
            })}
          </Text>
          {s.entries.some((e) => e.fields.length > 0) && (
            <Stack gap={6} component="dl" mt="xs" style={{ margin: 0 }}>
              {s.entries.flatMap(({ entry, fields }) =>
                fields.map((f) => (
                  <div key={`${entry.id}-${f}`}>
                    <Text component="dt" size="sm" fw={600}>
                      {fieldLabel(f)}
                    </Text>
                    <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                      {entry.before && entry.after ? (
                        <Group component="span" gap={4} wrap="wrap">
                          <span>
                            {t('audit.before')}: {formatValue(f, entry.before[f], ctx)}
                          </span>
                          <span aria-hidden>→</span>
                          <span>
                            {t('audit.after')}: {formatValue(f, entry.after[f], ctx)}
                          </span>
                        </Group>
                      ) : (
                        formatValue(f, (entry.after ?? entry.before)?.[f], ctx)
                      )}
                    </Text>
                  </div>
                )),
              )}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
