import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateFramework, type Framework } from '../../../goals/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { FrameworkForm, frameworkFormToInput, frameworkToForm, type FrameworkFormValues } from './FrameworkForm';
import { frameworkKeys, useFrameworkContent, useLocalText } from './queries';

export function FrameworkEdit() {
  const { id = '' } = useParams();
  const q = useFrameworkContent(id, null);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return <EditForm key={q.data.framework.id} framework={q.data.framework} />;
}

function EditForm({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<FrameworkFormValues>(frameworkToForm(framework));
  const [version, setVersion] = useState(framework.version);
  const [stale, setStale] = useState<Framework | null>(null);

  const save = useMutation({
    mutationFn: (input: UpdateFramework) => api.patch<Framework>(`/api/frameworks/${framework.id}`, input),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: frameworkKeys.all });
      navigate(`/frameworks/${framework.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Framework;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        void qc.invalidateQueries({ queryKey: frameworkKeys.one(framework.id) });
        return;
      }
      form.fail(err);
    },
  });

  const submit = () => {
    const { name, description, source, shared } = frameworkFormToInput(form.values);
    const input = form.validate(UpdateFramework, { name, description, source, shared, version });
    if (input) save.mutate(input);
  };

  const theirs = stale ? frameworkToForm(stale) : null;
  const labels: Partial<Record<keyof FrameworkFormValues, string>> = {
    nameSv: t('frameworks.fields.nameSv'),
    nameEn: t('frameworks.fields.nameEn'),
    descriptionSv: t('frameworks.fields.descriptionSv'),
    descriptionEn: t('frameworks.fields.descriptionEn'),
    sourceSv: t('frameworks.fields.sourceSv'),
    sourceEn: t('frameworks.fields.sourceEn'),
    shared: t('frameworks.fields.shared'),
  };
  const str = (v: string | boolean) => (typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : v);

  return (
    <>
      <PageHeader title={t('frameworks.editTitle', { name: local(framework.name) })} />
      <FrameworkForm
        form={form}
        onSubmit={submit}
        busy={save.isPending}
        submitLabel={t('common.save')}
        cancelTo={`/frameworks/${framework.id}`}
        isNew={false}
      >
        {stale && theirs && (
          <StaleNotice
            what={local(stale.name)}
            fields={(Object.keys(labels) as (keyof FrameworkFormValues)[]).map((k) => ({
              key: k,
              label: labels[k] ?? k,
              theirs: str(theirs[k]),
              yours: str(form.values[k]),
            }))}
            onUseTheirs={() => {
              form.setValues(theirs);
              setStale(null);
            }}
          />
        )}
        <ErrorAlert error={form.error} />
      </FrameworkForm>
    </>
  );
}
