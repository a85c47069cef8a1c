import { Anchor, Button, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime } from '../../format';
import {
  DataTable,
  DetailPage,
  History,
  InlineForm,
  Reveal,
  StaleChanges,
  staleFields,
  useSave,
  type Column,
} from '../../kit';
import { AgreementErrorAlert, failForm } from './errors';
import { agreementFieldLabel } from './fields';
import { IssueForm } from './IssueForm';
import { agreementKeys, agreementsApi, historyPath, templateKeys, useTemplate, type Template } from './queries';
import { TermsFields } from './TermsFields';
import { termsFieldMap, termsToValues, useTermsForm, type TermsValues } from './termsForm';
import { TermsView } from './TermsView';

/** A template: its terms (editable until issued), its versions, issuing it and issuing a change as a new version. */
export function TemplateDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useTemplate(id)}
      title={(x) => x.terms.title}
      description={(x) =>
        x.versions.length > 0
          ? t('agreementTemplates.detail.issuedNote', { count: x.agreementCount })
          : t('agreementTemplates.detail.draftNote')
      }
      back={{ to: '/agreement-templates', label: t('agreementTemplates.title') }}
    >
      {(x) => <TemplateBody x={x} />}
    </DetailPage>
  );
}

function TemplateBody({ x }: { x: Template }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const canEdit = x.abilities.update;
  const issued = x.versions.length > 0;
  return (
    <>
      <Section
        title={t('agreementTemplates.detail.terms')}
        actions={
          canEdit &&
          !issued &&
          !editing && (
            <Button variant="outline" onClick={() => setEditing(true)}>
              {t('agreementTemplates.detail.edit')}
            </Button>
          )
        }
      >
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
            <Anchor component={Link} to="/agreements">
              {t('agreementTemplates.detail.toAgreements')}
            </Anchor>
          )}
        </Text>
        {canEdit && <IssueForm template={x} />}
      </Section>
      <History
        path={historyPath.template(x.id)}
        queryKey={templateKeys.one(x.id)}
        fieldLabel={agreementFieldLabel(t)}
      />
    </>
  );
}

type Version = Template['versions'][number];

function Versions({ template: x }: { template: Template }) {
  const { t } = useTranslation();
  const columns: Column<Version>[] = [
    { id: 'number', header: t('agreementTemplates.detail.number'), rowHeader: true, cell: (v) => v.number },
    { id: 'validFrom', header: t('agreementTemplates.detail.validFrom'), cell: (v) => formatDate(v.validFrom) },
    {
      id: 'validTo',
      header: t('agreementTemplates.detail.validTo'),
      cell: (v) => (v.validTo ? formatDate(v.validTo) : t('agreementTemplates.detail.openEnded')),
    },
    { id: 'note', header: t('agreementTemplates.detail.note'), cell: (v) => v.note ?? '–' },
    { id: 'issuedAt', header: t('agreementTemplates.detail.issuedAt'), cell: (v) => formatDateTime(v.issuedAt) },
  ];
  return (
    <DataTable
      caption={t('agreementTemplates.detail.versionsCaption')}
      captionHidden={false}
      showCount={false}
      columns={columns}
      rows={x.versions}
      rowKey={(v) => v.id}
    />
  );
}

function EditTerms({ template: x, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const state = useTermsForm(x.terms);
  const save = useSave({
    from: x,
    send: (terms: TermsInput, version) => agreementsApi.updateTemplate(x.id, { terms, version: version ?? x.version }),
    invalidate: [templateKeys.all],
    onSaved: onDone,
    onError: (err) => failForm(state.form, err, t, termsFieldMap),
  });
  const submit = () => {
    const terms = state.toInput(t);
    if (terms) save.submit(terms);
  };
  const label = (k: keyof TermsValues & string) => t(`agreementTemplates.form.${k}`);
  const stale = save.stale;
  return (
    <InlineForm
      title={t('agreementTemplates.detail.editTitle')}
      onSubmit={submit}
      submitLabel={t('agreementTemplates.form.save')}
      busy={save.pending}
      onCancel={onDone}
      maw={900}
      mt={0}
      error={
        <>
          {stale && (
            <StaleChanges
              what={stale.terms.title}
              fields={staleFields(termsToValues(stale.terms), state.form.values, label)}
              onReapply={save.reapply}
              busy={save.pending}
              onUseTheirs={() => {
                save.discard();
                state.reset(stale.terms);
              }}
            />
          )}
          <AgreementErrorAlert error={state.form.error} />
        </>
      }
    >
      <TermsFields state={state} />
    </InlineForm>
  );
}

/** A change of terms for all agreements from the template, from a new start date; the old version is kept. */
function NewVersion({ template: x, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const state = useTermsForm(x.terms);
  const [note, setNote] = useState('');
  const latest = x.versions[0];
  const save = useSave({
    send: (terms: TermsInput) => agreementsApi.newTemplateVersion(x.id, { terms, note, version: x.version }),
    invalidate: [templateKeys.all, agreementKeys.all],
    onSaved: onDone,
    onError: (err) => failForm(state.form, err, t, termsFieldMap),
  });
  const submit = () => {
    const terms = state.toInput(t);
    if (terms) save.submit(terms);
  };
  return (
    <InlineForm
      title={t('agreementTemplates.version.title')}
      onSubmit={submit}
      submitLabel={t('agreementTemplates.version.submit')}
      busy={save.pending}
      onCancel={onDone}
      maw={900}
      error={
        <>
          <Text>
            {t('agreementTemplates.version.intro', {
              number: latest?.number ?? 1,
              date: formatDate(latest?.validFrom),
            })}
          </Text>
          <AgreementErrorAlert error={state.form.error} />
        </>
      }
    >
      <TextInput
        type="date"
        label={t('agreementTemplates.version.validFrom')}
        required
        w={{ base: '100%', sm: 260 }}
        {...state.form.text('validFrom')}
      />
      <Textarea
        label={t('agreementTemplates.version.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <TermsFields state={state} hideValidFrom />
    </InlineForm>
  );
}
