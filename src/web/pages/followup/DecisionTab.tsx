import {
  Box,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, UpdateCycle } from '../../../followup/contract';
import { FieldList } from '../../components/FieldList';
import { useForm } from '../../components/useForm';
import { formatDate } from '../../format';
import { useBodies } from '../bodies/queries';
import { FollowupErrorAlert } from './errors';
import { RichText } from './RichText';
import { StaleChanges, staleFields, useSave } from '../../kit';
import { followupApi, followupKeys, type Cycle } from './queries';

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
  const form = useForm<Values>(toValues(c));
  // The cycle's own version: a stale save keeps what the other person saved (save.stale) and my input.
  const save = useSave({
    from: c,
    send: (body: UpdateCycle, version) => followupApi.update(c.id, { ...body, version: version ?? body.version }),
    invalidate: [followupKeys.all],
    onSaved: onDone,
    onError: form.fail,
  });
  const stale = save.stale;
  const v = form.values;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const anyDecision = !!(v.decisionDate || v.decisionBodyId || v.decisionText.trim() || v.decisionCaseNumber.trim());
    const body = form.validate(UpdateCycle, {
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
      version: save.version,
    });
    if (body) save.submit(body);
  };
  // The contract nests the decision; the form's fields are flat.
  const errors = Object.fromEntries(
    Object.entries(form.errors).map(([k, msg]) => {
      const m = /^decision\.(date|bodyId|text|caseNumber)$/.exec(k);
      return [m ? `decision${m[1][0].toUpperCase()}${m[1].slice(1)}` : k, msg];
    }),
  );
  const field = (k: keyof Values) => ({ ...form.text(k), error: errors[k] });
  const bodyOptions = [
    { value: '', label: t('common.select') },
    ...(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name })),
  ];
  const bodyName = (id: string) =>
    bodies.data?.items.find((b) => b.id === id)?.name ?? (id === c.decision?.bodyId ? c.decision.bodyName : '');
  const title = t('followup.decision.editTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md" maw={860}>
        {stale && (
          <StaleChanges
            what={stale.title}
            onReapply={save.reapply}
            busy={save.pending}
            fields={staleFields(
              toValues(stale),
              v,
              (k) => t(`followup.decision.fields.${k}`),
              (k, val) => (k === 'decisionBodyId' ? bodyName(String(val)) : String(val)),
            )}
            onUseTheirs={() => form.setValues(toValues(save.discard() ?? stale))}
          />
        )}
        <FollowupErrorAlert error={form.error} />
        <Fieldset legend={t('followup.decision.valuation')}>
          <Stack gap="sm">
            <TextInput
              type="date"
              label={t('followup.decision.fields.jointValuationDate')}
              w={{ base: '100%', sm: 240 }}
              {...field('jointValuationDate')}
            />
            <Textarea
              label={t('followup.decision.fields.jointValuation')}
              autosize
              minRows={4}
              maxLength={limits.valuation}
              {...field('jointValuation')}
            />
            <Textarea
              label={t('followup.decision.fields.recommendedChanges')}
              description={t('followup.decision.changesHint')}
              autosize
              minRows={3}
              maxLength={limits.decision}
              {...field('recommendedChanges')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('followup.decision.decision')}>
          <Stack gap="sm">
            <Text size="sm">{t('followup.decision.decisionHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput type="date" label={t('followup.decision.fields.decisionDate')} {...field('decisionDate')} />
              <NativeSelect
                label={t('followup.decision.fields.decisionBodyId')}
                data={bodyOptions}
                {...field('decisionBodyId')}
              />
              <TextInput
                label={t('followup.decision.fields.decisionCaseNumber')}
                maxLength={limits.caseNumber}
                {...field('decisionCaseNumber')}
              />
            </SimpleGrid>
            <Textarea
              label={t('followup.decision.fields.decisionText')}
              autosize
              minRows={3}
              maxLength={limits.decision}
              {...field('decisionText')}
            />
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={save.pending}>
            {t('followup.decision.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
