import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateProgramme, type ProgrammePage } from '../../../assessments/contract';
import { BackLink } from '../../components/BackLink';
import { PageHeader } from '../../components/PageHeader';
import { MayCreate, useCreateForm } from '../../kit';
import { useMe } from '../../session';
import { ProgrammeForm } from './ProgrammeForm';
import { emptyProgramme, programmeFormToInput } from './programmeFields';
import { assessmentsApi, programmeKeys, useProgrammes } from './queries';

/**
 * A new programme, for those the programme list's `abilities.create` allows (issue 10 item 8: nobody
 * gets a form that fails on submit).
 */
export function ProgrammeCreate() {
  const { t } = useTranslation();
  const list = useProgrammes();
  return (
    <MayCreate
      list={list}
      title={t('programmes.createTitle')}
      back={{ to: '/programmes', label: t('programmes.title') }}
    >
      {list.data && <CreateForm abilities={list.data.abilities} />}
    </MayCreate>
  );
}

function CreateForm({ abilities }: { abilities: ProgrammePage['abilities'] }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  // Whether the person may start a programme for another organisation is the server's to say.
  const { chooseOwner } = abilities;
  const { frame } = useCreateForm({
    initial: emptyProgramme(me.organisationId),
    schema: CreateProgramme,
    toInput: (v) => ({
      ...programmeFormToInput(v),
      organisationId: chooseOwner ? v.organisationId || undefined : undefined,
    }),
    send: assessmentsApi.createProgramme,
    invalidate: [programmeKeys.all],
    onSaved: (p) => navigate(`/programmes/${p.id}`),
    cancelTo: '/programmes',
  });
  return (
    <>
      <PageHeader
        title={t('programmes.createTitle')}
        above={<BackLink to="/programmes" label={t('programmes.title')} />}
      />
      <ProgrammeForm
        {...frame}
        submitLabel={t('programmes.create')}
        chooseOwner={chooseOwner}
        label={t('programmes.createTitle')}
      />
    </>
  );
}
