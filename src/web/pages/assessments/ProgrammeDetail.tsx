import { Button, List } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuditHistory } from '../../components/AuditHistory';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useCan } from '../../permissions';
import { useLocalText } from '../frameworks/queries';
import { ConflictTable } from './ConflictTable';
import { NewInitiative } from './NewInitiative';
import { OverviewMatrix } from './OverviewMatrix';
import { programmeFieldLabel } from './programmeFields';
import { programmeKeys, useOverview, useProgramme, useProgrammeConflicts } from './queries';

export function ProgrammeDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const local = useLocalText();
  const can = useCan();
  const q = useProgramme(id);
  const overview = useOverview(id);
  const conflicts = useProgrammeConflicts(id);
  const [adding, setAdding] = useState(false);

  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  const target = { countyId: p.countyId, organisationId: p.organisationId, shared: p.shared };
  const canEdit = can('update', 'assessment', target);

  return (
    <>
      <PageHeader
        title={p.name}
        above={<BackLink to="/programmes" label={t('programmes.title')} />}
        actions={
          canEdit && (
            <Button component={Link} to={`/programmes/${p.id}/edit`}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Section title={t('common.details')}>
        <FieldList
          items={[
            { label: t('programmes.fields.organisation'), value: p.organisationName },
            {
              label: t('programmes.fields.rus'),
              value: p.rusName
                ? t('programmes.rusOption', { name: local(p.rusName), number: p.rusVersionNumber ?? '' })
                : t('programmes.noRus'),
            },
            {
              label: t('programmes.fields.shared'),
              value: p.shared ? t('programmes.shared') : t('programmes.notShared'),
            },
            { label: t('programmes.fields.initiativeCount'), value: String(p.initiativeCount) },
            {
              label: t('programmes.fields.stakeholderGroups'),
              value: (
                <List size="sm" spacing={0}>
                  {p.stakeholderGroups.map((g) => (
                    <List.Item key={g}>{g}</List.Item>
                  ))}
                </List>
              ),
            },
            { label: t('programmes.fields.description'), value: p.description },
          ]}
        />
      </Section>
      <Section
        title={t('programmes.overview.title')}
        actions={
          canEdit &&
          !adding && (
            <Button variant="outline" onClick={() => setAdding(true)}>
              {t('initiatives.new')}
            </Button>
          )
        }
      >
        {adding && (
          <div style={{ marginBottom: 'var(--mantine-spacing-lg)' }}>
            <NewInitiative programme={p} onDone={() => setAdding(false)} />
          </div>
        )}
        {overview.isPending && <Loading />}
        <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        {overview.data && <OverviewMatrix overview={overview.data} />}
      </Section>
      <Section title={t('programmes.conflictsTitle')}>
        {conflicts.isPending && <Loading />}
        <ErrorAlert error={conflicts.error} onRetry={() => void conflicts.refetch()} />
        {conflicts.data && (
          <ConflictTable conflicts={conflicts.data} caption={t('programmes.conflictsCaption', { name: p.name })} />
        )}
      </Section>
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/programmes/${p.id}/audit`}
          queryKey={programmeKeys.one(p.id)}
          fieldLabel={programmeFieldLabel(t)}
        />
      )}
    </>
  );
}
