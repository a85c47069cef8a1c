import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AddStep, stepKinds, type Case, type ItemRef } from '../../../meetings/contract';
import { Section } from '../../components/Section';
import { formatDate } from '../../format';
import { ChoiceField, DataTable, FormDialog, NoteField, useFormSave, type Column } from '../../kit';
import { useBodies } from '../bodies/queries';
import { caseKeys, casesApi } from './queries';
import { useCaseWords } from './shared';

type Step = Case['steps'][number];

/** "§ 73, Regionfullmäktige 2015-06-16", linked to the meeting. */
function ItemLink({ item }: { item: ItemRef }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/meetings/${item.meetingId}`}>
      {t('cases.steps.item', { number: item.number, body: item.bodyName, date: formatDate(item.date) })}
    </Anchor>
  );
}

/** The case's path through bodies, one step each; a new step raises the question to another body. */
export function StepsSection({ c }: { c: Case }) {
  const { t } = useTranslation();
  const words = useCaseWords();
  const [adding, setAdding] = useState(false);
  const columns: Column<Step>[] = [
    { id: 'position', header: t('cases.steps.position'), cell: (s) => s.position, align: 'right' },
    { id: 'kind', header: t('cases.steps.kind'), rowHeader: true, cell: (s) => words.step(s.kind) },
    {
      id: 'body',
      header: t('cases.steps.body'),
      cell: (s) => (
        <Anchor component={Link} to={`/bodies/${s.bodyId}`}>
          {s.bodyName}
        </Anchor>
      ),
    },
    {
      id: 'item',
      header: t('cases.steps.paragraph'),
      cell: (s) => (s.item ? <ItemLink item={s.item} /> : t('cases.steps.noItem')),
    },
    {
      id: 'note',
      header: t('cases.steps.note'),
      cell: (s) => (
        <Stack gap={2}>
          {s.raisedFrom && (
            <Text size="sm">
              {t('cases.steps.raisedFrom')} <ItemLink item={s.raisedFrom} />
            </Text>
          )}
          {s.note && <Text size="sm">{s.note}</Text>}
          {!s.raisedFrom && !s.note && '–'}
        </Stack>
      ),
    },
  ];
  return (
    <Section
      title={t('cases.steps.title')}
      actions={
        c.abilities.update && (
          <Button variant="default" onClick={() => setAdding(true)} aria-haspopup="dialog">
            {t('cases.steps.add')}
          </Button>
        )
      }
    >
      <DataTable
        caption={t('cases.steps.caption', { number: c.registrationNumber })}
        columns={columns}
        rows={c.steps}
        rowKey={(s) => s.id}
        showCount={false}
        empty={t('cases.steps.empty')}
      />
      {adding && <AddStepDialog c={c} onClose={() => setAdding(false)} />}
    </Section>
  );
}

type StepValues = { bodyId: string; kind: string; note: string; raisedFromItemId: string };

/**
 * A new step in another (or the same) body. When a § of this case decided to raise the question,
 * naming it keeps the link from the decision to the new step.
 */
function AddStepDialog({ c, onClose }: { c: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const words = useCaseWords();
  const bodies = useBodies({ status: 'active' });
  const items = c.steps.flatMap((s) => (s.item ? [s.item] : []));
  const edit = useFormSave<StepValues, Case, AddStep, Case>({
    record: c,
    toForm: () => ({ bodyId: '', kind: 'decision', note: '', raisedFromItemId: '' }),
    toInput: (form, version) =>
      form.validate(AddStep, {
        version,
        bodyId: form.values.bodyId || undefined,
        kind: form.values.kind,
        note: form.values.note,
        raisedFromItemId: form.values.raisedFromItemId || null,
      }),
    send: (input) => casesApi.addStep(c.id, input),
    invalidate: [caseKeys.all],
    onSaved: onClose,
  });
  const { form } = edit;
  const bodyChoices = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  const label = (k: keyof StepValues) => t(`cases.steps.fields.${k}`);
  return (
    <FormDialog
      edit={edit}
      title={t('cases.steps.addTitle')}
      intro={<Text>{t('cases.steps.addIntro')}</Text>}
      submitLabel={t('cases.steps.addSubmit')}
      onClose={onClose}
      what={c.registrationNumber}
      fieldLabel={label}
      show={(k, v) =>
        k === 'kind' ? words.step(String(v)) : (bodyChoices.find((b) => b.value === v)?.label ?? String(v))
      }
    >
      <ChoiceField label={label('bodyId')} required choices={bodyChoices} {...form.text('bodyId')} />
      <ChoiceField
        label={label('kind')}
        required
        empty={false}
        choices={stepKinds.map((k) => ({ value: k, label: words.step(k) }))}
        {...form.text('kind')}
      />
      {items.length > 0 && (
        <ChoiceField
          label={label('raisedFromItemId')}
          empty={t('cases.steps.notRaised')}
          choices={items.map((i) => ({
            value: i.id,
            label: t('cases.steps.item', { number: i.number, body: i.bodyName, date: formatDate(i.date) }),
          }))}
          {...form.text('raisedFromItemId')}
        />
      )}
      <NoteField label={label('note')} rows={2} maxLength={1000} {...form.text('note')} />
    </FormDialog>
  );
}
