import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateBody, type Body } from '../../../bodies/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { BodyForm } from './BodyForm';
import { bodyFieldLabel, bodyFormToInput, bodyToForm, type BodyFormValues } from './fields';
import { bodyKeys, useBody } from './queries';

export function BodyEdit() {
  const { id = '' } = useParams();
  const q = useBody(id);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return <EditForm key={q.data.id} body={q.data} />;
}

function EditForm({ body }: { body: Body }) {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<BodyFormValues>(bodyToForm(body));
  const [version, setVersion] = useState(body.version);
  const [stale, setStale] = useState<Body | null>(null);

  const save = useMutation({
    mutationFn: (input: UpdateBody) => api.patch<Body>(`/api/bodies/${body.id}`, input),
    onSuccess: async (b) => {
      qc.setQueryData(bodyKeys.one(b.id), b);
      await qc.invalidateQueries({ queryKey: bodyKeys.all });
      navigate(`/bodies/${b.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Body;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        void qc.invalidateQueries({ queryKey: bodyKeys.one(body.id) });
        return;
      }
      form.fail(err);
    },
  });

  const submit = () => {
    const input = form.validate(UpdateBody, { ...bodyFormToInput(form.values), version });
    if (input) save.mutate(input);
  };

  const fieldLabel = bodyFieldLabel(t);
  const theirs = stale ? bodyToForm(stale) : null;
  const show = (k: keyof BodyFormValues, v: string, b: Body | null) => {
    if (k === 'type' && v) return label('bodyType', v);
    if (k === 'organisationId')
      return v === stale?.organisationId
        ? stale.organisationName
        : v === body.organisationId
          ? body.organisationName
          : v;
    if (k === 'reportsToId') return (b ?? body).reportsTo?.id === v ? ((b ?? body).reportsTo?.name ?? '') : v;
    return v;
  };

  return (
    <>
      <PageHeader title={t('bodies.editTitle', { name: body.name })} />
      <BodyForm
        form={form}
        onSubmit={submit}
        busy={save.isPending}
        submitLabel={t('common.save')}
        cancelTo={`/bodies/${body.id}`}
        selfId={body.id}
      >
        {stale && theirs && (
          <StaleNotice
            what={stale.name}
            fields={(Object.keys(theirs) as (keyof BodyFormValues)[]).map((k) => ({
              key: k,
              label: fieldLabel(k),
              theirs: show(k, theirs[k], stale),
              yours: show(k, form.values[k], body),
            }))}
            onUseTheirs={() => {
              form.setValues(theirs);
              setStale(null);
            }}
          />
        )}
        <ErrorAlert error={form.error} />
      </BodyForm>
    </>
  );
}
