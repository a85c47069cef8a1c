import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreatePerson } from '../../../people/contract';
import { PageHeader } from '../../components/PageHeader';
import { useCreateForm } from '../../kit';
import { useMe } from '../../session';
import { emptyPerson, personFormToInput } from './fields';
import { PersonForm } from './PersonForm';
import { peopleApi, personKeys } from './queries';

export function PersonCreate() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { frame } = useCreateForm({
    initial: emptyPerson(params.get('organisationId') ?? me.organisationId),
    schema: CreatePerson,
    toInput: personFormToInput,
    send: peopleApi.create,
    invalidate: [personKeys.all],
    onSaved: (p) => navigate(`/people/${p.id}`),
    cancelTo: '/people',
  });
  return (
    <>
      <PageHeader title={t('people.createTitle')} />
      <PersonForm {...frame} />
    </>
  );
}
