import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateOrganisation, type Organisation } from '../../../organisations/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import {
  emptyOrganisation,
  formToInput,
  organisationFieldLabel,
  organisationToForm,
  type OrganisationFormValues,
} from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, useOrganisation } from './queries';

export function OrganisationEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useOrganisation(id);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return <EditForm key={q.data.id} org={q.data} title={t('organisations.editTitle', { name: q.data.name })} />;
}

function EditForm({ org, title }: { org: Organisation; title: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<OrganisationFormValues>(organisationToForm(org));
  const [version, setVersion] = useState(org.version);
  const [stale, setStale] = useState<Organisation | null>(null);

  const save = useMutation({
    mutationFn: (input: UpdateOrganisation) => api.patch<Organisation>(`/api/organisations/${org.id}`, input),
    onSuccess: async (o) => {
      qc.setQueryData(organisationKeys.one(o.id), o);
      await qc.invalidateQueries({ queryKey: organisationKeys.all });
      navigate(`/organisations/${o.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Organisation;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        void qc.invalidateQueries({ queryKey: organisationKeys.one(org.id) });
        return;
      }
      form.fail(err);
    },
  });

  const submit = () => {
    const input = form.validate(UpdateOrganisation, { ...formToInput(form.values), version });
    if (input) save.mutate(input);
  };

  const fieldLabel = organisationFieldLabel(t);
  const theirs = stale ? organisationToForm(stale) : emptyOrganisation;
  const show = (k: keyof OrganisationFormValues, v: string) => (k === 'type' && v ? label('organisationType', v) : v);

  return (
    <>
      <PageHeader title={title} />
      <OrganisationForm
        form={form}
        onSubmit={submit}
        busy={save.isPending}
        submitLabel={t('common.save')}
        cancelTo={`/organisations/${org.id}`}
      >
        {stale && (
          <StaleNotice
            what={stale.name}
            fields={(Object.keys(theirs) as (keyof OrganisationFormValues)[]).map((k) => ({
              key: k,
              label: fieldLabel(k),
              theirs: show(k, theirs[k]),
              yours: show(k, form.values[k]),
            }))}
            onUseTheirs={() => {
              form.setValues(theirs);
              setStale(null);
            }}
          />
        )}
        <ErrorAlert error={form.error} />
      </OrganisationForm>
    </>
  );
}
