import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdatePerson } from '../../../people/contract';
import { EditPage } from '../../kit';
import { personFieldLabel, personFormToInput, personToForm } from './fields';
import { PersonForm } from './PersonForm';
import { peopleApi, personKeys, usePerson } from './queries';

export function PersonEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      path="/people"
      ns="people"
      query={usePerson(id)}
      name={(p) => p.name}
      toForm={personToForm}
      toInput={personFormToInput}
      schema={UpdatePerson}
      send={peopleApi.update}
      invalidate={[personKeys.all]}
      label={personFieldLabel(t)}
      // An organisation reads by its name, from whichever record names it.
      show={(k, v, known) =>
        k === 'organisationId' ? (known.find((p) => p.organisationId === v)?.organisationName ?? v) : v
      }
    >
      {(frame) => <PersonForm {...frame} />}
    </EditPage>
  );
}
