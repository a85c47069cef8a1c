import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits, milestoneStatuses, UpdateMilestone } from '../../../followup/contract';
import { formatDate } from '../../format';
import { useBodies } from '../bodies/queries';
import { usePeople } from '../people/queries';
import { fieldText, InlineForm, NoteField, SearchSelect } from '../../kit';
import { followupApi, type Cycle, type Milestone } from './queries';
import { useFollowupLabel } from './shared';
import { useCycleForm } from './useCycleForm';

type Values = { dueDate: string; ownerPersonId: string; ownerBodyId: string; status: string; note: string };
const toValues = (m: Milestone): Values => ({
  dueDate: m.dueDate.slice(0, 10),
  ownerPersonId: m.ownerPersonId ?? '',
  ownerBodyId: m.ownerBodyId ?? '',
  status: m.status,
  note: m.note ?? '',
});

/** Due date, owner (a person and/or a body), status and note of one milestone; a colleague's save is not overwritten silently. */
export function MilestoneForm({
  cycle: c,
  milestone: m,
  onDone,
}: {
  cycle: Cycle;
  milestone: Milestone;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const label = useFollowupLabel();
  const people = usePeople({ status: 'active' });
  const bodies = useBodies({ status: 'active' });
  const kind = label('followupMilestoneKind', m.kind);
  const fieldLabel = (k: keyof Values) => t(`followup.milestones.fields.${k}`);
  const personName = (id: string) =>
    people.data?.items.find((p) => p.id === id)?.name ?? (id === m.ownerPersonId ? m.ownerName : null) ?? '';
  const bodyName = (id: string) =>
    bodies.data?.items.find((b) => b.id === id)?.name ?? (id === m.ownerBodyId ? m.ownerBodyName : null) ?? '';
  const { form, frame } = useCycleForm(c, {
    part: (x) => x.milestones.find((y) => y.id === m.id),
    toValues,
    toInput: ({ values: v, validate }, version) =>
      validate(UpdateMilestone, {
        dueDate: v.dueDate,
        ownerPersonId: v.ownerPersonId || null,
        ownerBodyId: v.ownerBodyId || null,
        status: v.status,
        note: v.note,
        version,
      }),
    send: (body: UpdateMilestone, version) => followupApi.updateMilestone(c.id, m.id, { ...body, version: version! }),
    onDone,
    title: t('followup.milestones.editTitle', { kind }),
    submitLabel: t('followup.milestones.save'),
    what: () => kind,
    label: fieldLabel,
    show: fieldText<keyof Values>({
      ownerPersonId: personName,
      ownerBodyId: bodyName,
      status: (s) => label('followupStatus', s),
      dueDate: formatDate,
    }),
  });
  const owners = {
    ownerPersonId: {
      clear: t('followup.milestones.clearPerson'),
      data: (people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}, ${p.organisationName}` })),
    },
    ownerBodyId: {
      clear: t('followup.milestones.clearBody'),
      data: (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name })),
    },
  };
  return (
    <InlineForm {...frame} maw={760}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={fieldLabel('dueDate')} required {...form.text('dueDate')} />
        <NativeSelect
          label={fieldLabel('status')}
          required
          data={milestoneStatuses.map((s) => ({ value: s, label: label('followupStatus', s) }))}
          {...form.text('status')}
        />
        {(['ownerPersonId', 'ownerBodyId'] as const).map((k) => (
          <SearchSelect
            key={k}
            label={fieldLabel(k)}
            clearLabel={owners[k].clear}
            data={owners[k].data}
            {...form.select(k)}
          />
        ))}
      </SimpleGrid>
      <NoteField label={fieldLabel('note')} maxLength={limits.milestoneNote} {...form.text('note')} />
    </InlineForm>
  );
}
