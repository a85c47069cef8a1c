import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateBody } from '../../../bodies/contract';
import { PageHeader } from '../../components/PageHeader';
import { useCreateForm } from '../../kit';
import { useMe } from '../../session';
import { BodyForm } from './BodyForm';
import { bodyFormToInput, emptyBody } from './fields';
import { bodiesApi, bodyKeys } from './queries';

export function BodyCreate() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { frame } = useCreateForm({
    initial: emptyBody(me.organisationId),
    schema: CreateBody,
    toInput: bodyFormToInput,
    send: bodiesApi.create,
    invalidate: [bodyKeys.all],
    onSaved: (b) => navigate(`/bodies/${b.id}`),
    cancelTo: '/bodies',
  });
  return (
    <>
      <PageHeader title={t('bodies.createTitle')} />
      <BodyForm {...frame} />
    </>
  );
}
