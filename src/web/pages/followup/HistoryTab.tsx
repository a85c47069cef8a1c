import { useTranslation } from 'react-i18next';
import { History } from '../../kit';
import type { EnumGroup } from '../../i18n/useEnum';
import { followupKeys, followupPaths, type Cycle } from './queries';

/** Audit values that are codes of the follow-up's enums (labels in i18n/{sv,en}/followup.ts). */
const auditEnums = {
  kind: 'followupMilestoneKind',
  milestone: 'followupMilestoneKind',
  status: 'followupStatus',
  rating: 'followupRating',
} as unknown as Record<string, EnumGroup>;

/**
 * The cycle's history with that of its reports and assessments (as far as the reader may see
 * them), in its own tab: it grows with every save and would otherwise make the page several
 * screens long (issue 10 item 11).
 */
export function HistoryTab({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  return (
    <History
      path={followupPaths.history(cycle.id)}
      queryKey={followupKeys.one(cycle.id)}
      fieldLabel={(f) => t(`followup.auditFields.${f}`, { defaultValue: f })}
      enums={auditEnums}
    />
  );
}
