import { Anchor, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime } from '../../format';
import { CaptionedTable, columnSet, InlineForm, NoteField, recordRoute, Reveal } from '../../kit';
import { IssueForm } from './IssueForm';
import { DateInput } from './shared';
import { agreementKeys, agreementLinks, agreementsApi, templateKeys, useTemplate, type Template } from './queries';
import { TermsFields } from './TermsFields';
import { termsToValues, useTermsSave } from './termsForm';
import { TermsView } from './TermsView';
import { AgreementHistory } from './AgreementHistory';

/** A template: its terms (editable until issued), its versions, issuing it and issuing a change as a new version. */
export const TemplateDetail = recordRoute(useTemplate, TemplateBody, {
  title: (x) => x.terms.title,
  description: (x, t) =>
    x.versions.length > 0
      ? t('agreementTemplates.detail.issuedNote', { count: x.agreementCount })
      : t('agreementTemplates.detail.draftNote'),
  back: { to: agreementLinks.templates, label: 'agreementTemplates.title' },
});

function TemplateBody({ record: x }: { record: Template }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const canEdit = x.abilities.update;
  const issued = x.versions.length > 0;
  const edit = canEdit && !issued && !editing && (
    <Button variant="outline" onClick={() => setEditing(true)}>
      {t('agreementTemplates.detail.edit')}
    </Button>
  );
  return (
    <>
      <Section title={t('agreementTemplates.detail.terms')} actions={edit}>
        {editing ? <EditTerms template={x} onDone={() => setEditing(false)} /> : <TermsView terms={x.terms} />}
      </Section>
      <Section title={t('agreementTemplates.detail.versions')}>
        {issued ? <Versions template={x} /> : <Text>{t('agreementTemplates.detail.noVersions')}</Text>}
        <Reveal can={canEdit && issued} label={t('agreementTemplates.version.open')}>
          {(close) => <NewVersion template={x} onDone={close} />}
        </Reveal>
      </Section>
      <Section title={t('agreementTemplates.issue.title')}>
        <Text mb="sm">
          {t('agreementTemplates.detail.agreementCount', { count: x.agreementCount })}{' '}
          {x.agreementCount > 0 && (
            <Anchor component={Link} to={agreementLinks.list}>
              {t('agreementTemplates.detail.toAgreements')}
            </Anchor>
          )}
        </Text>
        {canEdit && <IssueForm template={x} />}
      </Section>
      <AgreementHistory of="template" id={x.id} />
    </>
  );
}

type Version = Template['versions'][number];

function Versions({ template: x }: { template: Template }) {
  const { t } = useTranslation();
  const columns = columnSet<Version>((id) => t(`agreementTemplates.detail.${id}`), {
    number: { rowHeader: true, cell: (v) => v.number },
    validFrom: (v) => formatDate(v.validFrom),
    validTo: (v) => (v.validTo ? formatDate(v.validTo) : t('agreementTemplates.detail.openEnded')),
    note: (v) => v.note ?? '–',
    issuedAt: (v) => formatDateTime(v.issuedAt),
  });
  const caption = t('agreementTemplates.detail.versionsCaption');
  return <CaptionedTable caption={caption} columns={columns} rows={x.versions} rowKey={(v) => v.id} />;
}

function EditTerms({ template: x, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const { state, frame } = useTermsSave(x.terms, {
    title: t('agreementTemplates.detail.editTitle'),
    submitLabel: t('agreementTemplates.form.save'),
    from: x,
    send: (terms, version) => agreementsApi.updateTemplate(x.id, { terms, version: version ?? x.version }),
    invalidate: [templateKeys.all],
    onDone,
    stale: {
      what: (theirs) => theirs.terms.title,
      values: (theirs) => termsToValues(theirs.terms),
      label: (k) => t(`agreementTemplates.form.${k}`),
      take: (theirs) => state.reset(theirs.terms),
    },
  });
  return (
    <InlineForm {...frame} mt={0}>
      <TermsFields state={state} />
    </InlineForm>
  );
}

/** A change of terms for all agreements from the template, from a new start date; the old version is kept. */
function NewVersion({ template: x, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const latest = x.versions[0];
  const { state, frame } = useTermsSave(x.terms, {
    title: t('agreementTemplates.version.title'),
    submitLabel: t('agreementTemplates.version.submit'),
    send: (terms: TermsInput) => agreementsApi.newTemplateVersion(x.id, { terms, note, version: x.version }),
    invalidate: [templateKeys.all, agreementKeys.all],
    onDone,
  });
  const intro = t('agreementTemplates.version.intro', {
    number: latest?.number ?? 1,
    date: formatDate(latest?.validFrom),
  });
  return (
    <InlineForm
      {...frame}
      error={
        <>
          <Text>{intro}</Text>
          {frame.error}
        </>
      }
    >
      <DateInput
        label={t('agreementTemplates.version.validFrom')}
        w={{ base: '100%', sm: 260 }}
        {...state.form.text('validFrom')}
      />
      <NoteField
        label={t('agreementTemplates.version.note')}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <TermsFields state={state} hideValidFrom />
    </InlineForm>
  );
}
