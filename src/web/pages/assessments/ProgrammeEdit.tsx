import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateProgramme, type Programme } from '../../../assessments/contract';
import { DetailPage, editRefusal, NotAllowedNote, useEditForm } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { ProgrammeForm } from './ProgrammeForm';
import { programmeFieldLabel, programmeFormToInput, programmeToForm, showValue } from './programmeFields';
import { assessmentsApi, programmeKeys, useProgramme } from './queries';

export function ProgrammeEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useProgramme(id)}
      title={(p) => t('programmes.editTitle', { name: p.name })}
      back={{ to: `/programmes/${id}`, label: t('programmes.title') }}
    >
      {(p) => {
        // Someone who may not change it (or an archived one) gets why, not a form (issue 10 item 8).
        const refused = editRefusal(p);
        return refused ? <NotAllowedNote reason={refused} name={p.name} /> : <EditForm key={p.id} programme={p} />;
      }}
    </DetailPage>
  );
}

function EditForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const navigate = useNavigate();
  const { save, frame } = useEditForm({
    record: programme,
    toForm: programmeToForm,
    toInput: programmeFormToInput,
    schema: UpdateProgramme,
    send: (input) => assessmentsApi.updateProgramme(programme.id, input),
    invalidate: [programmeKeys.all],
    onSaved: (p) => navigate(`/programmes/${p.id}`),
  });
  const theirs = save.stale;
  const show = (k: string, v: string) =>
    k === 'rusVersionId' && theirs?.rusName && v === theirs.rusVersionId ? local(theirs.rusName) : showValue(t)(k, v);
  return (
    <ProgrammeForm
      {...frame({ cancelTo: `/programmes/${programme.id}`, what: (p) => p.name, label: programmeFieldLabel(t), show })}
      chooseOwner={false}
      current={programme}
      label={t('programmes.editTitle', { name: programme.name })}
    />
  );
}
