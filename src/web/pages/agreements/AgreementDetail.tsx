import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { formatDate } from '../../format';
import { recordRoute } from '../../kit';
import { CompensationSection } from './CompensationSection';
import { ContactsSection } from './ContactsSection';
import { DisputesSection } from './DisputesSection';
import { PeriodsSection } from './PeriodsSection';
import { PlanSection } from './PlanSection';
import { agreementLinks, useAgreement, type Agreement } from './queries';
import { AgreementStatusBadge } from './shared';
import { SignaturesSection } from './SignaturesSection';
import { SubAgreementsSection } from './SubAgreementsSection';
import { TermsView } from './TermsView';
import { AgreementHistory } from './AgreementHistory';

/** One municipality's agreement: parties, terms, periods and notice, compensation, plan, disputes, contacts, signatures. */
export const AgreementDetail = recordRoute(useAgreement, AgreementBody, {
  title: (a, t) => t('agreements.detailTitle', { party: a.party.name }),
  description: (a) => a.title,
  back: { to: agreementLinks.list, label: 'agreements.title' },
});

function AgreementBody({ record: a }: { record: Agreement }) {
  const { t } = useTranslation();
  // What the person may do comes with the record (the server's policy), not rebuilt here.
  const canEdit = a.abilities.update;
  const s = a.status;
  const sections = [
    { title: t('agreements.sections.terms'), body: <TermsView terms={a.terms} /> },
    { title: t('agreements.sections.periods'), body: <PeriodsSection agreement={a} canEdit={canEdit} /> },
    { title: t('agreements.sections.compensation'), body: <CompensationSection agreement={a} canEdit={canEdit} /> },
    { title: t('agreements.sections.plan'), body: <PlanSection agreement={a} /> },
    { title: t('agreements.sections.disputes'), body: <DisputesSection agreement={a} canEdit={canEdit} /> },
    { title: t('agreements.sections.contacts'), body: <ContactsSection agreement={a} canEdit={canEdit} /> },
    { title: t('agreements.sections.signatures'), body: <SignaturesSection agreement={a} canEdit={canEdit} /> },
    ...(a.parentId
      ? []
      : [
          {
            title: t('agreements.sections.subAgreements'),
            body: <SubAgreementsSection agreement={a} canEdit={canEdit} />,
          },
        ]),
  ];
  return (
    <>
      <Section title={t('agreements.sections.parties')}>
        <FieldList
          items={[
            { label: t('agreements.fields.issuer'), value: a.issuer.name },
            { label: t('agreements.fields.party'), value: a.party.name },
            {
              label: t('agreements.fields.status'),
              value: (
                <>
                  <AgreementStatusBadge status={s} />{' '}
                  {s.status === 'in_force' && s.endsOn && t('agreements.status.endsOn', { date: formatDate(s.endsOn) })}
                  {s.status === 'ended' && s.endedOn && t('agreements.status.endedOn', { date: formatDate(s.endedOn) })}
                </>
              ),
            },
            {
              label: t('agreements.fields.template'),
              value: (
                <Anchor component={Link} to={agreementLinks.template(a.templateId)}>
                  {t('agreements.templateVersion', { number: a.versionNumber })}
                </Anchor>
              ),
            },
            ...(a.parentId
              ? [
                  {
                    label: t('agreements.fields.parent'),
                    value: (
                      <Anchor component={Link} to={agreementLinks.agreement(a.parentId)}>
                        {t('agreements.sub.parentLink')}
                      </Anchor>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      {sections.map((x) => (
        <Section key={x.title} title={x.title}>
          {x.body}
        </Section>
      ))}
      {/* Anyone who may read the agreement may read its history (the policy's `audit` read). */}
      <AgreementHistory of="agreement" id={a.id} />
    </>
  );
}
