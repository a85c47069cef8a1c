import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PositionInput, type Assessment, type Conflict } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { today } from '../../format';
import { useLocalText } from '../frameworks/queries';
import { useBodies } from '../bodies/queries';
import { staleRows, str } from './stale';
import { useAssessmentMutation } from './useAssessmentMutation';

type Values = { text: string; bodyId: string; date: string; caseNumber: string };

/** "Ta ställning": the position taken on a conflict – text, the body, the date and the case number. */
export function PositionDialog({
  assessment,
  conflict,
  onClose,
}: {
  assessment: Assessment;
  conflict: Conflict;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const bodies = useBodies({ status: 'active' });
  const bodyOptions = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  const p = conflict.position;
  const form = useForm<Values>({
    text: p?.text ?? '',
    bodyId: p?.bodyId ?? '',
    date: p?.date?.slice(0, 10) ?? today(),
    caseNumber: p?.caseNumber ?? '',
  });
  const [version, setVersion] = useState(conflict.version);
  const [stale, setStale] = useState<Values | null>(null);
  const save = useAssessmentMutation(assessment.id, {
    onSaved: onClose,
    onStale: (row) => {
      // The 409 carries the conflict as saved now, in the contract's shape.
      const theirs = (row as unknown as Conflict).position;
      setStale({
        text: str(theirs?.text),
        bodyId: str(theirs?.bodyId),
        date: str(theirs?.date).slice(0, 10),
        caseNumber: str(theirs?.caseNumber),
      });
      setVersion(Number(row.version));
      form.setError(null);
    },
    onError: form.fail,
  });
  const v = form.values;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const position = form.validate(PositionInput, {
      text: v.text,
      bodyId: v.bodyId || null,
      date: v.date,
      caseNumber: v.caseNumber,
    });
    if (position)
      save.mutate({
        method: 'PATCH',
        path: `conflicts/${conflict.id}`,
        body: { position, status: 'position_taken', version },
      });
  };
  const what = `${local(conflict.a.label)} ↔ ${local(conflict.b.label)}`;
  const title = t('assessments.position.title', { what });
  const show = (k: keyof Values, val: string | boolean) =>
    k === 'bodyId' ? (bodyOptions.find((o) => o.value === val)?.label ?? String(val)) : String(val);
  // Mantine keeps field errors under their names; the server names them "position.text" etc.
  const err = (k: keyof Values) => form.errors[k] ?? form.errors[`position.${k}`];

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <Text size="sm">{t('assessments.position.intro')}</Text>
          {stale && (
            <StaleNotice
              what={what}
              fields={staleRows(stale, v, (k) => t(`assessments.position.${k}`), show)}
              onUseTheirs={() => {
                form.setValues(stale);
                setStale(null);
              }}
            />
          )}
          <ErrorAlert error={form.error} />
          <Textarea
            label={t('assessments.position.text')}
            required
            autosize
            minRows={3}
            maxLength={8000}
            {...form.text('text')}
            error={err('text')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('assessments.position.bodyId')}
              searchable
              clearable
              nothingFoundMessage={t('common.noResults')}
              data={bodyOptions}
              {...form.select('bodyId')}
              error={err('bodyId')}
            />
            <TextInput
              type="date"
              label={t('assessments.position.date')}
              required
              {...form.text('date')}
              error={err('date')}
            />
            <TextInput
              label={t('assessments.position.caseNumber')}
              maxLength={60}
              {...form.text('caseNumber')}
              error={err('caseNumber')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('assessments.position.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
