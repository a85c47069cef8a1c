import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateInitiative, type Initiative } from '../../../assessments/contract';
import { DetailPage, editRefusal, NotAllowedNote, useEditForm } from '../../kit';
import { InitiativeForm } from './InitiativeForm';
import { initiativeFieldLabel, initiativeFormToInput, initiativeToForm, showValue } from './programmeFields';
import { assessmentsApi, initiativeKeys, programmeKeys, useInitiative, useProgramme } from './queries';

export function InitiativeEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useInitiative(id);
  // The groups to choose from are the programme's (the initiative's own, until it has loaded).
  const programme = useProgramme(q.data?.programmeId ?? '');
  return (
    <DetailPage
      query={q}
      title={(i) => t('initiatives.editTitle', { name: i.name })}
      back={{ to: `/initiatives/${id}`, label: q.data?.name ?? '' }}
    >
      {(i) => {
        // Someone who may not change it (or an archived one) gets why, not a form (issue 10 item 8).
        const refused = editRefusal(i);
        if (refused) return <NotAllowedNote reason={refused} name={i.name} />;
        return (
          <EditForm key={i.id} initiative={i} allGroups={programme.data?.stakeholderGroups ?? i.stakeholderGroups} />
        );
      }}
    </DetailPage>
  );
}

function EditForm({ initiative, allGroups }: { initiative: Initiative; allGroups: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { frame } = useEditForm({
    record: initiative,
    toForm: initiativeToForm,
    toInput: initiativeFormToInput,
    schema: UpdateInitiative,
    send: (input) => assessmentsApi.updateInitiative(initiative.id, input),
    invalidate: [initiativeKeys.all, programmeKeys.all],
    onSaved: (i) => navigate(`/initiatives/${i.id}`),
  });
  return (
    <InitiativeForm
      {...frame({
        cancelTo: `/initiatives/${initiative.id}`,
        what: (i) => i.name,
        label: initiativeFieldLabel(t),
        show: showValue(t),
      })}
      allGroups={allGroups}
      label={t('initiatives.editTitle', { name: initiative.name })}
    />
  );
}
