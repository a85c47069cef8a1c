import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateFramework, type Framework } from '../../../goals/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { emptyFramework, FrameworkForm, frameworkFormToInput } from './FrameworkForm';
import { frameworkKeys } from './queries';

export function FrameworkCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm(emptyFramework);
  const create = useMutation({
    mutationFn: (input: CreateFramework) => api.post<Framework>('/api/frameworks', input),
    onSuccess: async (f) => {
      await qc.invalidateQueries({ queryKey: frameworkKeys.all });
      navigate(`/frameworks/${f.id}`);
    },
    onError: form.fail,
  });
  const submit = () => {
    const input = form.validate(CreateFramework, frameworkFormToInput(form.values));
    if (input) create.mutate(input);
  };
  return (
    <>
      <PageHeader title={t('frameworks.createTitle')} />
      <FrameworkForm
        form={form}
        onSubmit={submit}
        busy={create.isPending}
        submitLabel={t('common.create')}
        cancelTo="/frameworks"
        isNew
      >
        <ErrorAlert error={form.error} />
      </FrameworkForm>
    </>
  );
}
