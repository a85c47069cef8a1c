import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../kit';
import { usePeople } from '../people/queries';

/** The case officer (handläggare): a person of the register, found by typing their name. */
export function OfficerSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (v: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const people = usePeople({ status: 'active' });
  const data = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}, ${p.organisationName}`,
  }));
  return (
    <SearchSelect
      label={t('cases.fields.officer')}
      description={t('cases.officerHint')}
      clearLabel={t('cases.clearOfficer')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
