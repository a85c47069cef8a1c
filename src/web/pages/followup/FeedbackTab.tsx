import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/FieldList';
import { col, type Column, CaptionedTable, RecordLink } from '../../kit';
import { formatDate, formatDateTime } from '../../format';
import { FeedbackForm } from './FeedbackForm';
import type { Cycle, Feedback } from './queries';
import { badgeStyles, FollowupStatusBadge, useFollowupLabel } from './shared';

const openLink = (organisationId: string) => `?tab=municipalities&org=${organisationId}`;

/** Each municipality's assessment of the areas and the notes of its meeting with the region. */
export function FeedbackTab({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const opened = c.municipalities.find((m) => m.organisationId === params.get('org'));
  if (opened) return <FeedbackPanel cycle={c} feedback={opened} />;
  const own = c.abilities.update ? [] : c.municipalities.filter((m) => m.editable);
  const columns: Column<Feedback>[] = [
    col.link(
      'municipality',
      t('followup.feedback.municipality'),
      (m) => m.organisationName,
      (m) => openLink(m.organisationId),
      { sort: false },
    ),
    {
      id: 'status',
      header: t('followup.feedback.status'),
      cell: (m) => (
        <>
          <Group gap={6}>
            <FollowupStatusBadge status={m.status} />
            {m.editable && m.status !== 'submitted' && (
              <Badge color="#1c5d99" variant="light" styles={badgeStyles}>
                {t('followup.feedback.youMayEdit')}
              </Badge>
            )}
          </Group>
          {m.submittedAt && (
            <Text size="sm">{t('followup.feedback.submittedAt', { date: formatDateTime(m.submittedAt) })}</Text>
          )}
        </>
      ),
    },
    {
      id: 'contact',
      header: t('followup.feedback.contact'),
      cell: (m) => (
        <span style={{ wordBreak: 'break-word' }}>
          {m.contactName ?? t('followup.feedback.noContact')}
          {m.contactEmail && (
            <Text size="sm">
              <Anchor href={`mailto:${m.contactEmail}`}>{m.contactEmail}</Anchor>
            </Text>
          )}
        </span>
      ),
    },
    {
      id: 'meetingDate',
      header: t('followup.feedback.meetingDate'),
      cell: (m) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(m.meetingDate)}</span>,
    },
  ];
  return (
    <>
      {own.map((m) => (
        <Alert
          key={m.organisationId}
          variant="outline"
          color="blue.9"
          mb="md"
          title={t('followup.feedback.yoursTitle', { name: m.organisationName })}
        >
          <RecordLink to={openLink(m.organisationId)}>
            {m.status === 'submitted'
              ? t('followup.feedback.yoursRead')
              : t('followup.feedback.yoursOpen', { name: m.organisationName })}
          </RecordLink>
        </Alert>
      ))}
      {c.municipalities.length === 0 ? (
        <Text>{t('followup.feedback.noMunicipalities')}</Text>
      ) : (
        <CaptionedTable
          caption={t('followup.feedback.caption', { count: c.municipalities.length })}
          columns={columns}
          rows={c.municipalities}
          rowKey={(m) => m.organisationId}
        />
      )}
    </>
  );
}

/** One municipality: its form while it may be edited, otherwise what it assessed. */
function FeedbackPanel({ cycle: c, feedback: f }: { cycle: Cycle; feedback: Feedback }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a municipality moves the keyboard to its heading, so the change is announced.
  useEffect(() => heading.current?.focus(), [f.organisationId]);
  const editable = f.editable && f.status !== 'submitted' && c.status !== 'decided';
  return (
    <Stack gap="md">
      <Anchor component={Link} to="?tab=municipalities" size="sm">
        ← {t('followup.feedback.all')}
      </Anchor>
      <Group gap="xs">
        <Title order={3} size="h4" ref={heading} tabIndex={-1}>
          {t('followup.feedback.formTitle', { name: f.organisationName })}
        </Title>
        <FollowupStatusBadge status={f.status} />
      </Group>
      {f.status === 'submitted' && (
        <Text>{t('followup.feedback.submittedNote', { date: formatDateTime(f.submittedAt) })}</Text>
      )}
      {!editable && f.status !== 'submitted' && (
        <Text>{c.status === 'decided' ? t('followup.feedback.closed') : t('followup.feedback.readOnly')}</Text>
      )}
      {editable ? <FeedbackForm cycle={c} feedback={f} /> : <FeedbackView cycle={c} feedback={f} />}
    </Stack>
  );
}

function FeedbackView({ cycle: c, feedback: f }: { cycle: Cycle; feedback: Feedback }) {
  const { t } = useTranslation();
  const label = useFollowupLabel();
  type Area = Cycle['areas'][number];
  const of = (a: Area) => f.areas.find((y) => y.areaCode === a.code);
  const columns: Column<Area>[] = [
    { id: 'area', header: t('followup.feedback.area'), rowHeader: true, cell: (a) => a.name },
    {
      id: 'rating',
      header: t('followup.feedback.rating'),
      cell: (a) => {
        const rating = of(a)?.rating;
        return rating ? label('followupRating', rating) : t('followup.feedback.notRated');
      },
    },
    {
      id: 'comment',
      header: t('followup.feedback.comment'),
      cell: (a) => <span style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>{of(a)?.comment ?? '–'}</span>,
    },
  ];
  return (
    <>
      <CaptionedTable
        caption={t('followup.feedback.viewCaption', { name: f.organisationName })}
        columns={columns}
        rows={c.areas}
        rowKey={(a) => a.code}
      />
      <FieldList
        items={[
          { label: t('followup.feedback.meetingDate'), value: formatDate(f.meetingDate) },
          { label: t('followup.feedback.participants'), value: f.participants },
          { label: t('followup.feedback.notes'), value: f.notes },
        ]}
      />
    </>
  );
}
