import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { assessmentsApi, type PartKind } from './queries';
import { useAssessmentChange } from './useAssessmentSave';

/** Remove an impact, actor, conflict or action (with its version, so a colleague's change is not lost). */
export function RemovePartButton({
  assessmentId,
  part,
  id,
  version,
  name,
}: {
  assessmentId: string;
  part: PartKind;
  id: string;
  version: number;
  name: string;
}) {
  const { t } = useTranslation();
  const remove = useAssessmentChange(() => assessmentsApi.removePart(assessmentId, part, id, version));
  return (
    <>
      <ConfirmButton
        size="xs"
        variant="outline"
        color="red.9"
        label={t('common.remove')}
        aria-label={t('assessments.removeNamed', { name })}
        title={t('assessments.removeNamed', { name })}
        message={t('assessments.removeConfirm', { name })}
        onConfirm={() => remove.submit(undefined)}
        loading={remove.pending}
      />
      <ErrorAlert error={remove.error} />
    </>
  );
}
