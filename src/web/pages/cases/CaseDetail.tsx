import { Anchor, Group } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../meetings/contract';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime } from '../../format';
import { DetailPage, History } from '../../kit';
import { ConcernsSection } from './ConcernsSection';
import { DocumentsSection } from './DocumentsSection';
import { EditCaseDialog } from './EditCaseDialog';
import { caseFieldLabel } from './fields';
import { caseKeys, casesApi, useCase } from './queries';
import { CaseStatusBadge, OverdueBadge, useCaseWords } from './shared';
import { StepsSection } from './StepsSection';

/** A case: its registration number and facts, its path through bodies, what it concerns, its documents, its history. */
export function CaseDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <DetailPage
      query={useCase(id)}
      title={(c) => `${c.registrationNumber} ${c.title}`}
      back={{ to: '/cases', label: t('cases.title') }}
      actions={(c) => [{ label: t('cases.edit'), can: c.abilities.update, onClick: () => setEditing(true) }]}
    >
      {(c) => (
        <>
          {editing && <EditCaseDialog c={c} onClose={() => setEditing(false)} />}
          <Facts c={c} />
          <StepsSection c={c} />
          <ConcernsSection c={c} />
          <DocumentsSection c={c} />
          <History
            load={() => casesApi.history(c.id)}
            queryKey={caseKeys.one(c.id)}
            fieldLabel={caseFieldLabel(t)}
            enums={{ status: 'caseStatus', kind: 'caseKind' }}
          />
        </>
      )}
    </DetailPage>
  );
}

function Facts({ c }: { c: Case }) {
  const { t } = useTranslation();
  const words = useCaseWords();
  const field = (k: string) => t(`cases.fields.${k}`);
  const motion = c.motion
    ? [
        { label: t('cases.motion.submittedBy'), value: c.motion.submittedBy },
        { label: t('cases.motion.party'), value: c.motion.party },
        { label: t('cases.motion.submittedOn'), value: formatDate(c.motion.submittedOn) },
        {
          label: t('cases.motion.decideBy'),
          value: (
            <Group gap="xs" component="span">
              <span>{formatDate(c.motion.decideBy)}</span>
              <OverdueBadge c={c} />
            </Group>
          ),
        },
      ]
    : [];
  return (
    <Section title={t('common.details')}>
      <FieldList
        items={[
          { label: field('registrationNumber'), value: c.registrationNumber },
          { label: field('kind'), value: words.kind(c.kind) },
          { label: field('status'), value: <CaseStatusBadge status={c.status} /> },
          { label: field('officer'), value: c.officer?.name ?? t('cases.noOfficer') },
          {
            label: field('organisation'),
            value: (
              <Anchor component={Link} to={`/organisations/${c.organisationId}`}>
                {c.organisationName}
              </Anchor>
            ),
          },
          ...motion,
          { label: field('description'), value: c.description },
          { label: t('common.created'), value: formatDateTime(c.createdAt) },
          { label: t('common.updated'), value: formatDateTime(c.updatedAt) },
        ]}
      />
    </Section>
  );
}
