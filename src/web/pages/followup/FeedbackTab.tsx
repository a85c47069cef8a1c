import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/FieldList';
import { TableScroll } from '../../components/TableScroll';
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
  const caption = t('followup.feedback.caption', { count: c.municipalities.length });
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
          <Anchor component={Link} to={openLink(m.organisationId)}>
            {m.status === 'submitted'
              ? t('followup.feedback.yoursRead')
              : t('followup.feedback.yoursOpen', { name: m.organisationName })}
          </Anchor>
        </Alert>
      ))}
      {c.municipalities.length === 0 ? (
        <Text>{t('followup.feedback.noMunicipalities')}</Text>
      ) : (
        <TableScroll minWidth={760} label={caption}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followup.feedback.municipality')}</Table.Th>
                <Table.Th scope="col">{t('followup.feedback.status')}</Table.Th>
                <Table.Th scope="col">{t('followup.feedback.contact')}</Table.Th>
                <Table.Th scope="col">{t('followup.feedback.meetingDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.municipalities.map((m) => (
                <Table.Tr key={m.organisationId}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={openLink(m.organisationId)}>
                      {m.organisationName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Group gap={6}>
                      <FollowupStatusBadge status={m.status} />
                      {m.editable && m.status !== 'submitted' && (
                        <Badge color="#1c5d99" variant="light" styles={badgeStyles}>
                          {t('followup.feedback.youMayEdit')}
                        </Badge>
                      )}
                    </Group>
                    {m.submittedAt && (
                      <Text size="sm">
                        {t('followup.feedback.submittedAt', { date: formatDateTime(m.submittedAt) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    {m.contactName ?? t('followup.feedback.noContact')}
                    {m.contactEmail && (
                      <Text size="sm">
                        <Anchor href={`mailto:${m.contactEmail}`}>{m.contactEmail}</Anchor>
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(m.meetingDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
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
  const caption = t('followup.feedback.viewCaption', { name: f.organisationName });
  return (
    <>
      <TableScroll minWidth={560} label={caption}>
        <Table withTableBorder>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('followup.feedback.area')}</Table.Th>
              <Table.Th scope="col">{t('followup.feedback.rating')}</Table.Th>
              <Table.Th scope="col">{t('followup.feedback.comment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.areas.map((a) => {
              const x = f.areas.find((y) => y.areaCode === a.code);
              return (
                <Table.Tr key={a.code}>
                  <Table.Th scope="row" fw={500}>
                    {a.name}
                  </Table.Th>
                  <Table.Td>{x?.rating ? label('followupRating', x.rating) : t('followup.feedback.notRated')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>{x?.comment ?? '–'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
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
