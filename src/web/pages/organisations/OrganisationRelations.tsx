import { Anchor, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../people/contract';
import type { BodySummary } from '../../../bodies/contract';
import { api, qs } from '../../api';
import { Section } from '../../components/Section';
import { useEnum } from '../../i18n/useEnum';
import type { Page } from './queries';

/** The people who work at an organisation and the bodies it hosts. */
export function OrganisationRelations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const people = useQuery({
    queryKey: ['people', 'list', { organisationId }],
    queryFn: () => api.get<Page<Person>>(`/api/people${qs({ organisationId, limit: 500 })}`),
  });
  const bodies = useQuery({
    queryKey: ['bodies', 'list', { organisationId }],
    queryFn: () => api.get<Page<BodySummary>>(`/api/bodies${qs({ organisationId, limit: 500 })}`),
  });
  return (
    <>
      {people.data && (
        <Section title={t('organisations.peopleTitle')}>
          {people.data.items.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <List spacing={4}>
              {people.data.items.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/people/${p.id}`}>
                    {p.name}
                  </Anchor>
                  {p.title ? `, ${p.title}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
      {bodies.data && (
        <Section title={t('organisations.bodiesTitle')}>
          {bodies.data.items.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <List spacing={4}>
              {bodies.data.items.map((b) => (
                <List.Item key={b.id}>
                  <Anchor component={Link} to={`/bodies/${b.id}`}>
                    {b.name}
                  </Anchor>{' '}
                  ({label('bodyType', b.type)})
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
    </>
  );
}
