import { useSearchParams } from 'react-router';
import { CreatePerson } from '../../../people/contract';
import { CreatePage } from '../../kit';
import { useMe } from '../../session';
import { emptyPerson, personFormToInput } from './fields';
import { PersonForm } from './PersonForm';
import { peopleApi, personKeys, usePeople } from './queries';

/** A new person, of the organisation the address names (from its page) or else the user's own. */
export function PersonCreate() {
  const me = useMe();
  const [params] = useSearchParams();
  return (
    <CreatePage
      path="/people"
      ns="people"
      list={usePeople()}
      initial={emptyPerson(params.get('organisationId') ?? me.organisationId)}
      schema={CreatePerson}
      toInput={personFormToInput}
      send={peopleApi.create}
      invalidate={[personKeys.all]}
    >
      {(frame) => <PersonForm {...frame} />}
    </CreatePage>
  );
}
