import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdatePerson, type Person } from '../../../people/contract';
import { DetailPage, useEditForm } from '../../kit';
import { personFieldLabel, personFormToInput, personToForm } from './fields';
import { PersonForm } from './PersonForm';
import { peopleApi, personKeys, usePerson } from './queries';

export function PersonEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={usePerson(id)}
      title={(p) => t('people.editTitle', { name: p.name })}
      back={{ to: `/people/${id}`, label: t('people.title') }}
    >
      {(p) => <EditForm key={p.id} person={p} />}
    </DetailPage>
  );
}

function EditForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { save, frame } = useEditForm({
    record: person,
    toForm: personToForm,
    toInput: personFormToInput,
    schema: UpdatePerson,
    send: (input) => peopleApi.update(person.id, input),
    invalidate: [personKeys.all],
    onSaved: (p) => navigate(`/people/${p.id}`),
  });
  // An organisation reads by its name, from whichever record names it.
  const orgName = (v: string) => [save.stale, person].find((p) => p?.organisationId === v)?.organisationName ?? v;
  return (
    <PersonForm
      {...frame({
        cancelTo: `/people/${person.id}`,
        what: (p) => p.name,
        label: personFieldLabel(t),
        show: (k, v) => (k === 'organisationId' ? orgName(v) : v),
      })}
    />
  );
}
