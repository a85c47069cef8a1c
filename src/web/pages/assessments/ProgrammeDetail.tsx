import { Button, List } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { DetailPage, History } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { ConflictTable } from './ConflictTable';
import { NewInitiative } from './NewInitiative';
import { OverviewMatrix } from './OverviewMatrix';
import { programmeFieldLabel } from './programmeFields';
import { assessmentLinks, programmeKeys, useOverview, useProgramme, useProgrammeConflicts } from './queries';

export function ProgrammeDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useProgramme(id)}
      title={(p) => p.name}
      back={{ to: '/programmes', label: t('programmes.title') }}
      actions={(p) => [{ label: t('common.edit'), to: `/programmes/${p.id}/edit`, can: p.abilities.update }]}
    >
      {(p) => <ProgrammeBody p={p} />}
    </DetailPage>
  );
}

function ProgrammeBody({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const overview = useOverview(p.id);
  const conflicts = useProgrammeConflicts(p.id);
  const [adding, setAdding] = useState(false);
  return (
    <>
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
          p.abilities.addInitiative &&
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
      <History
        path={assessmentLinks.programmeAudit(p.id)}
        queryKey={programmeKeys.one(p.id)}
        fieldLabel={programmeFieldLabel(t)}
      />
    </>
  );
}
