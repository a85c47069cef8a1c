import { Anchor, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../format';
import { useCan } from '../../permissions';
import { useQuestionnaires } from './queries';
import { QuestionnaireStatusBadge, useBi } from './shared';

/** The county's questionnaires: the newest first, with status and answering period. */
export function QuestionnaireList() {
  const { t } = useTranslation();
  const can = useCan();
  const text = useBi();
  const q = useQuestionnaires();
  return (
    <>
      <PageHeader
        title={t('questionnaires.title')}
        description={t('questionnaires.intro')}
        actions={
          <>
            <Button component={Link} to="/survey-scales" variant="default">
              {t('questionnaires.scalesLink')}
            </Button>
            {can('create', 'survey') && (
              <Button component={Link} to="/questionnaires/new">
                {t('questionnaires.newQuestionnaire')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Text>{t('questionnaires.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <TableScroll minWidth={720} label={t('questionnaires.title')}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('questionnaires.tableCaption', { count: q.data.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('questionnaires.cols.title')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.cols.status')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.cols.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('questionnaires.cols.questions')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/questionnaires/${x.id}`}>
                      {text(x.title)}
                    </Anchor>
                    {x.anonymous && (
                      <Text size="sm" fw={400}>
                        {t('questionnaires.anonymous')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <QuestionnaireStatusBadge status={x.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(x.opensAt)} – {formatDate(x.closesAt)}
                  </Table.Td>
                  <Table.Td ta="right">{x.questionCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
