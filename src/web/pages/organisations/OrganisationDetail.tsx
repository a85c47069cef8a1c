import { Alert, Anchor } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../organisations/contract';
import { AuditHistory } from '../../components/AuditHistory';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useEnum } from '../../i18n/useEnum';
import { DetailPage, useSave } from '../../kit';
import { useCan } from '../../permissions';
import { organisationFieldLabel } from './fields';
import { OrganisationRelations } from './OrganisationRelations';
import { PopulationEditor } from './PopulationEditor';
import { organisationKeys, organisationsApi, useOrganisation } from './queries';

export function OrganisationDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const archive = useSave({
    send: (o: Organisation) => organisationsApi.archive(o),
    invalidate: [organisationKeys.all],
  });
  const targetOf = (o: Organisation) => ({ countyId: o.countyId, organisationId: o.id });

  return (
    <DetailPage
      query={useOrganisation(id)}
      title={(o) => o.name}
      back={{ to: '/organisations', label: t('organisations.title') }}
      actions={(o) => [
        {
          label: t('common.edit'),
          to: `/organisations/${o.id}/edit`,
          can: can('update', 'organisation', targetOf(o)) && !o.archived,
        },
        {
          label: o.archived ? t('common.restore') : t('common.archive'),
          can: can('archive', 'organisation', targetOf(o)),
          variant: 'outline',
          onClick: () => archive.submit(o),
          loading: archive.pending,
          element: !o.archived && (
            <ConfirmButton
              variant="outline"
              color="red.9"
              label={t('common.archive')}
              title={t('common.confirmArchive', { name: o.name })}
              message={t('organisations.archiveConfirm')}
              onConfirm={() => archive.submit(o)}
              loading={archive.pending}
            />
          ),
        },
      ]}
    >
      {(o) => (
        <>
          <ErrorAlert error={archive.error} />
          <OrganisationBody
            o={o}
            canEdit={can('update', 'organisation', targetOf(o)) && !o.archived}
            canAudit={can('read', 'audit', targetOf(o))}
          />
        </>
      )}
    </DetailPage>
  );
}

function OrganisationBody({ o, canEdit, canAudit }: { o: Organisation; canEdit: boolean; canAudit: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const website = o.website ? (
    <Anchor href={o.website} target="_blank" rel="noreferrer">
      {o.website}
    </Anchor>
  ) : null;
  return (
    <>
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
          <PopulationEditor org={o} canEdit={canEdit} />
        </Section>
      )}
      <OrganisationRelations organisationId={o.id} />
      {canAudit && (
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
