import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateBody, type Body } from '../../../bodies/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { useMe } from '../../session';
import { BodyForm } from './BodyForm';
import { bodyFormToInput, emptyBody } from './fields';
import { bodyKeys } from './queries';

export function BodyCreate() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm(emptyBody(me.organisationId));
  const create = useMutation({
    mutationFn: (input: CreateBody) => api.post<Body>('/api/bodies', input),
    onSuccess: async (b) => {
      await qc.invalidateQueries({ queryKey: bodyKeys.all });
      navigate(`/bodies/${b.id}`);
    },
    onError: form.fail,
  });
  const submit = () => {
    const input = form.validate(CreateBody, bodyFormToInput(form.values));
    if (input) create.mutate(input);
  };
  return (
    <>
      <PageHeader title={t('bodies.createTitle')} />
      <BodyForm
        form={form}
        onSubmit={submit}
        busy={create.isPending}
        submitLabel={t('common.create')}
        cancelTo="/bodies"
      >
        <ErrorAlert error={form.error} />
      </BodyForm>
    </>
  );
}
