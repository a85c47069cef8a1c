import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { api } from '../../api';
import { BackLink } from '../../components/BackLink';
import { PageHeader } from '../../components/PageHeader';
import { AgreementErrorAlert, failForm } from './errors';
import { templateKeys, type Template } from './queries';
import { TermsFields } from './TermsFields';
import { termsFieldMap, useTermsForm } from './termsForm';

export function TemplateCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const state = useTermsForm();
  const create = useMutation({
    mutationFn: (terms: TermsInput) => api.post<Template>('/api/agreement-templates', { terms }),
    onSuccess: async (x) => {
      await qc.invalidateQueries({ queryKey: templateKeys.all });
      navigate(`/agreement-templates/${x.id}`);
    },
    onError: (err) => failForm(state.form, err, t, termsFieldMap),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const terms = state.toInput(t);
    if (terms) create.mutate(terms);
  };
  const title = t('agreementTemplates.createTitle');
  return (
    <>
      <PageHeader
        title={title}
        description={t('agreementTemplates.createIntro')}
        above={<BackLink to="/agreement-templates" label={t('agreementTemplates.title')} />}
      />
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack maw={900}>
          <AgreementErrorAlert error={state.form.error} />
          <TermsFields state={state} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('agreementTemplates.form.create')}
            </Button>
            <Button component={Link} to="/agreement-templates" variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
