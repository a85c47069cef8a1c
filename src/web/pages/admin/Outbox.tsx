import { Accordion, Anchor, Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format';

/** As GET /api/admin/outbox returns it (src/platform/mail/routes.ts). */
interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Mail text with its web addresses as links (a password reset link must be usable from here). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          <Anchor key={i} href={p}>
            {p}
          </Anchor>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </Text>
  );
}

export function Outbox() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['outbox'], queryFn: () => api.get<OutboxMail[]>('/api/admin/outbox') });
  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.intro')} />
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Text>{t('outbox.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <Accordion multiple variant="separated" order={2} aria-label={t('outbox.caption')}>
          {q.data.map((m) => (
            <Accordion.Item key={m.id} value={m.id}>
              <Accordion.Control>
                <Text fw={600} component="span" display="block">
                  {m.subject}
                </Text>
                <Text size="sm" component="span" display="block">
                  {t('outbox.to')}: {m.to} · {formatDateTime(m.createdAt)} ·{' '}
                  {t(`outbox.statuses.${m.status}`, { defaultValue: m.status })}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Group gap="xs" mb="xs">
                  <Badge variant="outline" color="gray.8">
                    {t('outbox.status')}: {t(`outbox.statuses.${m.status}`, { defaultValue: m.status })}
                  </Badge>
                </Group>
                {m.error && (
                  <Text c="red.9" mb="xs">
                    {m.error}
                  </Text>
                )}
                <Linkified text={m.text} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </>
  );
}
