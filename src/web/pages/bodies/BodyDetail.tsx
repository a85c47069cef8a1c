import { Anchor, List, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../bodies/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useEnum } from '../../i18n/useEnum';
import { ArchivedNotice, DetailPage, History, useRecordActions } from '../../kit';
import { bodyFieldLabel } from './fields';
import { MemberTable } from './MemberTable';
import { bodiesApi, bodyKeys, useBody } from './queries';
import { BodyMeetings } from '../meetings/BodyMeetings';

export function BodyDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { actions, error } = useRecordActions({
    archive: bodiesApi.archive,
    invalidate: [bodyKeys.all],
    editTo: (b: Body) => `/bodies/${b.id}/edit`,
    name: (b) => b.name,
  });
  return (
    <DetailPage
      query={useBody(id)}
      title={(b) => b.name}
      back={{ to: '/bodies', label: t('bodies.title') }}
      actions={actions}
    >
      {(b) => (
        <>
          <ErrorAlert error={error} />
          <BodyContent b={b} />
        </>
      )}
    </DetailPage>
  );
}

function BodyContent({ b }: { b: Body }) {
  const { t } = useTranslation();
  const label = useEnum();
  const bodyLink = (r: { id: string; name: string; type: string }) => (
    <>
      <Anchor component={Link} to={`/bodies/${r.id}`}>
        {r.name}
      </Anchor>{' '}
      ({label('bodyType', r.type)})
    </>
  );
  return (
    <>
      <ArchivedNotice archived={b.archived} />
      <Section title={t('common.details')}>
        <FieldList
          items={[
            { label: t('bodies.fields.type'), value: label('bodyType', b.type) },
            { label: t('bodies.fields.shortName'), value: b.shortName },
            {
              label: t('bodies.fields.organisation'),
              value: (
                <Anchor component={Link} to={`/organisations/${b.organisationId}`}>
                  {b.organisationName}
                </Anchor>
              ),
            },
            { label: t('common.status'), value: <StatusBadge archived={b.archived} /> },
            { label: t('bodies.fields.description'), value: b.description },
          ]}
        />
      </Section>
      <Section title={t('bodies.structure')}>
        <Text fw={600} size="sm">
          {t('bodies.fields.reportsTo')}
        </Text>
        <Text mb="md">{b.reportsTo ? bodyLink(b.reportsTo) : t('bodies.noReportsTo')}</Text>
        <Text fw={600} size="sm">
          {t('bodies.reportingBodies')}
        </Text>
        {b.reportingBodies.length === 0 ? (
          <Text>{t('bodies.noReportingBodies')}</Text>
        ) : (
          <List spacing={4}>
            {b.reportingBodies.map((r) => (
              <List.Item key={r.id}>{bodyLink(r)}</List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('bodies.members.title')}>
        <MemberTable body={b} canEdit={b.abilities.update && !b.archived} />
      </Section>
      <BodyMeetings bodyId={b.id} />
      <History
        load={() => bodiesApi.history(b.id)}
        queryKey={bodyKeys.one(b.id)}
        fieldLabel={bodyFieldLabel(t)}
        enums={{ type: 'bodyType', role: 'memberRole' }}
      />
    </>
  );
}
