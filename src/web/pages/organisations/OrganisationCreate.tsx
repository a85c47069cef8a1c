import { CreateOrganisation } from '../../../organisations/contract';
import { CreatePage } from '../../kit';
import { emptyOrganisation, formToInput } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, organisationsApi, useOrganisations } from './queries';

export function OrganisationCreate() {
  return (
    <CreatePage
      path="/organisations"
      ns="organisations"
      list={useOrganisations()}
      initial={emptyOrganisation}
      schema={CreateOrganisation}
      toInput={formToInput}
      send={organisationsApi.create}
      invalidate={[organisationKeys.all]}
    >
      {(frame) => <OrganisationForm {...frame} />}
    </CreatePage>
  );
}
