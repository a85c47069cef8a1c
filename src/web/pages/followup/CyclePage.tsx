import { Alert, Group } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DetailPage, RecordTabs, useTabParam, RecordLink } from '../../kit';
import { formatDate } from '../../format';
import { CompilationTab } from './CompilationTab';
import { DecisionTab } from './DecisionTab';
import { FeedbackTab } from './FeedbackTab';
import { HistoryTab } from './HistoryTab';
import { useCycle, type Cycle } from './queries';
import { QuestionnaireTab } from './QuestionnaireTab';
import { ReportsTab } from './ReportsTab';
import { FollowupStatusBadge, OverdueBadge, periodText } from './shared';
import { TimelineTab } from './TimelineTab';

const tabs = ['timeline', 'reports', 'municipalities', 'questionnaire', 'compilation', 'decision', 'history'] as const;
type Tab = (typeof tabs)[number];
const panels: Record<Tab, (p: { cycle: Cycle }) => React.ReactNode> = {
  timeline: TimelineTab,
  reports: ReportsTab,
  municipalities: FeedbackTab,
  questionnaire: QuestionnaireTab,
  compilation: CompilationTab,
  decision: DecisionTab,
  history: HistoryTab,
};

const overdueOf = (c: Cycle) => c.milestones.filter((m) => m.overdue).length;

/** One year's follow-up: timeline, activity reports, the municipalities' assessments, the bodies' questionnaire, compilation and decision. */
export function CyclePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useCycle(id);
  // The opened municipality belongs to its own tab only.
  const [tab, setTab] = useTabParam(tabs, (next) => (next === 'municipalities' ? [] : ['org']));
  return (
    <DetailPage
      query={q}
      title={(c) => c.title}
      back={{ to: '/followup', label: t('followup.title') }}
      description={(c) => (
        <Group gap="xs" component="span">
          <FollowupStatusBadge status={c.status} />
          {overdueOf(c) > 0 && <OverdueBadge count={overdueOf(c)} />}
          <span>
            {t('followup.detail.summary', { period: periodText(c), organisation: c.organisationName })}{' '}
            <RecordLink to={`/agreement-templates/${c.templateId}`}>{c.templateTitle}</RecordLink>
          </span>
        </Group>
      )}
    >
      {(c) => <CycleTabs c={c} tab={tab} onTab={setTab} />}
    </DetailPage>
  );
}

function CycleTabs({ c, tab, onTab }: { c: Cycle; tab: Tab; onTab: (tab: string) => void }) {
  const { t } = useTranslation();
  const overdue = overdueOf(c);
  const submitted = c.municipalities.filter((m) => m.status === 'submitted').length;
  const tabLabel = (x: Tab) => {
    if (x === 'timeline' && overdue > 0) return t('followup.tabs.timelineOverdue', { count: overdue });
    if (x === 'municipalities')
      return t('followup.tabs.municipalitiesCount', { submitted, total: c.municipalities.length });
    return t(`followup.tabs.${x}`);
  };
  return (
    <>
      {c.status === 'decided' && c.decision && (
        <Alert variant="outline" color="gray.8" mb="md" title={t('followup.detail.decidedTitle')}>
          {t('followup.detail.decided', { date: formatDate(c.decision.date), body: c.decision.bodyName })}
        </Alert>
      )}
      <RecordTabs
        label={t('followup.tabs.label')}
        value={tab}
        onChange={onTab}
        mb="xl"
        tabs={tabs.map((x) => {
          const Panel = panels[x];
          // The history names itself.
          const named = x !== 'history';
          return {
            value: x,
            label: tabLabel(x),
            title: named ? t(`followup.tabs.${x}`) : undefined,
            intro: named ? t(`followup.intros.${x}`) : undefined,
            panel: <Panel cycle={c} />,
          };
        })}
      />
    </>
  );
}
