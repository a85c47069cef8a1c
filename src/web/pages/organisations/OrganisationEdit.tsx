import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateOrganisation, type Organisation } from '../../../organisations/contract';
import { useEnum } from '../../i18n/useEnum';
import { DetailPage, useEditForm } from '../../kit';
import { formToInput, organisationFieldLabel, organisationToForm } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, organisationsApi, useOrganisation } from './queries';

export function OrganisationEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useOrganisation(id)}
      title={(o) => t('organisations.editTitle', { name: o.name })}
      back={{ to: `/organisations/${id}`, label: t('organisations.title') }}
    >
      {(o) => <EditForm key={o.id} org={o} />}
    </DetailPage>
  );
}

function EditForm({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const { frame } = useEditForm({
    record: org,
    toForm: organisationToForm,
    toInput: formToInput,
    schema: UpdateOrganisation,
    send: (input) => organisationsApi.update(org.id, input),
    invalidate: [organisationKeys.all],
    onSaved: (o) => navigate(`/organisations/${o.id}`),
  });
  return (
    <OrganisationForm
      {...frame({
        cancelTo: `/organisations/${org.id}`,
        what: (o) => o.name,
        label: organisationFieldLabel(t),
        show: (k, v) => (k === 'type' && v ? label('organisationType', v) : v),
      })}
    />
  );
}
