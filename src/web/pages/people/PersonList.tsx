import { useTranslation } from 'react-i18next';
import type { Person } from '../../../people/contract';
import { useSearchState } from '../../components/useSearchState';
import { col, RegisterList } from '../../kit';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from './queries';

export function PersonList() {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const [f, setF] = useSearchState({ q: '', organisationId: '', status: 'active' });
  const field = (k: string) => t(`people.fields.${k}`);
  const none = t('common.none');
  return (
    <RegisterList<Person, 'organisationId'>
      ns="people"
      state={[f, setF]}
      query={usePeople(f)}
      filter={{
        key: 'organisationId',
        label: t('people.organisationFilter'),
        all: t('common.all'),
        choices: organisations,
        width: 260,
      }}
      columns={[
        col.link(
          'name',
          field('name'),
          (p) => p.name,
          (p) => `/people/${p.id}`,
        ),
        col.value('title', field('title'), (p) => p.title, { empty: none }),
        col.value('organisation', field('organisation'), (p) => p.organisationName),
        col.value('email', field('email'), (p) => p.email, {
          sort: false,
          show: (p) => <span style={{ wordBreak: 'break-all' }}>{p.email ?? none}</span>,
        }),
        col.value('account', field('account'), (p) => (p.hasAccount ? t('common.yes') : t('common.no')), {
          sort: false,
        }),
      ]}
    />
  );
}
