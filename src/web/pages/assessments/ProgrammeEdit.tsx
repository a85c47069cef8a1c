import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateProgramme, type Programme } from '../../../assessments/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { ProgrammeForm } from './ProgrammeForm';
import {
  programmeFieldLabel,
  programmeFormToInput,
  programmeToForm,
  type ProgrammeFormValues,
} from './programmeFields';
import { programmeKeys, useProgramme } from './queries';
import { staleRows } from './stale';

export function ProgrammeEdit() {
  const { id = '' } = useParams();
  const q = useProgramme(id);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return <EditForm key={q.data.id} programme={q.data} />;
}

function EditForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<ProgrammeFormValues>(programmeToForm(programme));
  const [groups, setGroups] = useState(programme.stakeholderGroups);
  const [version, setVersion] = useState(programme.version);
  const [stale, setStale] = useState<Programme | null>(null);
  const save = useMutation({
    mutationFn: (input: UpdateProgramme) => api.patch<Programme>(`/api/programmes/${programme.id}`, input),
    onSuccess: async (p) => {
      qc.setQueryData(programmeKeys.one(p.id), p);
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(`/programmes/${p.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Programme;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        return;
      }
      form.fail(err);
    },
  });
  const submit = () => {
    const input = form.validate(UpdateProgramme, { ...programmeFormToInput(form.values, groups), version });
    if (input) save.mutate(input);
  };
  const label = programmeFieldLabel(t);
  const asForm = (p: Programme, g: string[]) => ({ ...programmeToForm(p), stakeholderGroups: g.join(', ') });
  const show = (k: string, v: string | boolean) =>
    typeof v === 'boolean'
      ? v
        ? t('common.yes')
        : t('common.no')
      : k === 'rusVersionId' && v === stale?.rusVersionId
        ? `${stale?.rusName?.sv ?? v}`
        : v;
  const title = t('programmes.editTitle', { name: programme.name });
  return (
    <>
      <PageHeader title={title} />
      <ProgrammeForm
        form={form}
        groups={groups}
        onGroups={setGroups}
        onSubmit={submit}
        busy={save.isPending}
        submitLabel={t('common.save')}
        cancelTo={`/programmes/${programme.id}`}
        chooseOwner={false}
        current={programme}
        label={title}
      >
        {stale && (
          <StaleNotice
            what={stale.name}
            fields={staleRows(
              asForm(stale, stale.stakeholderGroups),
              { ...form.values, stakeholderGroups: groups.join(', ') },
              label,
              show,
            ).filter((f) => f.key !== 'organisationId')}
            onUseTheirs={() => {
              form.setValues(programmeToForm(stale));
              setGroups(stale.stakeholderGroups);
              setStale(null);
            }}
          />
        )}
        <ErrorAlert error={form.error} />
      </ProgrammeForm>
    </>
  );
}
