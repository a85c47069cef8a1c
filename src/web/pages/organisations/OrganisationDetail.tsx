import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../organisations/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useEnum } from '../../i18n/useEnum';
import { ArchivedNotice, DetailPage, History, useRecordActions } from '../../kit';
import { organisationFieldLabel } from './fields';
import { OrganisationRelations } from './OrganisationRelations';
import { PopulationEditor } from './PopulationEditor';
import { organisationKeys, organisationsApi, useOrganisation } from './queries';

export function OrganisationDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { actions, error } = useRecordActions({
    archive: organisationsApi.archive,
    invalidate: [organisationKeys.all],
    editTo: (o: Organisation) => `/organisations/${o.id}/edit`,
    name: (o) => o.name,
    archiveMessage: t('organisations.archiveConfirm'),
  });
  return (
    <DetailPage
      query={useOrganisation(id)}
      title={(o) => o.name}
      back={{ to: '/organisations', label: t('organisations.title') }}
      actions={actions}
    >
      {(o) => (
        <>
          <ErrorAlert error={error} />
          <OrganisationBody o={o} />
        </>
      )}
    </DetailPage>
  );
}

function OrganisationBody({ o }: { o: Organisation }) {
  const { t } = useTranslation();
  const label = useEnum();
  return (
    <>
      <ArchivedNotice archived={o.archived}>{t('organisations.archivedNotice')}</ArchivedNotice>
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
            {
              label: t('organisations.fields.website'),
              value: o.website && (
                <Anchor href={o.website} target="_blank" rel="noreferrer">
                  {o.website}
                </Anchor>
              ),
            },
            { label: t('organisations.fields.address'), value: o.address },
            {
              label: t('noticeBoard.organisationLabel'),
              value: (
                <Anchor component={Link} to={`/anslagstavla/${o.id}`}>
                  {t('noticeBoard.organisationLink')}
                </Anchor>
              ),
            },
            { label: t('common.status'), value: <StatusBadge archived={o.archived} /> },
          ]}
        />
      </Section>
      {o.type === 'municipality' && (
        <Section title={t('organisations.populations.title')}>
          <PopulationEditor org={o} canEdit={o.abilities.update && !o.archived} />
        </Section>
      )}
      <OrganisationRelations organisationId={o.id} />
      <History
        load={() => organisationsApi.history(o.id)}
        queryKey={organisationKeys.one(o.id)}
        fieldLabel={organisationFieldLabel(t)}
        enums={{ type: 'organisationType' }}
      />
    </>
  );
}
