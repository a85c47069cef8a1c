import { useTranslation } from 'react-i18next';
import { organisationTypes, type Organisation, type OrganisationType } from '../../../organisations/contract';
import { useSearchState } from '../../components/useSearchState';
import { formatNumber } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { col, RegisterList } from '../../kit';
import { latestPopulation, useOrganisations } from './queries';

export function OrganisationList() {
  const { t } = useTranslation();
  const label = useEnum();
  const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
  const q = useOrganisations({ q: f.q, type: f.type as OrganisationType | '', status: f.status as 'active' });
  const field = (k: string) => t(`organisations.fields.${k}`);
  return (
    <RegisterList<Organisation, 'type'>
      ns="organisations"
      state={[f, setF]}
      query={q}
      filter={{
        key: 'type',
        label: t('common.typeFilter'),
        all: t('common.allTypes'),
        choices: organisationTypes.map((c) => ({ value: c, label: label('organisationType', c) })),
      }}
      columns={[
        col.link(
          'name',
          field('name'),
          (o) => o.name,
          (o) => `/organisations/${o.id}`,
        ),
        col.value('type', field('type'), (o) => label('organisationType', o.type)),
        col.value('code', field('municipalityCode'), (o) => o.municipalityCode, { empty: t('common.none') }),
        col.value('population', field('latestPopulation'), latestPopulation, {
          align: 'right',
          show: (o) => formatNumber(latestPopulation(o)),
        }),
      ]}
    />
  );
}
