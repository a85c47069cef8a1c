import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { PageHeader } from '../components/PageHeader';
import { useMe } from '../session';

function useCount(key: string, path: string) {
  return useQuery({
    queryKey: [key, 'count'],
    queryFn: async () => {
      const r = await api.get<{ total?: number; items?: unknown[] } | unknown[]>(path);
      return Array.isArray(r) ? r.length : (r.total ?? r.items?.length ?? 0);
    },
  });
}

export function Home() {
  const { t } = useTranslation();
  const me = useMe();
  const cards = [
    { key: 'organisations', to: '/organisations', q: useCount('organisations', '/api/organisations?limit=1') },
    { key: 'people', to: '/people', q: useCount('people', '/api/people?limit=1') },
    { key: 'bodies', to: '/bodies', q: useCount('bodies', '/api/bodies?limit=1') },
    { key: 'frameworks', to: '/frameworks', q: useCount('frameworks', '/api/frameworks') },
  ];
  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.intro')} />
      <Title order={2} size="h3" mb="sm">
        {t('home.welcome', { name: me.name })}
      </Title>
      <section aria-label={t('home.stats')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          {cards.map((c) => (
            <Card key={c.key} withBorder padding="lg">
              <Text fz={32} fw={700} lh={1.1}>
                {c.q.data ?? '–'}
              </Text>
              <Anchor component={Link} to={c.to} fw={600} mt="xs">
                {t(`home.${c.key}`)}
              </Anchor>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </>
  );
}
