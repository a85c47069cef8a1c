import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateInitiative, type Initiative, type Programme } from '../../../assessments/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { today } from '../../format';
import { InitiativeForm } from './InitiativeForm';
import type { InitiativeFormValues } from './programmeFields';
import { programmeKeys } from './queries';

/** "Ny insats" under a programme; opens the new initiative when saved. */
export function NewInitiative({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<InitiativeFormValues>({
    name: '',
    description: '',
    startDate: today(),
    shared: programme.shared,
  });
  const [groups, setGroups] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: (input: CreateInitiative) => api.post<Initiative>(`/api/programmes/${programme.id}/initiatives`, input),
    onSuccess: async (i) => {
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(`/initiatives/${i.id}`);
    },
    onError: form.fail,
  });
  const submit = () => {
    const v = form.values;
    const input = form.validate(CreateInitiative, {
      name: v.name,
      description: v.description,
      stakeholderGroups: groups,
      startDate: v.startDate || undefined,
      shared: v.shared,
    });
    if (input) create.mutate(input);
  };
  return (
    <InitiativeForm
      form={form}
      allGroups={programme.stakeholderGroups}
      groups={groups}
      onGroups={setGroups}
      onSubmit={submit}
      onCancel={onDone}
      busy={create.isPending}
      submitLabel={t('initiatives.create')}
      label={t('initiatives.new')}
    >
      <ErrorAlert error={form.error} />
    </InitiativeForm>
  );
}
