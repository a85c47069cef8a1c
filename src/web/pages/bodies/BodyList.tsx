import { useTranslation } from 'react-i18next';
import { bodyTypes, type BodySummary } from '../../../bodies/contract';
import { useSearchState } from '../../components/useSearchState';
import { useEnum } from '../../i18n/useEnum';
import { col, RegisterList } from '../../kit';
import { useBodies } from './queries';

export function BodyList() {
  const { t } = useTranslation();
  const label = useEnum();
  const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
  const field = (k: string) => t(`bodies.fields.${k}`);
  return (
    <RegisterList<BodySummary, 'type'>
      ns="bodies"
      state={[f, setF]}
      query={useBodies(f)}
      filter={{
        key: 'type',
        label: t('common.typeFilter'),
        all: t('common.allTypes'),
        choices: bodyTypes.map((c) => ({ value: c, label: label('bodyType', c) })),
        width: 220,
      }}
      columns={[
        col.link(
          'name',
          field('name'),
          (b) => b.name,
          (b) => `/bodies/${b.id}`,
        ),
        col.value('type', field('type'), (b) => label('bodyType', b.type)),
        col.value('organisation', field('organisation'), (b) => b.organisationName),
        col.value('reportsTo', field('reportsTo'), (b) => b.reportsTo?.name, { empty: t('common.none') }),
        col.value('members', field('members'), (b) => b.currentMembers, { align: 'right' }),
      ]}
    />
  );
}
