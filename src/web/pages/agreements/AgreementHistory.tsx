import { useTranslation } from 'react-i18next';
import { History } from '../../kit';
import { agreementAuditEnums, agreementFieldLabel } from './fields';
import { agreementKeys, agreementsApi, seriesKeys, templateKeys } from './queries';

/** Where each kind of record's history is read, the cache it belongs to, and its fields that hold codes. */
const histories = {
  agreement: { load: agreementsApi.history, key: agreementKeys.one, enums: agreementAuditEnums },
  template: { load: agreementsApi.templateHistory, key: templateKeys.one, enums: undefined },
  series: { load: agreementsApi.seriesHistory, key: seriesKeys.one, enums: undefined },
};

/** The kit's History of an agreement, a template or an index series, its fields named in words. */
export function AgreementHistory({ of, id }: { of: keyof typeof histories; id: string }) {
  const { t } = useTranslation();
  const { load, key, enums } = histories[of];
  return <History load={() => load(id)} queryKey={key(id)} fieldLabel={agreementFieldLabel(t)} enums={enums} />;
}
