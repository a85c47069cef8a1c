import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateOrganisation, type Organisation } from '../../../organisations/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { emptyOrganisation, formToInput } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys } from './queries';

export function OrganisationCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm(emptyOrganisation);
  const create = useMutation({
    mutationFn: (input: CreateOrganisation) => api.post<Organisation>('/api/organisations', input),
    onSuccess: async (o) => {
      await qc.invalidateQueries({ queryKey: organisationKeys.all });
      navigate(`/organisations/${o.id}`);
    },
    onError: form.fail,
  });

  const submit = () => {
    const input = form.validate(CreateOrganisation, formToInput(form.values));
    if (input) create.mutate(input);
  };

  return (
    <>
      <PageHeader title={t('organisations.createTitle')} />
      <OrganisationForm
        form={form}
        onSubmit={submit}
        busy={create.isPending}
        submitLabel={t('common.create')}
        cancelTo="/organisations"
      >
        <ErrorAlert error={form.error} />
      </OrganisationForm>
    </>
  );
}
