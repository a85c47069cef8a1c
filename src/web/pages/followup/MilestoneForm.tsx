import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, milestoneStatuses, UpdateMilestone } from '../../../followup/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { formatDate } from '../../format';
import { useBodies } from '../bodies/queries';
import { usePeople } from '../people/queries';
import { StaleChanges, staleFields } from '../../kit';
import { followupApi, usePartSave, type Cycle, type Milestone } from './queries';
import { useFollowupLabel } from './shared';

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
  const form = useForm<Values>(toValues(m));
  const save = usePartSave(c, {
    part: (x) => x.milestones.find((y) => y.id === m.id),
    send: (body: UpdateMilestone, version) => followupApi.updateMilestone(c.id, m.id, { ...body, version: version! }),
    onSaved: onDone,
    onError: form.fail,
  });
  const stale = save.stale;
  const v = form.values;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(UpdateMilestone, {
      dueDate: v.dueDate,
      ownerPersonId: v.ownerPersonId || null,
      ownerBodyId: v.ownerBodyId || null,
      status: v.status,
      note: v.note,
      version: save.version,
    });
    if (body) save.submit(body);
  };
  const kind = label('followupMilestoneKind', m.kind);
  const title = t('followup.milestones.editTitle', { kind });
  const personName = (id: string) =>
    people.data?.items.find((p) => p.id === id)?.name ?? (id === m.ownerPersonId ? m.ownerName : null) ?? '';
  const bodyName = (id: string) =>
    bodies.data?.items.find((b) => b.id === id)?.name ?? (id === m.ownerBodyId ? m.ownerBodyName : null) ?? '';
  const show = (k: keyof Values, val: string | boolean) => {
    const s = String(val);
    if (k === 'ownerPersonId') return personName(s);
    if (k === 'ownerBodyId') return bodyName(s);
    if (k === 'status') return label('followupStatus', s);
    if (k === 'dueDate') return formatDate(s);
    return s;
  };
  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}, ${p.organisationName}`,
  }));
  const bodyOptions = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" maw={760}>
        {stale && (
          <StaleChanges
            what={kind}
            fields={staleFields(toValues(stale), v, (k) => t(`followup.milestones.fields.${k}`), show)}
            onReapply={save.reapply}
            busy={save.pending}
            onUseTheirs={() => form.setValues(toValues(save.discard() ?? stale))}
          />
        )}
        <ErrorAlert error={form.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('followup.milestones.fields.dueDate')} required {...form.text('dueDate')} />
          <NativeSelect
            label={t('followup.milestones.fields.status')}
            required
            data={milestoneStatuses.map((s) => ({ value: s, label: label('followupStatus', s) }))}
            {...form.text('status')}
          />
          <Select
            label={t('followup.milestones.fields.ownerPersonId')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('followup.milestones.clearPerson') }}
            nothingFoundMessage={t('common.noResults')}
            data={personOptions}
            {...form.select('ownerPersonId')}
          />
          <Select
            label={t('followup.milestones.fields.ownerBodyId')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('followup.milestones.clearBody') }}
            nothingFoundMessage={t('common.noResults')}
            data={bodyOptions}
            {...form.select('ownerBodyId')}
          />
        </SimpleGrid>
        <Textarea
          label={t('followup.milestones.fields.note')}
          autosize
          minRows={2}
          maxLength={limits.milestoneNote}
          {...form.text('note')}
        />
        <Group>
          <Button type="submit" loading={save.pending}>
            {t('followup.milestones.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
