import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateInitiative, type Initiative } from '../../../assessments/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { InitiativeForm } from './InitiativeForm';
import { initiativeFieldLabel, type InitiativeFormValues } from './programmeFields';
import { initiativeKeys, programmeKeys, useInitiative, useProgramme } from './queries';
import { staleRows } from './stale';

const toForm = (i: Initiative): InitiativeFormValues => ({
  name: i.name,
  description: i.description ?? '',
  startDate: i.startDate.slice(0, 10),
  shared: i.shared,
});

export function InitiativeEdit() {
  const { id = '' } = useParams();
  const q = useInitiative(id);
  const p = useProgramme(q.data?.programmeId ?? '');
  if (q.isPending || (q.data && p.isPending)) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <EditForm key={q.data.id} initiative={q.data} allGroups={p.data?.stakeholderGroups ?? q.data.stakeholderGroups} />
  );
}

function EditForm({ initiative, allGroups }: { initiative: Initiative; allGroups: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<InitiativeFormValues>(toForm(initiative));
  const [groups, setGroups] = useState(initiative.stakeholderGroups);
  const [version, setVersion] = useState(initiative.version);
  const [stale, setStale] = useState<Initiative | null>(null);
  const save = useMutation({
    mutationFn: (input: UpdateInitiative) => api.patch<Initiative>(`/api/initiatives/${initiative.id}`, input),
    onSuccess: async (i) => {
      qc.setQueryData(initiativeKeys.one(i.id), i);
      void qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(`/initiatives/${i.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Initiative;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        return;
      }
      form.fail(err);
    },
  });
  const submit = () => {
    const v = form.values;
    const input = form.validate(UpdateInitiative, {
      name: v.name,
      description: v.description,
      stakeholderGroups: groups,
      startDate: v.startDate || undefined,
      shared: v.shared,
      version,
    });
    if (input) save.mutate(input);
  };
  const title = t('initiatives.editTitle', { name: initiative.name });
  const show = (_k: string, v: string | boolean) =>
    typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : v;
  return (
    <>
      <PageHeader title={title} />
      <InitiativeForm
        form={form}
        allGroups={allGroups}
        groups={groups}
        onGroups={setGroups}
        onSubmit={submit}
        onCancel={() => navigate(`/initiatives/${initiative.id}`)}
        busy={save.isPending}
        submitLabel={t('common.save')}
        label={title}
      >
        {stale && (
          <StaleNotice
            what={stale.name}
            fields={staleRows(
              { ...toForm(stale), stakeholderGroups: stale.stakeholderGroups.join(', ') },
              { ...form.values, stakeholderGroups: groups.join(', ') },
              initiativeFieldLabel(t),
              show,
            )}
            onUseTheirs={() => {
              form.setValues(toForm(stale));
              setGroups(stale.stakeholderGroups);
              setStale(null);
            }}
          />
        )}
        <ErrorAlert error={form.error} />
      </InitiativeForm>
    </>
  );
}
