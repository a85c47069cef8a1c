import { Alert, Anchor, Button, List, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../bodies/contract';
import { api } from '../../api';
import { AuditHistory } from '../../components/AuditHistory';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { FieldList } from '../../components/FieldList';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { bodyFieldLabel } from './fields';
import { MemberTable } from './MemberTable';
import { bodyKeys, useBody } from './queries';

export function BodyDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnum();
  const can = useCan();
  const qc = useQueryClient();
  const q = useBody(id);

  const archive = useMutation({
    mutationFn: (b: Body) =>
      api.post<Body>(`/api/bodies/${b.id}/${b.archived ? 'restore' : 'archive'}`, { version: b.version }),
    onSuccess: async (b) => {
      qc.setQueryData(bodyKeys.one(b.id), b);
      await qc.invalidateQueries({ queryKey: bodyKeys.all });
    },
    onError: () => void qc.invalidateQueries({ queryKey: bodyKeys.one(id) }),
  });

  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const b = q.data;
  const target = { countyId: b.countyId, organisationId: b.organisationId };
  const canEdit = b.abilities.update && !b.archived;

  return (
    <>
      <PageHeader
        title={b.name}
        above={<BackLink to="/bodies" label={t('bodies.title')} />}
        actions={
          <>
            {canEdit && (
              <Button component={Link} to={`/bodies/${b.id}/edit`}>
                {t('common.edit')}
              </Button>
            )}
            {b.abilities.archive &&
              (b.archived ? (
                <Button variant="outline" onClick={() => archive.mutate(b)} loading={archive.isPending}>
                  {t('common.restore')}
                </Button>
              ) : (
                <ConfirmButton
                  variant="outline"
                  color="red.9"
                  label={t('common.archive')}
                  title={t('common.confirmArchive', { name: b.name })}
                  message={t('common.confirmArchive', { name: b.name })}
                  onConfirm={() => archive.mutate(b)}
                  loading={archive.isPending}
                />
              ))}
          </>
        }
      />
      <ErrorAlert error={archive.error} />
      {b.archived && (
        <Alert variant="outline" color="gray.8" mb="md">
          {t('common.archived')}
        </Alert>
      )}
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
        <Text mb="md">
          {b.reportsTo ? (
            <>
              <Anchor component={Link} to={`/bodies/${b.reportsTo.id}`}>
                {b.reportsTo.name}
              </Anchor>{' '}
              ({label('bodyType', b.reportsTo.type)})
            </>
          ) : (
            t('bodies.noReportsTo')
          )}
        </Text>
        <Text fw={600} size="sm">
          {t('bodies.reportingBodies')}
        </Text>
        {b.reportingBodies.length === 0 ? (
          <Text>{t('bodies.noReportingBodies')}</Text>
        ) : (
          <List spacing={4}>
            {b.reportingBodies.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={`/bodies/${r.id}`}>
                  {r.name}
                </Anchor>{' '}
                ({label('bodyType', r.type)})
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('bodies.members.title')}>
        <MemberTable body={b} canEdit={canEdit} />
      </Section>
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/bodies/${b.id}/audit`}
          queryKey={bodyKeys.one(b.id)}
          fieldLabel={bodyFieldLabel(t)}
          enums={{ type: 'bodyType', role: 'memberRole' }}
        />
      )}
    </>
  );
}
