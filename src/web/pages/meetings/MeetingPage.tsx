import { useTranslation } from 'react-i18next';
import { History, recordRoute, RecordTabs, useTabParam } from '../../kit';
import { Adjusting } from './Adjusting';
import { Items } from './Items';
import { Overview } from './Overview';
import { Participants } from './Participants';
import { meetingKeys, meetingLinks, meetingsApi, useMeeting, type Meeting } from './queries';
import { whenText } from './shared';

const tabs = ['overview', 'participants', 'items', 'adjusting'] as const;

/** One meeting: its overview and actions, who took part, the §§ (agenda and protocol), and the adjusting. */
export const MeetingPage = recordRoute(useMeeting, MeetingBody, {
  title: (m, t) => t('meetings.pageTitle', { body: m.body.name, date: m.startDate }),
  description: (m, t) =>
    [whenText(m), m.place ?? (m.onlineUrl ? t('meetings.online') : null)].filter(Boolean).join(' · '),
  back: { to: meetingLinks.list, label: 'meetings.title' },
});

function MeetingBody({ record: m }: { record: Meeting }) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useTabParam(tabs, (next) => (next === 'items' ? [] : ['item']));
  return (
    <>
      <RecordTabs
        label={t('meetings.tabs.label')}
        value={tab}
        onChange={setTab}
        mb="xl"
        tabs={[
          { value: 'overview', label: t('meetings.tabs.overview'), panel: <Overview m={m} /> },
          {
            value: 'participants',
            label: t('meetings.tabs.participants'),
            title: t('meetings.tabs.participants'),
            intro: t('meetings.participants.intro'),
            panel: <Participants m={m} />,
          },
          {
            value: 'items',
            label: t('meetings.tabs.items'),
            title: t('meetings.tabs.items'),
            intro: t('meetings.items.intro'),
            panel: <Items m={m} />,
          },
          {
            value: 'adjusting',
            label: t('meetings.tabs.adjusting'),
            title: t('meetings.tabs.adjusting'),
            panel: <Adjusting m={m} />,
          },
        ]}
      />
      <History
        load={() => meetingsApi.history(m.id)}
        queryKey={[...meetingKeys.one(m.id), 'history']}
        fieldLabel={(f) => (i18n.exists(`meetings.fields.${f}`) ? t(`meetings.fields.${f}`) : f)}
      />
    </>
  );
}
