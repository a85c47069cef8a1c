import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdatePerson, type Person } from '../../../people/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { personFieldLabel, personFormToInput, personToForm, type PersonFormValues } from './fields';
import { PersonForm } from './PersonForm';
import { personKeys, usePerson } from './queries';

export function PersonEdit() {
  const { id = '' } = useParams();
  const q = usePerson(id);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return <EditForm key={q.data.id} person={q.data} />;
}

function EditForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<PersonFormValues>(personToForm(person));
  const [version, setVersion] = useState(person.version);
  const [stale, setStale] = useState<Person | null>(null);

  const save = useMutation({
    mutationFn: (input: UpdatePerson) => api.patch<Person>(`/api/people/${person.id}`, input),
    onSuccess: async (p) => {
      qc.setQueryData(personKeys.one(p.id), p);
      await qc.invalidateQueries({ queryKey: personKeys.all });
      navigate(`/people/${p.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Person;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        void qc.invalidateQueries({ queryKey: personKeys.one(person.id) });
        return;
      }
      form.fail(err);
    },
  });

  const submit = () => {
    const input = form.validate(UpdatePerson, { ...personFormToInput(form.values), version });
    if (input) save.mutate(input);
  };

  const fieldLabel = personFieldLabel(t);
  const theirs = stale ? personToForm(stale) : null;
  const org = (v: string, p: Person) => (v === p.organisationId ? p.organisationName : v);

  return (
    <>
      <PageHeader title={t('people.editTitle', { name: person.name })} />
      <PersonForm
        form={form}
        onSubmit={submit}
        busy={save.isPending}
        submitLabel={t('common.save')}
        cancelTo={`/people/${person.id}`}
      >
        {stale && theirs && (
          <StaleNotice
            what={stale.name}
            fields={(Object.keys(theirs) as (keyof PersonFormValues)[]).map((k) => ({
              key: k,
              label: fieldLabel(k),
              theirs: k === 'organisationId' ? org(theirs[k], stale) : theirs[k],
              yours:
                k === 'organisationId'
                  ? form.values[k] === stale.organisationId
                    ? stale.organisationName
                    : org(form.values[k], person)
                  : form.values[k],
            }))}
            onUseTheirs={() => {
              form.setValues(theirs);
              setStale(null);
            }}
          />
        )}
        <ErrorAlert error={form.error} />
      </PersonForm>
    </>
  );
}
