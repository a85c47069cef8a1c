import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuditHistory } from '../../components/AuditHistory';
import { BackLink } from '../../components/BackLink';
import { FieldList } from '../../components/FieldList';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { formatDate } from '../../format';
import { useCan } from '../../permissions';
import { CompensationSection } from './CompensationSection';
import { ContactsSection } from './ContactsSection';
import { DisputesSection } from './DisputesSection';
import { agreementFieldLabel, agreementAuditEnums } from './fields';
import { PeriodsSection } from './PeriodsSection';
import { PlanSection } from './PlanSection';
import { agreementKeys, useAgreement } from './queries';
import { AgreementStatusBadge } from './shared';
import { SignaturesSection } from './SignaturesSection';
import { SubAgreementsSection } from './SubAgreementsSection';
import { TermsView } from './TermsView';

/** One municipality's agreement: parties, terms, periods and notice, compensation, plan, disputes, contacts, signatures. */
export function AgreementDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const q = useAgreement(id);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const target = { countyId: a.countyId, organisationId: a.party.id };
  const canEdit = can('update', 'agreement', target);
  const s = a.status;
  return (
    <>
      <PageHeader
        title={t('agreements.detailTitle', { party: a.party.name })}
        description={a.title}
        above={<BackLink to="/agreements" label={t('agreements.title')} />}
      />
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
                <Anchor component={Link} to={`/agreement-templates/${a.templateId}`}>
                  {t('agreements.templateVersion', { number: a.versionNumber })}
                </Anchor>
              ),
            },
            ...(a.parentId
              ? [
                  {
                    label: t('agreements.fields.parent'),
                    value: (
                      <Anchor component={Link} to={`/agreements/${a.parentId}`}>
                        {t('agreements.sub.parentLink')}
                      </Anchor>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Section title={t('agreements.sections.terms')}>
        <TermsView terms={a.terms} />
      </Section>
      <Section title={t('agreements.sections.periods')}>
        <PeriodsSection agreement={a} canEdit={canEdit} />
      </Section>
      <Section title={t('agreements.sections.compensation')}>
        <CompensationSection agreement={a} canEdit={canEdit} />
      </Section>
      <Section title={t('agreements.sections.plan')}>
        <PlanSection agreement={a} />
      </Section>
      <Section title={t('agreements.sections.disputes')}>
        <DisputesSection agreement={a} canEdit={canEdit} />
      </Section>
      <Section title={t('agreements.sections.contacts')}>
        <ContactsSection agreement={a} canEdit={canEdit} />
      </Section>
      <Section title={t('agreements.sections.signatures')}>
        <SignaturesSection agreement={a} canEdit={canEdit} />
      </Section>
      {!a.parentId && (
        <Section title={t('agreements.sections.subAgreements')}>
          <SubAgreementsSection agreement={a} canEdit={canEdit && !a.parentId} />
        </Section>
      )}
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/agreements/${a.id}/audit`}
          queryKey={agreementKeys.one(a.id)}
          fieldLabel={agreementFieldLabel(t)}
          enums={agreementAuditEnums}
        />
      )}
    </>
  );
}
