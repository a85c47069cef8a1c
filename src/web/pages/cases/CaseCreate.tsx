import { Anchor, TextInput } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateCase, caseKinds, stepKinds } from '../../../meetings/contract';
import { isApiError } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { ChoiceField, MayCreate, NoteField, RadioChoices, RecordForm, useCreateForm } from '../../kit';
import { useMe } from '../../session';
import { useBodies } from '../bodies/queries';
import { useOrganisationOptions } from '../organisations/queries';
import { caseFormToInput, emptyCase } from './fields';
import { MotionFields } from './MotionFields';
import { OfficerSelect } from './OfficerSelect';
import { caseKeys, casesApi, useCases } from './queries';
import { useCaseWords } from './shared';

/** Register a case: its series and year (the server gives the next running number unless one is written). */
export function CaseCreate() {
  const { t } = useTranslation();
  // Only for those the list's abilities allow; others get why, not a form (issue 10 item 8).
  return (
    <MayCreate
      list={useCases({ q: '', status: '', kind: '', series: '', year: '', overdue: '', page: '' })}
      title={t('cases.createTitle')}
      back={{ to: '/cases', label: t('cases.title') }}
    >
      <CaseForm />
    </MayCreate>
  );
}

function CaseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const words = useCaseWords();
  const organisations = useOrganisationOptions();
  const { form, frame } = useCreateForm({
    initial: emptyCase(me.organisationId ?? ''),
    schema: CreateCase,
    toInput: caseFormToInput,
    send: casesApi.create,
    invalidate: [caseKeys.all],
    onSaved: (c) => navigate(`/cases/${c.id}`),
    cancelTo: '/cases',
  });
  const bodies = useBodies({ status: 'active', organisationId: form.values.organisationId });
  const taken = isApiError(form.error, 'case.number_taken')
    ? (form.error.details as { existingId?: string } | null)?.existingId
    : undefined;
  return (
    <>
      <PageHeader title={t('cases.createTitle')} description={t('cases.createIntro')} />
      <RecordForm
        {...frame}
        submitLabel={t('cases.createSubmit')}
        label={t('cases.createTitle')}
        fields={
          <>
            <ChoiceField
              label={t('cases.fields.organisation')}
              required
              choices={organisations}
              {...form.text('organisationId')}
            />
            <RadioChoices
              label={t('cases.fields.kind')}
              required
              choices={caseKinds.map((k) => ({ value: k, label: words.kind(k) }))}
              {...form.select('kind')}
              onChange={(v) => form.set('kind', v)}
            />
            <TextInput
              label={t('cases.fields.series')}
              description={t('cases.seriesHint')}
              required
              maxLength={20}
              autoCapitalize="characters"
              {...form.text('series')}
            />
            <TextInput
              label={t('cases.fields.year')}
              required
              inputMode="numeric"
              maxLength={4}
              {...form.text('year')}
            />
            <TextInput
              label={t('cases.fields.number')}
              description={t('cases.numberHint')}
              inputMode="numeric"
              maxLength={6}
              {...form.text('number')}
            />
            <OfficerSelect {...form.select('officerId')} />
          </>
        }
        wide={
          <>
            {taken && (
              <Anchor component={Link} to={`/cases/${taken}`}>
                {t('cases.openTaken')}
              </Anchor>
            )}
            <TextInput label={t('cases.fields.title')} required maxLength={300} {...form.text('title')} />
            <NoteField label={t('cases.fields.description')} rows={3} maxLength={8000} {...form.text('description')} />
            {form.values.kind === 'motion' && <MotionFields form={form} />}
            <ChoiceField
              label={t('cases.fields.firstBody')}
              description={t('cases.firstBodyHint')}
              empty={t('cases.noFirstBody')}
              choices={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
              {...form.text('firstBodyId')}
            />
            {form.values.firstBodyId && (
              <ChoiceField
                label={t('cases.fields.stepKind')}
                empty={false}
                choices={stepKinds.map((k) => ({ value: k, label: words.step(k) }))}
                {...form.text('firstStepKind')}
              />
            )}
          </>
        }
      />
    </>
  );
}
