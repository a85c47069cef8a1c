import { Alert, Anchor, Group, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DetailPage } from '../../kit';
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

/** Another tab; the opened municipality belongs to its own tab only. */
function tabParams(p: URLSearchParams, tab: string) {
  const next = new URLSearchParams(p);
  next.set('tab', tab);
  if (tab !== 'municipalities') next.delete('org');
  return next;
}

/** One year's follow-up: timeline, activity reports, the municipalities' assessments, the bodies' questionnaire, compilation and decision. */
export function CyclePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = useCycle(id);
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'timeline';
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
            <Anchor component={Link} to={`/agreement-templates/${c.templateId}`}>
              {c.templateTitle}
            </Anchor>
          </span>
        </Group>
      )}
    >
      {(c) => <CycleTabs c={c} tab={tab} onTab={(v) => setParams((p) => tabParams(p, v), { replace: true })} />}
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
  const Panel = panels[tab];
  return (
    <>
      {c.status === 'decided' && c.decision && (
        <Alert variant="outline" color="gray.8" mb="md" title={t('followup.detail.decidedTitle')}>
          {t('followup.detail.decided', { date: formatDate(c.decision.date), body: c.decision.bodyName })}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => v && onTab(v)} keepMounted={false} variant="outline" mb="xl">
        <Tabs.List aria-label={t('followup.tabs.label')} style={{ flexWrap: 'wrap' }}>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {tabLabel(x)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((x) => (
          <Tabs.Panel key={x} value={x} pt="md">
            {x === tab && (
              <>
                {/* The history names itself. */}
                {x !== 'history' && (
                  <>
                    <Title order={2} size="h3" mb={4}>
                      {t(`followup.tabs.${x}`)}
                    </Title>
                    <Text mb="md" maw={760}>
                      {t(`followup.intros.${x}`)}
                    </Text>
                  </>
                )}
                <Panel cycle={c} />
              </>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
