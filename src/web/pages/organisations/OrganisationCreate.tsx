import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateOrganisation } from '../../../organisations/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { useSave } from '../../kit';
import { emptyOrganisation, formToInput } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, organisationsApi } from './queries';

export function OrganisationCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(emptyOrganisation);
  const create = useSave({
    send: (input: CreateOrganisation) => organisationsApi.create(input),
    invalidate: [organisationKeys.all],
    onSaved: (o) => navigate(`/organisations/${o.id}`),
    onError: form.fail,
  });

  const submit = () => {
    const input = form.validate(CreateOrganisation, formToInput(form.values));
    if (input) create.submit(input);
  };

  return (
    <>
      <PageHeader title={t('organisations.createTitle')} />
      <OrganisationForm
        form={form}
        onSubmit={submit}
        busy={create.pending}
        submitLabel={t('common.create')}
        cancelTo="/organisations"
      >
        <ErrorAlert error={form.error} />
      </OrganisationForm>
    </>
  );
}
