import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreatePerson, type Person } from '../../../people/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { useMe } from '../../session';
import { emptyPerson, personFormToInput } from './fields';
import { PersonForm } from './PersonForm';
import { personKeys } from './queries';

export function PersonCreate() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm(emptyPerson(params.get('organisationId') ?? me.organisationId));
  const create = useMutation({
    mutationFn: (input: CreatePerson) => api.post<Person>('/api/people', input),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: personKeys.all });
      navigate(`/people/${p.id}`);
    },
    onError: form.fail,
  });
  const submit = () => {
    const input = form.validate(CreatePerson, personFormToInput(form.values));
    if (input) create.mutate(input);
  };
  return (
    <>
      <PageHeader title={t('people.createTitle')} />
      <PersonForm
        form={form}
        onSubmit={submit}
        busy={create.isPending}
        submitLabel={t('common.create')}
        cancelTo="/people"
      >
        <ErrorAlert error={form.error} />
      </PersonForm>
    </>
  );
}
