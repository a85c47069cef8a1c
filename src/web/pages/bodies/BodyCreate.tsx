import { CreateBody } from '../../../bodies/contract';
import { CreatePage } from '../../kit';
import { useMe } from '../../session';
import { BodyForm } from './BodyForm';
import { bodyFormToInput, emptyBody } from './fields';
import { bodiesApi, bodyKeys, useBodies } from './queries';

export function BodyCreate() {
  const me = useMe();
  return (
    <CreatePage
      path="/bodies"
      ns="bodies"
      list={useBodies()}
      initial={emptyBody(me.organisationId)}
      schema={CreateBody}
      toInput={bodyFormToInput}
      send={bodiesApi.create}
      invalidate={[bodyKeys.all]}
    >
      {(frame) => <BodyForm {...frame} />}
    </CreatePage>
  );
}
