import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateOrganisation } from '../../../organisations/contract';
import { PageHeader } from '../../components/PageHeader';
import { useCreateForm } from '../../kit';
import { emptyOrganisation, formToInput } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, organisationsApi } from './queries';

export function OrganisationCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { frame } = useCreateForm({
    initial: emptyOrganisation,
    schema: CreateOrganisation,
    toInput: formToInput,
    send: organisationsApi.create,
    invalidate: [organisationKeys.all],
    onSaved: (o) => navigate(`/organisations/${o.id}`),
    cancelTo: '/organisations',
  });
  return (
    <>
      <PageHeader title={t('organisations.createTitle')} />
      <OrganisationForm {...frame} />
    </>
  );
}
