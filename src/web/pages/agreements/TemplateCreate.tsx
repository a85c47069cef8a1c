import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { InlineForm, MayCreate, NewRecordPage } from '../../kit';
import { agreementLinks, agreementsApi, templateKeys, useTemplatePage } from './queries';
import { TermsFields } from './TermsFields';
import { useTermsSave } from './termsForm';

/** A new template: its terms, written once; issued to the municipalities from its page. */
export function TemplateCreate() {
  const { t } = useTranslation();
  // Only for those the list's abilities allow; others get why, not a form (issue 10 item 8).
  return (
    <MayCreate
      list={useTemplatePage()}
      title={t('agreementTemplates.createTitle')}
      back={{ to: agreementLinks.templates, label: t('agreementTemplates.title') }}
    >
      <TemplateForm />
    </MayCreate>
  );
}

function TemplateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t('agreementTemplates.createTitle');
  const { state, frame } = useTermsSave(undefined, {
    title,
    submitLabel: t('agreementTemplates.form.create'),
    send: (terms: TermsInput) => agreementsApi.createTemplate(terms),
    invalidate: [templateKeys.all],
    onSaved: (x) => navigate(agreementLinks.template(x.id)),
  });
  const back = { to: agreementLinks.templates, label: t('agreementTemplates.title') };
  return (
    <NewRecordPage title={title} back={back} description={t('agreementTemplates.createIntro')}>
      <InlineForm {...frame} cancelTo={back.to} mt={0}>
        <TermsFields state={state} />
      </InlineForm>
    </NewRecordPage>
  );
}
