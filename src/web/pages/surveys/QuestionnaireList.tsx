import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { DataTable, ListPage, type Column } from '../../kit';
import { useQuestionnaires, type Summary } from './queries';
import { QuestionnaireStatusBadge, useBi } from './shared';

/** The county's questionnaires: the newest first, with status and answering period. */
export function QuestionnaireList() {
  const { t } = useTranslation();
  const text = useBi();
  const q = useQuestionnaires();
  const columns: Column<Summary>[] = [
    {
      id: 'title',
      header: t('questionnaires.cols.title'),
      rowHeader: true,
      sortValue: (x) => text(x.title),
      cell: (x) => (
        <>
          <Anchor component={Link} to={`/questionnaires/${x.id}`}>
            {text(x.title)}
          </Anchor>
          {x.anonymous && (
            <Text size="sm" fw={400}>
              {t('questionnaires.anonymous')}
            </Text>
          )}
        </>
      ),
    },
    {
      id: 'status',
      header: t('questionnaires.cols.status'),
      sortValue: (x) => x.status,
      cell: (x) => <QuestionnaireStatusBadge status={x.status} />,
    },
    {
      id: 'period',
      header: t('questionnaires.cols.period'),
      sortValue: (x) => x.opensAt,
      cell: (x) => `${formatDate(x.opensAt)} – ${formatDate(x.closesAt)}`,
    },
    {
      id: 'questions',
      header: t('questionnaires.cols.questions'),
      align: 'right',
      sortValue: (x) => x.questionCount,
      cell: (x) => x.questionCount,
    },
  ];
  return (
    <ListPage
      title={t('questionnaires.title')}
      description={t('questionnaires.intro')}
      actions={[
        { label: t('questionnaires.scalesLink'), to: '/survey-scales', can: true, variant: 'outline' },
        { label: t('questionnaires.newQuestionnaire'), to: '/questionnaires/new', can: q.data?.abilities.create },
      ]}
    >
      <DataTable
        caption={t('questionnaires.title')}
        columns={columns}
        rows={q.data?.items}
        total={q.data?.total}
        rowKey={(x) => x.id}
        loading={q.isPending}
        error={q.error}
        onRetry={() => void q.refetch()}
        empty={t('questionnaires.empty')}
      />
    </ListPage>
  );
}
