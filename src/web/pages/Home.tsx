import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { LoadFailed } from '../components/LoadFailed';
import { PageHeader } from '../components/PageHeader';
import { useMe } from '../session';
import { useMyWork } from './home/queries';
import { WorkGroupSection } from './home/WorkGroupSection';

/**
 * The overview is the person's work (issue 10 item 12): what waits for them — assessments to finish,
 * positions to take, overdue actions, coming milestones and notice deadlines, open questionnaires —
 * each group a titled list with its count, each item a link.
 */
export function Home() {
  const { t } = useTranslation();
  const me = useMe();
  const work = useMyWork();
  if (work.isError) return <LoadFailed error={work.error} onRetry={() => void work.refetch()} />;
  const scope = work.data?.scope;
  const intro = !scope
    ? null
    : scope.organisationId
      ? t('myWork.introOrganisation')
      : scope.countyId
        ? t('myWork.introCounty')
        : t('myWork.introAll');
  return (
    <>
      <PageHeader
        title={t('home.title')}
        description={
          <>
            <Text span fw={600}>
              {t('myWork.welcome', { name: me.name })}
            </Text>{' '}
            {intro}
          </>
        }
      />
      {!work.data ? (
        <Loading />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {work.data.groups.map((g) => (
            <WorkGroupSection key={g.key} group={g} today={work.data.today} days={work.data.horizonDays} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
