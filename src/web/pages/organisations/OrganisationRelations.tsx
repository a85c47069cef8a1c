import { Anchor, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { useEnum } from '../../i18n/useEnum';
import { useBodies } from '../bodies/queries';
import { usePeople } from '../people/queries';

/** The people who work at an organisation and the bodies it hosts. */
export function OrganisationRelations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const people = usePeople({ organisationId });
  const bodies = useBodies({ organisationId });
  return (
    <>
      <LinkList
        title={t('organisations.peopleTitle')}
        rows={people.data?.items.map((p) => ({
          id: p.id,
          to: `/people/${p.id}`,
          name: p.name,
          after: p.title ? `, ${p.title}` : '',
        }))}
      />
      <LinkList
        title={t('organisations.bodiesTitle')}
        rows={bodies.data?.items.map((b) => ({
          id: b.id,
          to: `/bodies/${b.id}`,
          name: b.name,
          after: ` (${label('bodyType', b.type)})`,
        }))}
      />
    </>
  );
}

/** A titled list of links to records (nothing while it loads). */
function LinkList({
  title,
  rows,
}: {
  title: string;
  rows: { id: string; to: string; name: string; after: ReactNode }[] | undefined;
}) {
  const { t } = useTranslation();
  if (!rows) return null;
  return (
    <Section title={title}>
      {rows.length === 0 ? (
        <Text>{t('common.noResults')}</Text>
      ) : (
        <List spacing={4}>
          {rows.map((r) => (
            <List.Item key={r.id}>
              <Anchor component={Link} to={r.to}>
                {r.name}
              </Anchor>
              {r.after}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
