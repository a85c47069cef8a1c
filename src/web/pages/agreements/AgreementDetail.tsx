import { Anchor, Tabs } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
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
  // The edit history is a tab of its own (issue 10 item 11), kept in the address so it can be linked.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'history' ? 'history' : 'agreement';
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const target = { countyId: a.countyId, organisationId: a.party.id };
  // What the person may do comes with the record (the server's policy), not rebuilt here.
  const canEdit = a.abilities.update;
  const s = a.status;
  const mayReadHistory = can('read', 'audit', target);
  return (
    <>
      <PageHeader
        title={t('agreements.detailTitle', { party: a.party.name })}
        description={a.title}
        above={<BackLink to="/agreements" label={t('agreements.title')} />}
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v === 'history' ? { tab: 'history' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('agreements.tabs.label')} style={{ flexWrap: 'wrap' }} mb="md">
          <Tabs.Tab value="agreement">{t('agreements.tabs.agreement')}</Tabs.Tab>
          {mayReadHistory && <Tabs.Tab value="history">{t('agreements.tabs.history')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="agreement">
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
                      {s.status === 'in_force' &&
                        s.endsOn &&
                        t('agreements.status.endsOn', { date: formatDate(s.endsOn) })}
                      {s.status === 'ended' &&
                        s.endedOn &&
                        t('agreements.status.endedOn', { date: formatDate(s.endedOn) })}
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
        </Tabs.Panel>
        {mayReadHistory && (
          <Tabs.Panel value="history">
            <AuditHistory
              path={`/api/agreements/${a.id}/audit`}
              queryKey={agreementKeys.one(a.id)}
              fieldLabel={agreementFieldLabel(t)}
              enums={agreementAuditEnums}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
