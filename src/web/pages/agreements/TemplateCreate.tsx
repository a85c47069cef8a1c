import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { BackLink } from '../../components/BackLink';
import { PageHeader } from '../../components/PageHeader';
import { InlineForm, useSave } from '../../kit';
import { AgreementErrorAlert, failForm } from './errors';
import { agreementsApi, templateKeys } from './queries';
import { TermsFields } from './TermsFields';
import { termsFieldMap, useTermsForm } from './termsForm';

export function TemplateCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useTermsForm();
  const create = useSave({
    send: (terms: TermsInput) => agreementsApi.createTemplate(terms),
    invalidate: [templateKeys.all],
    onSaved: (x) => navigate(`/agreement-templates/${x.id}`),
    onError: (err) => failForm(state.form, err, t, termsFieldMap),
  });
  const submit = () => {
    const terms = state.toInput(t);
    if (terms) create.submit(terms);
  };
  const title = t('agreementTemplates.createTitle');
  return (
    <>
      <PageHeader
        title={title}
        description={t('agreementTemplates.createIntro')}
        above={<BackLink to="/agreement-templates" label={t('agreementTemplates.title')} />}
      />
      <InlineForm
        title={title}
        onSubmit={submit}
        submitLabel={t('agreementTemplates.form.create')}
        busy={create.pending}
        cancelTo="/agreement-templates"
        maw={900}
        mt={0}
        error={<AgreementErrorAlert error={state.form.error} />}
      >
        <TermsFields state={state} />
      </InlineForm>
    </>
  );
}
