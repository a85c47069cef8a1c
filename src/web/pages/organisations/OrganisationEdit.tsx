import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateOrganisation } from '../../../organisations/contract';
import { useEnum } from '../../i18n/useEnum';
import { EditPage } from '../../kit';
import { formToInput, organisationFieldLabel, organisationToForm } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, organisationsApi, useOrganisation } from './queries';

export function OrganisationEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnum();
  return (
    <EditPage
      path="/organisations"
      ns="organisations"
      query={useOrganisation(id)}
      name={(o) => o.name}
      toForm={organisationToForm}
      toInput={formToInput}
      schema={UpdateOrganisation}
      send={organisationsApi.update}
      invalidate={[organisationKeys.all]}
      label={organisationFieldLabel(t)}
      show={(k, v) => (k === 'type' && v ? label('organisationType', v) : v)}
    >
      {(frame) => <OrganisationForm {...frame} />}
    </EditPage>
  );
}
