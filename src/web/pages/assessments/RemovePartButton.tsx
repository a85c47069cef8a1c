import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { partPath, useAssessmentMutation } from './useAssessmentMutation';

/** Remove an impact, actor, conflict or action (with its version, so a colleague's change is not lost). */
export function RemovePartButton({
  assessmentId,
  part,
  id,
  version,
  name,
}: {
  assessmentId: string;
  part: keyof typeof partPath;
  id: string;
  version: number;
  name: string;
}) {
  const { t } = useTranslation();
  const remove = useAssessmentMutation(assessmentId);
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
        onConfirm={() => remove.mutate({ method: 'DELETE', path: `${partPath[part]}/${id}`, body: { version } })}
        loading={remove.isPending}
      />
      <ErrorAlert error={remove.error} />
    </>
  );
}
