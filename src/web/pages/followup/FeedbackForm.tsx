import { Button, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areaRatings, limits, SaveFeedback } from '../../../followup/contract';
import { ApiError } from '../../api/error';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useForm } from '../../components/useForm';
import { formatDate } from '../../format';
import { FollowupErrorAlert, missingAreas } from './errors';
import { NoteField, SubmitForm } from '../../kit';
import { PartStale } from './PartStale';
import { followupApi, usePartSave, type Cycle, type Feedback } from './queries';
import { useFollowupLabel, DoneNote } from './shared';

type Values = Record<string, string>;
const ratingKey = (code: string) => `rating_${code}`;
const commentKey = (code: string) => `comment_${code}`;

function toValues(c: Cycle, f: Feedback): Values {
  const v: Values = {
    meetingDate: f.meetingDate?.slice(0, 10) ?? '',
    participants: f.participants ?? '',
    notes: f.notes ?? '',
  };
  for (const a of c.areas) {
    const x = f.areas.find((y) => y.areaCode === a.code);
    v[ratingKey(a.code)] = x?.rating ?? '';
    v[commentKey(a.code)] = x?.comment ?? '';
  }
  return v;
}

/**
 * A municipality's assessment: a rating on the seed's four-step scale and a comment per area, and
 * its meeting with the region. Saved as a draft any number of times; submitted once, after which
 * it is read-only.
 */
export function FeedbackForm({ cycle: c, feedback: f }: { cycle: Cycle; feedback: Feedback }) {
  const { t } = useTranslation();
  const label = useFollowupLabel();
  const form = useForm<Values>(toValues(c, f));
  const [saved, setSaved] = useState(false);
  const [handingIn, setHandingIn] = useState(false);
  const areaName = (code: string) => c.areas.find((a) => a.code === code)?.name ?? code;
  const part = (x: Cycle) => x.municipalities.find((m) => m.organisationId === f.organisationId);
  // A draft is saved; handing in saves it and then submits that version, as one change for the form.
  const save = usePartSave(c, {
    part,
    send: async ({ body, handIn }: { body: SaveFeedback; handIn: boolean }, version) => {
      const x = await followupApi.saveFeedback(c.id, f.organisationId, { ...body, version });
      return handIn ? followupApi.submitFeedback(c.id, f.organisationId, part(x)?.version ?? 0) : x;
    },
    onSaved: () => setSaved(!handingIn),
    onError: (err) => {
      const missing = missingAreas(err);
      if (missing.length)
        form.setErrors(Object.fromEntries(missing.map((code) => [ratingKey(code), t('followup.feedback.rateThis')])));
      form.fail(err);
    },
  });
  const v = form.values;
  const input = () =>
    form.validate(SaveFeedback, {
      version: save.version,
      areas: c.areas.map((a) => ({
        areaCode: a.code,
        rating: v[ratingKey(a.code)] || null,
        comment: v[commentKey(a.code)],
      })),
      meetingDate: v.meetingDate || null,
      participants: v.participants,
      notes: v.notes,
    });
  const saveDraft = () => {
    setSaved(false);
    setHandingIn(false);
    const body = input();
    if (body) save.submit({ body, handIn: false });
  };
  const handIn = () => {
    setSaved(false);
    const unrated = c.areas.filter((a) => !v[ratingKey(a.code)]);
    if (unrated.length) {
      form.fail(new ApiError(400, 'followup.feedback_incomplete', '', { areas: unrated.map((a) => a.code) }));
      form.setErrors(Object.fromEntries(unrated.map((a) => [ratingKey(a.code), t('followup.feedback.rateThis')])));
      return;
    }
    const body = input();
    if (!body) return;
    setHandingIn(true);
    save.submit({ body, handIn: true });
  };
  const title = t('followup.feedback.formTitle', { name: f.organisationName });
  const show = (k: string, val: string | boolean) =>
    k.startsWith('rating_')
      ? val
        ? label('followupRating', String(val))
        : ''
      : k === 'meetingDate'
        ? formatDate(String(val) || null)
        : String(val);
  const fieldLabel = (k: string) =>
    k.startsWith('rating_')
      ? t('followup.feedback.ratingOf', { area: areaName(k.slice(7)) })
      : k.startsWith('comment_')
        ? t('followup.feedback.commentOf', { area: areaName(k.slice(8)) })
        : t(`followup.feedback.${k}`);
  return (
    <SubmitForm onSubmit={saveDraft} aria-label={title}>
      <Stack gap="md" maw={860}>
        <PartStale
          what={title}
          save={save}
          form={form}
          toValues={(x) => toValues(c, x)}
          label={fieldLabel}
          show={show}
        />
        <FollowupErrorAlert error={form.error} areaName={areaName} />
        <Text size="sm">{t('followup.feedback.formIntro')}</Text>
        {c.areas.map((a) => (
          <Paper key={a.code} withBorder p="sm">
            <Radio.Group
              label={a.name}
              description={t('followup.feedback.ratingHint')}
              {...form.select(ratingKey(a.code))}
              value={v[ratingKey(a.code)] ?? ''}
            >
              <Stack gap={6} mt={6}>
                {areaRatings.map((r) => (
                  <Radio key={r} value={r} label={label('followupRating', r)} />
                ))}
              </Stack>
            </Radio.Group>
            <NoteField
              mt="sm"
              label={t('followup.feedback.commentOf', { area: a.name })}
              maxLength={limits.comment}
              {...form.text(commentKey(a.code))}
            />
          </Paper>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('followup.feedback.meetingDate')} {...form.text('meetingDate')} />
        </SimpleGrid>
        <NoteField
          label={t('followup.feedback.participants')}
          description={t('followup.feedback.participantsHint')}
          maxLength={limits.participants}
          {...form.text('participants')}
        />
        <NoteField label={t('followup.feedback.notes')} rows={3} maxLength={limits.notes} {...form.text('notes')} />
        <Group>
          <Button type="submit" variant="outline" loading={save.pending && !handingIn}>
            {t('followup.feedback.saveDraft')}
          </Button>
          <ConfirmButton
            label={t('followup.feedback.submit')}
            title={t('followup.feedback.submitTitle', { name: f.organisationName })}
            message={t('followup.feedback.submitMessage')}
            loading={save.pending && handingIn}
            onConfirm={handIn}
          />
          <DoneNote text={saved && t('followup.feedback.savedDraft')} />
        </Group>
      </Stack>
    </SubmitForm>
  );
}
