import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateInitiative, type Programme } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { today } from '../../format';
import { useCreateForm } from '../../kit';
import { InitiativeForm } from './InitiativeForm';
import { emptyInitiative, initiativeFormToInput } from './programmeFields';
import { assessmentsApi, programmeKeys } from './queries';

/** "Ny insats" under a programme; opens the new initiative when saved. */
export function NewInitiative({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, save, submit } = useCreateForm({
    initial: emptyInitiative(programme, today()),
    schema: CreateInitiative,
    toInput: initiativeFormToInput,
    send: (input) => assessmentsApi.createInitiative(programme.id, input),
    invalidate: [programmeKeys.all],
    onSaved: (i) => navigate(`/initiatives/${i.id}`),
    cancelTo: `/programmes/${programme.id}`,
  });
  return (
    <InitiativeForm
      form={form}
      allGroups={programme.stakeholderGroups}
      onSubmit={submit}
      onCancel={onDone}
      busy={save.pending}
      submitLabel={t('initiatives.create')}
      label={t('initiatives.new')}
    >
      <ErrorAlert error={form.error} />
    </InitiativeForm>
  );
}
