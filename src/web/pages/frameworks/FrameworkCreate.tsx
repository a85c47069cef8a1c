import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateFramework } from '../../../goals/contract';
import { PageHeader } from '../../components/PageHeader';
import { useCreateForm } from '../../kit';
import { emptyFramework, FrameworkForm, frameworkFormToInput } from './FrameworkForm';
import { frameworkKeys, frameworksApi } from './queries';

export function FrameworkCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { frame } = useCreateForm({
    initial: emptyFramework,
    schema: CreateFramework,
    toInput: frameworkFormToInput,
    send: frameworksApi.create,
    invalidate: [frameworkKeys.all],
    onSaved: (f) => navigate(`/frameworks/${f.id}`),
    cancelTo: '/frameworks',
  });
  return (
    <>
      <PageHeader title={t('frameworks.createTitle')} />
      <FrameworkForm {...frame} isNew />
    </>
  );
}
