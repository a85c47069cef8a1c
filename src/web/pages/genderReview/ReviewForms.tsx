import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateReview, UpdateReview } from '../../../genderReview/contract';
import { BUILTIN_GROUPS } from '../../../genderReview/rules';
import { ChoiceField, CreatePage, EditPage, RecordForm, type Form, type RecordFormProps } from '../../kit';
import { useMe } from '../../session';
import { useOrganisationOptions } from '../organisations/queries';
import { reviewApi, reviewKeys, reviewLinks, useReview, useReviews, type Review } from './queries';

type Values = { organisationId: string; year: string; title: string; status: string; groups: string };

const groupsOf = (s: string) => s.split(',').filter(Boolean);

function Groups({ form }: { form: Form<Values> }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('genderReview.fields.groups')}
      required
      error={form.errors.groups}
      value={groupsOf(form.values.groups)}
      onChange={(v) => form.set('groups', v.join(','))}
    >
      <Stack gap={6} mt={6}>
        {BUILTIN_GROUPS.map((g) => (
          <Checkbox key={g} value={g} label={t(`genderReview.groups.${g}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function ReviewFields({ form, create, ...frame }: RecordFormProps<Values> & { create: boolean }) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  return (
    <RecordForm
      {...frame}
      fields={
        <>
          {create && (
            <ChoiceField
              label={t('genderReview.fields.organisationId')}
              required
              choices={organisations}
              {...form.text('organisationId')}
            />
          )}
          <TextInput label={t('genderReview.fields.title')} required maxLength={200} {...form.text('title')} />
          <TextInput
            label={t('genderReview.fields.year')}
            required
            inputMode="numeric"
            maxLength={4}
            {...form.text('year')}
          />
          {!create && (
            <ChoiceField
              label={t('genderReview.fields.status')}
              empty={false}
              choices={(['in_progress', 'done'] as const).map((s) => ({
                value: s,
                label: t(`genderReview.statuses.${s}`),
              }))}
              {...form.text('status')}
            />
          )}
        </>
      }
      wide={<Groups form={form} />}
    />
  );
}

const common = (v: Values) => ({ title: v.title, year: Number(v.year), groups: groupsOf(v.groups) });

/** A new review: the organisation, the year, the title and the groups of built-in criteria. */
export function ReviewCreate() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <CreatePage
      path={reviewLinks.list}
      ns="genderReview"
      list={useReviews()}
      initial={
        {
          organisationId: me.organisationId ?? '',
          year: String(new Date().getFullYear()),
          title: '',
          status: 'in_progress',
          groups: BUILTIN_GROUPS.join(','),
        } as Values
      }
      schema={CreateReview}
      toInput={(v: Values) => ({ organisationId: v.organisationId, ...common(v) })}
      send={reviewApi.create}
      invalidate={[reviewKeys.all]}
    >
      {(frame) => <ReviewFields {...frame} create submitLabel={t('genderReview.createSubmit')} />}
    </CreatePage>
  );
}

export function ReviewEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      path={reviewLinks.list}
      ns="genderReview"
      query={useReview(id)}
      name={(r: Review) => r.title}
      toForm={(r): Values => ({
        organisationId: r.organisationId,
        year: String(r.year),
        title: r.title,
        status: r.status,
        groups: r.groups.join(','),
      })}
      toInput={(v: Values) => ({ ...common(v), status: v.status })}
      schema={UpdateReview}
      send={reviewApi.update}
      invalidate={[reviewKeys.all]}
      label={(k) => t(`genderReview.fields.${k}`)}
    >
      {(frame) => <ReviewFields {...frame} create={false} />}
    </EditPage>
  );
}
