import { TextInput } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateMeeting } from '../../../meetings/contract';
import { Id } from '../../../platform/contract';
import { PageHeader } from '../../components/PageHeader';
import { ChoiceField, MayCreate, RecordForm, useCreateForm } from '../../kit';
import { useBodies } from '../bodies/queries';
import { meetingKeys, meetingLinks, meetingsApi, useMeetings } from './queries';

const NewMeeting = CreateMeeting.extend({ bodyId: Id });
type NewMeetingValues = {
  bodyId: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
};
const orNull = (s: string) => s.trim() || null;
const toInput = (v: NewMeetingValues) => ({
  bodyId: v.bodyId,
  startDate: v.startDate,
  endDate: v.endDate || undefined,
  startTime: orNull(v.startTime),
  endTime: orNull(v.endTime),
  place: orNull(v.place),
  onlineUrl: orNull(v.onlineUrl),
});

/** A new meeting of a body: its day(s), times, and a place or an online link (from a body's page the body is chosen). */
export function MeetingCreate() {
  const { t } = useTranslation();
  // Only for those the list's abilities allow; others get why, not a form (issue 10 item 8).
  return (
    <MayCreate
      list={useMeetings()}
      title={t('meetings.createTitle')}
      back={{ to: meetingLinks.list, label: t('meetings.title') }}
    >
      <MeetingForm />
    </MayCreate>
  );
}

function MeetingForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { form, frame } = useCreateForm({
    initial: {
      bodyId: params.get('bodyId') ?? '',
      startDate: '',
      endDate: '',
      startTime: '',
      endTime: '',
      place: '',
      onlineUrl: '',
    } as NewMeetingValues,
    schema: NewMeeting,
    toInput,
    send: ({ bodyId, ...rest }: z.output<typeof NewMeeting>) => meetingsApi.create(bodyId, rest),
    invalidate: [meetingKeys.all],
    onSaved: (m) => navigate(meetingLinks.meeting(m.id, 'participants')),
    cancelTo: meetingLinks.list,
  });
  const bodies = useBodies({ status: 'active' });
  const choices = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  return (
    <>
      <PageHeader title={t('meetings.createTitle')} description={t('meetings.createIntro')} />
      <RecordForm
        {...frame}
        label={t('meetings.createTitle')}
        submitLabel={t('meetings.createSubmit')}
        fields={
          <>
            <ChoiceField label={t('meetings.fields.body')} required choices={choices} {...form.text('bodyId')} />
            <span />
            <TextInput
              label={t('meetings.fields.startDate')}
              description={t('meetings.dateHint')}
              required
              placeholder={t('meetings.datePlaceholder')}
              {...form.text('startDate')}
            />
            <TextInput
              label={t('meetings.fields.endDate')}
              description={t('meetings.endDateHint')}
              placeholder={t('meetings.datePlaceholder')}
              {...form.text('endDate')}
            />
            <TextInput
              label={t('meetings.fields.startTime')}
              placeholder={t('meetings.timePlaceholder')}
              maxLength={5}
              {...form.text('startTime')}
            />
            <TextInput
              label={t('meetings.fields.endTime')}
              placeholder={t('meetings.timePlaceholder')}
              maxLength={5}
              {...form.text('endTime')}
            />
            <TextInput label={t('meetings.fields.place')} maxLength={300} {...form.text('place')} />
            <TextInput
              label={t('meetings.fields.onlineUrl')}
              type="url"
              maxLength={500}
              placeholder="https://"
              {...form.text('onlineUrl')}
            />
          </>
        }
      />
    </>
  );
}
