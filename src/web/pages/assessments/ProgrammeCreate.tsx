import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateProgramme, type Programme } from '../../../assessments/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { BackLink } from '../../components/BackLink';
import { useForm } from '../../components/useForm';
import { useMe } from '../../session';
import { ProgrammeForm } from './ProgrammeForm';
import { defaultGroups, emptyProgramme, programmeFormToInput } from './programmeFields';
import { programmeKeys } from './queries';

export function ProgrammeCreate() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm(emptyProgramme(me.organisationId));
  const [groups, setGroups] = useState(defaultGroups());
  const chooseOwner = me.role === 'admin' || me.role === 'coordinator';
  const create = useMutation({
    mutationFn: (input: CreateProgramme) => api.post<Programme>('/api/programmes', input),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(`/programmes/${p.id}`);
    },
    onError: form.fail,
  });
  const submit = () => {
    const input = form.validate(CreateProgramme, {
      ...programmeFormToInput(form.values, groups),
      organisationId: chooseOwner ? form.values.organisationId || undefined : undefined,
    });
    if (input) create.mutate(input);
  };
  return (
    <>
      <PageHeader
        title={t('programmes.createTitle')}
        above={<BackLink to="/programmes" label={t('programmes.title')} />}
      />
      <ProgrammeForm
        form={form}
        groups={groups}
        onGroups={setGroups}
        onSubmit={submit}
        busy={create.isPending}
        submitLabel={t('programmes.create')}
        cancelTo="/programmes"
        chooseOwner={chooseOwner}
        label={t('programmes.createTitle')}
      >
        <ErrorAlert error={form.error} />
      </ProgrammeForm>
    </>
  );
}
