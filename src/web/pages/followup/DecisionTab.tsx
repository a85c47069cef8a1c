import { Box, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, UpdateCycle } from '../../../followup/contract';
import { FieldList } from '../../components/FieldList';
import { formatDate } from '../../format';
import { useBodies } from '../bodies/queries';
import { RichText } from './RichText';
import { fieldText, InlineForm, NoteField } from '../../kit';
import { useCycleForm } from './useCycleForm';
import { followupApi, type Cycle } from './queries';

type Values = {
  jointValuation: string;
  jointValuationDate: string;
  recommendedChanges: string;
  decisionDate: string;
  decisionBodyId: string;
  decisionCaseNumber: string;
  decisionText: string;
};
const toValues = (c: Cycle): Values => ({
  jointValuation: c.jointValuation ?? '',
  jointValuationDate: c.jointValuationDate?.slice(0, 10) ?? '',
  recommendedChanges: c.recommendedChanges ?? '',
  decisionDate: c.decision?.date.slice(0, 10) ?? '',
  decisionBodyId: c.decision?.bodyId ?? '',
  decisionCaseNumber: c.decision?.caseNumber ?? '',
  decisionText: c.decision?.text ?? '',
});

/** The municipalities' joint valuation, the changes recommended and the council's decision. */
export function DecisionTab({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) return <DecisionForm cycle={c} onDone={() => setEditing(false)} />;
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('followup.decision.valuation')}
        </Title>
        <FieldList
          items={[{ label: t('followup.decision.fields.jointValuationDate'), value: formatDate(c.jointValuationDate) }]}
        />
        <LongText label={t('followup.decision.fields.jointValuation')} text={c.jointValuation} />
        <LongText label={t('followup.decision.fields.recommendedChanges')} text={c.recommendedChanges} />
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('followup.decision.decision')}
        </Title>
        {c.decision ? (
          <>
            <FieldList
              items={[
                { label: t('followup.decision.fields.decisionDate'), value: formatDate(c.decision.date) },
                { label: t('followup.decision.fields.decisionBodyId'), value: c.decision.bodyName },
                { label: t('followup.decision.fields.decisionCaseNumber'), value: c.decision.caseNumber },
              ]}
            />
            <LongText label={t('followup.decision.fields.decisionText')} text={c.decision.text} />
          </>
        ) : (
          <Text>{t('followup.decision.none')}</Text>
        )}
      </Stack>
      {c.abilities.update && (
        <Group>
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t('followup.decision.edit')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** A text written as the reports are (lists with - and 1.), read at full width. */
function LongText({ label, text }: { label: string; text: string | null }) {
  return (
    <Box maw={760}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      {text ? <RichText source={text} headingLevel={4} /> : <Text>–</Text>}
    </Box>
  );
}

function DecisionForm({ cycle: c, onDone }: { cycle: Cycle; onDone: () => void }) {
  const { t } = useTranslation();
  const bodies = useBodies({ status: 'active' });
  const fieldLabel = (k: keyof Values) => t(`followup.decision.fields.${k}`);
  const bodyName = (id: string) =>
    bodies.data?.items.find((b) => b.id === id)?.name ?? (id === c.decision?.bodyId ? c.decision.bodyName : '');
  // The cycle's own version: a stale save keeps what the other person saved and my input.
  const { form, frame } = useCycleForm(c, {
    part: (x) => x,
    toValues,
    toInput: ({ values: v, validate }, version) => {
      const anyDecision = !!(
        v.decisionDate ||
        v.decisionBodyId ||
        v.decisionText.trim() ||
        v.decisionCaseNumber.trim()
      );
      return validate(UpdateCycle, {
        jointValuation: v.jointValuation,
        jointValuationDate: v.jointValuationDate || null,
        recommendedChanges: v.recommendedChanges,
        decision: anyDecision
          ? {
              date: v.decisionDate || undefined,
              bodyId: v.decisionBodyId || undefined,
              text: v.decisionText,
              caseNumber: v.decisionCaseNumber,
            }
          : null,
        version,
      });
    },
    send: (body: UpdateCycle, version) => followupApi.update(c.id, { ...body, version: version ?? body.version }),
    onDone,
    title: t('followup.decision.editTitle'),
    submitLabel: t('followup.decision.save'),
    what: (theirs) => theirs.title,
    label: fieldLabel,
    show: fieldText<keyof Values>({ decisionBodyId: bodyName }),
  });
  // The contract nests the decision; the form's fields are flat.
  const errors = Object.fromEntries(
    Object.entries(form.errors).map(([k, msg]) => {
      const m = /^decision\.(date|bodyId|text|caseNumber)$/.exec(k);
      return [m ? `decision${m[1][0].toUpperCase()}${m[1].slice(1)}` : k, msg];
    }),
  );
  const field = (k: keyof Values) => ({ ...form.text(k), error: errors[k] });
  const long = (k: keyof Values, rows: number, maxLength: number, description?: string) => (
    <NoteField label={fieldLabel(k)} description={description} rows={rows} maxLength={maxLength} {...field(k)} />
  );
  const bodyOptions = [
    { value: '', label: t('common.select') },
    ...(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name })),
  ];
  return (
    <InlineForm {...frame} maw={860}>
      <Fieldset legend={t('followup.decision.valuation')}>
        <Stack gap="sm">
          <TextInput
            type="date"
            label={fieldLabel('jointValuationDate')}
            w={{ base: '100%', sm: 240 }}
            {...field('jointValuationDate')}
          />
          {long('jointValuation', 4, limits.valuation)}
          {long('recommendedChanges', 3, limits.decision, t('followup.decision.changesHint'))}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('followup.decision.decision')}>
        <Stack gap="sm">
          <Text size="sm">{t('followup.decision.decisionHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={fieldLabel('decisionDate')} {...field('decisionDate')} />
            <NativeSelect label={fieldLabel('decisionBodyId')} data={bodyOptions} {...field('decisionBodyId')} />
            <TextInput
              label={fieldLabel('decisionCaseNumber')}
              maxLength={limits.caseNumber}
              {...field('decisionCaseNumber')}
            />
          </SimpleGrid>
          {long('decisionText', 3, limits.decision)}
        </Stack>
      </Fieldset>
    </InlineForm>
  );
}
