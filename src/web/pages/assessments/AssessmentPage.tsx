import { Alert } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { formatDateTime } from '../../format';
import { DetailPage, RecordTabs, useTabParam, RecordLink } from '../../kit';
import { ConflictsTab } from './ConflictsTab';
import { useAssessment } from './queries';
import { StepActions } from './StepActions';
import { StepActors } from './StepActors';
import type { StepProps } from './StepProps';
import { StepRus } from './StepRus';
import { StepSustainability } from './StepSustainability';
import { SummaryTab } from './SummaryTab';

const tabs = ['step1', 'step2', 'step3', 'step4', 'conflicts', 'summary'] as const;
type Tab = (typeof tabs)[number];
const panels: Record<Tab, (p: StepProps) => React.ReactNode> = {
  step1: StepRus,
  step2: StepSustainability,
  step3: StepActors,
  step4: StepActions,
  conflicts: ConflictsTab,
  summary: SummaryTab,
};

/** The working page of one assessment: the four steps, the conflicts and the summary as tabs. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useAssessment(id);
  return (
    <DetailPage
      query={q}
      title={(a) => t('assessments.title', { name: a.initiative.name, number: a.number })}
      back={q.data && { to: `/initiatives/${q.data.initiative.id}`, label: q.data.initiative.name }}
      description={(a) => (
        <>
          {t('assessments.programmeIs')}{' '}
          <RecordLink to={`/programmes/${a.initiative.programmeId}`}>{a.initiative.programmeName}</RecordLink>
        </>
      )}
    >
      {(a) => <AssessmentTabs a={a} stamp={q.dataUpdatedAt} />}
    </DetailPage>
  );
}

function AssessmentTabs({ a, stamp }: { a: Assessment; stamp: number }) {
  const { t } = useTranslation();
  const [tab, setTab] = useTabParam(tabs);
  const finished = a.status === 'finished';
  // The assessment's abilities: update only while it is in progress, comment for whoever may.
  const props: StepProps = { assessment: a, editable: a.abilities.update, canComment: a.abilities.comment, stamp };
  const tabLabel = (x: Tab) => {
    if (x === 'conflicts') return t('assessments.tabs.conflicts', { count: a.conflicts.length });
    if (x === 'summary') return t('assessments.tabs.summary');
    const step = x.slice(4);
    const gate = a.gates.find((g) => String(g.step) === step);
    return `${t(`assessments.steps.${step}.short`)}${gate ? ' ✓' : ''}`;
  };
  const title = (x: Tab) =>
    x.startsWith('step')
      ? t(`assessments.steps.${x.slice(4)}.title`)
      : x === 'conflicts'
        ? t('assessments.conflicts.title')
        : t('assessments.tabs.summary');
  const intro = (x: Tab) =>
    x.startsWith('step')
      ? t(`assessments.steps.${x.slice(4)}.question`)
      : x === 'conflicts'
        ? t('assessments.conflicts.intro')
        : undefined;

  return (
    <>
      {finished ? (
        <Alert variant="outline" color="gray.8" mb="md" title={t('assessments.status.finishedTitle')}>
          {t('assessments.status.finished', { when: formatDateTime(a.finishedAt), who: a.finishedBy ?? '' })}
        </Alert>
      ) : (
        <Alert variant="outline" color="blue.9" mb="md" title={t('assessments.status.inProgressTitle')}>
          {props.editable ? t('assessments.status.inProgress') : t('assessments.status.readOnly')}
        </Alert>
      )}
      <RecordTabs
        label={t('assessments.tabs.label')}
        value={tab}
        onChange={setTab}
        tabs={tabs.map((x) => {
          const Panel = panels[x];
          return {
            value: x,
            label: tabLabel(x),
            title: title(x),
            intro: intro(x),
            introIsQuestion: x.startsWith('step'),
            panel: <Panel {...props} />,
          };
        })}
      />
    </>
  );
}
