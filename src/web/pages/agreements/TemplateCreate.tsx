import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { InlineForm, NewRecordPage } from '../../kit';
import { agreementLinks, agreementsApi, templateKeys } from './queries';
import { TermsFields } from './TermsFields';
import { useTermsSave } from './termsForm';

/** A new template: its terms, written once; issued to the municipalities from its page. */
export function TemplateCreate() {
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
