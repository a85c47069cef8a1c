import { Accordion, Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { ListPage, useSave } from '../../kit';
import { outboxApi, outboxKey, useOutbox, type OutboxMail } from './queries';

/** A mail the server gave up on, or is waiting to try again: "send again" applies. */
const canResend = (m: OutboxMail) => m.status === 'failed' || m.status === 'retrying';
const statusColor: Record<OutboxMail['status'], string> = {
  queued: 'gray.8',
  sending: 'blue.9',
  retrying: 'orange.9',
  sent: 'green.9',
  failed: 'red.9',
  kept: 'gray.8',
};

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

function MailPanel({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const resend = useSave({ send: outboxApi.resend, invalidate: [outboxKey], onSaved: () => setDone(true) });
  return (
    <>
      <Group gap="xs" mb="xs">
        <Badge variant="outline" color={statusColor[mail.status]}>
          {t('outbox.status')}: {t(`outbox.statuses.${mail.status}`)}
        </Badge>
        {mail.attempts > 0 && (
          <Badge variant="outline" color="gray.8">
            {t('outbox.attempts', { count: mail.attempts })}
          </Badge>
        )}
      </Group>
      {mail.error && (
        <Text c="red.9" mb="xs">
          {t('outbox.lastError')}: {mail.error}
        </Text>
      )}
      {mail.nextAttemptAt && (
        <Text size="sm" mb="xs">
          {t('outbox.nextAttempt', { at: formatDateTime(mail.nextAttemptAt) })}
        </Text>
      )}
      {mail.sentAt && (
        <Text size="sm" mb="xs">
          {t('outbox.sentAt', { at: formatDateTime(mail.sentAt) })}
        </Text>
      )}
      {canResend(mail) && (
        <Button variant="outline" size="xs" mb="sm" loading={resend.pending} onClick={() => resend.submit(mail.id)}>
          {t('outbox.resend')}
        </Button>
      )}
      <Text role="status" size="sm" mb={done ? 'xs' : 0}>
        {done ? t('outbox.resent') : ''}
      </Text>
      <ErrorAlert error={resend.error} />
      <Linkified text={mail.text} />
    </>
  );
}

export function Outbox() {
  const { t } = useTranslation();
  const q = useOutbox();
  const failing = q.data?.filter(canResend).length ?? 0;
  return (
    <ListPage title={t('outbox.title')} description={t('outbox.intro')}>
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {failing > 0 && (
        <Alert color="red.9" variant="outline" title={t('outbox.failingTitle')} mb="md">
          {t('outbox.failing', { count: failing })}
        </Alert>
      )}
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
                  {t('outbox.to')}: {m.to} · {formatDateTime(m.createdAt)} · {t(`outbox.statuses.${m.status}`)}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <MailPanel mail={m} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </ListPage>
  );
}
