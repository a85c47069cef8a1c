import { Alert, Anchor, Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../organisations/contract';
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
import { organisationFieldLabel } from './fields';
import { OrganisationRelations } from './OrganisationRelations';
import { PopulationEditor } from './PopulationEditor';
import { organisationKeys, useOrganisation } from './queries';

export function OrganisationDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnum();
  const can = useCan();
  const qc = useQueryClient();
  const q = useOrganisation(id);

  const archive = useMutation({
    mutationFn: (o: Organisation) =>
      api.post<Organisation>(`/api/organisations/${o.id}/${o.archived ? 'restore' : 'archive'}`, {
        version: o.version,
      }),
    onSuccess: async (o) => {
      qc.setQueryData(organisationKeys.one(o.id), o);
      await qc.invalidateQueries({ queryKey: organisationKeys.all });
    },
    onError: () => void qc.invalidateQueries({ queryKey: organisationKeys.one(id) }),
  });

  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const o = q.data;
  const target = { countyId: o.countyId, organisationId: o.id };
  const website = o.website ? (
    <Anchor href={o.website} target="_blank" rel="noreferrer">
      {o.website}
    </Anchor>
  ) : null;

  return (
    <>
      <PageHeader
        title={o.name}
        above={<BackLink to="/organisations" label={t('organisations.title')} />}
        actions={
          <>
            {can('update', 'organisation', target) && !o.archived && (
              <Button component={Link} to={`/organisations/${o.id}/edit`}>
                {t('common.edit')}
              </Button>
            )}
            {can('archive', 'organisation', target) &&
              (o.archived ? (
                <Button variant="outline" onClick={() => archive.mutate(o)} loading={archive.isPending}>
                  {t('common.restore')}
                </Button>
              ) : (
                <ConfirmButton
                  variant="outline"
                  color="red.9"
                  label={t('common.archive')}
                  title={t('common.confirmArchive', { name: o.name })}
                  message={t('organisations.archiveConfirm')}
                  onConfirm={() => archive.mutate(o)}
                  loading={archive.isPending}
                />
              ))}
          </>
        }
      />
      <ErrorAlert error={archive.error} />
      {o.archived && (
        <Alert variant="outline" color="gray.8" mb="md">
          {t('organisations.archivedNotice')}
        </Alert>
      )}
      <Section title={t('common.details')}>
        <FieldList
          items={[
            { label: t('organisations.fields.type'), value: label('organisationType', o.type) },
            { label: t('organisations.fields.shortName'), value: o.shortName },
            { label: t('organisations.fields.orgNumber'), value: o.orgNumber },
            ...(o.type === 'municipality'
              ? [{ label: t('organisations.fields.municipalityCode'), value: o.municipalityCode }]
              : []),
            {
              label: t('organisations.fields.email'),
              value: o.email && <Anchor href={`mailto:${o.email}`}>{o.email}</Anchor>,
            },
            { label: t('organisations.fields.phone'), value: o.phone },
            { label: t('organisations.fields.website'), value: website },
            { label: t('organisations.fields.address'), value: o.address },
            { label: t('common.status'), value: <StatusBadge archived={o.archived} /> },
          ]}
        />
      </Section>
      {o.type === 'municipality' && (
        <Section title={t('organisations.populations.title')}>
          <PopulationEditor org={o} canEdit={can('update', 'organisation', target) && !o.archived} />
        </Section>
      )}
      <OrganisationRelations organisationId={o.id} />
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/organisations/${o.id}/audit`}
          queryKey={organisationKeys.one(o.id)}
          fieldLabel={organisationFieldLabel(t)}
          enums={{ type: 'organisationType' }}
        />
      )}
    </>
  );
}
