import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../assessments/contract';
import { col, CountedListPage, type Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useProgrammes } from './queries';

const programmePath = (p: Programme) => `/programmes/${p.id}`;

export function ProgrammeList() {
  const { t } = useTranslation();
  const local = useLocalText();
  const q = useProgrammes();
  const columns: Column<Programme>[] = [
    col.link('name', t('programmes.fields.name'), (p) => p.name, programmePath),
    col.value('organisation', t('programmes.fields.organisation'), (p) => p.organisationName),
    {
      id: 'rus',
      header: t('programmes.fields.rus'),
      cell: (p) =>
        p.rusName
          ? t('programmes.rusOption', { name: local(p.rusName), number: p.rusVersionNumber ?? '' })
          : t('programmes.noRus'),
    },
    col.value('initiatives', t('programmes.fields.initiativeCount'), (p) => p.initiativeCount, { align: 'right' }),
    {
      id: 'shared',
      header: t('programmes.fields.shared'),
      cell: (p) => (p.shared ? t('programmes.shared') : t('programmes.notShared')),
    },
  ];
  return (
    <CountedListPage
      ns="programmes"
      query={q}
      columns={columns}
      actions={[{ label: t('programmes.new'), to: '/programmes/new', can: q.data?.abilities.create }]}
    />
  );
}
