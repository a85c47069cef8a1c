import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bpToPercent } from './money';
import { useIndexSeries } from './queries';
import { sharesSum, type AreaRow, type TermsState } from './termsForm';

/** The long texts of the terms, in the order the agreement has them. */
const clauses = ['purpose', 'insightClause', 'followUpClause', 'disputeClause'] as const;

/** The fields of a template's terms (used for creating, editing and a new version). */
export function TermsFields({ state, hideValidFrom }: { state: TermsState; hideValidFrom?: boolean }) {
  const { t } = useTranslation();
  const { form } = state;
  const series = useIndexSeries();
  const seriesOptions = [
    { value: '', label: t('agreementTemplates.form.noIndex') },
    ...(series.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <Stack gap="lg">
      <Fieldset legend={t('agreementTemplates.form.basics')}>
        <Stack gap="sm">
          <TextInput label={t('agreementTemplates.form.title')} required maxLength={300} {...form.text('title')} />
          {clauses.map((k) => (
            <Textarea
              key={k}
              label={t(`agreementTemplates.form.${k}`)}
              autosize
              minRows={2}
              maxLength={8000}
              {...form.text(k)}
            />
          ))}
        </Stack>
      </Fieldset>
      <DocumentsEditor state={state} />
      <AreasEditor state={state} />
      <Fieldset legend={t('agreementTemplates.form.validity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!hideValidFrom && (
            <TextInput
              type="date"
              label={t('agreementTemplates.form.validFrom')}
              required
              {...form.text('validFrom')}
            />
          )}
          <TextInput type="date" label={t('agreementTemplates.form.validTo')} required {...form.text('validTo')} />
          <TextInput
            label={t('agreementTemplates.form.extensionYears')}
            description={t('agreementTemplates.form.extensionHint')}
            required
            inputMode="numeric"
            {...form.text('extensionYears')}
          />
          <TextInput
            label={t('agreementTemplates.form.noticeMonths')}
            required
            inputMode="numeric"
            {...form.text('noticeMonths')}
          />
          <TextInput
            label={t('agreementTemplates.form.reminderDays')}
            required
            inputMode="numeric"
            {...form.text('reminderDays')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('agreementTemplates.form.compensation')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('agreementTemplates.form.compensationStart')}
            description={t('agreementTemplates.form.compensationStartHint')}
            required
            {...form.text('compensationStart')}
          />
          <TextInput
            label={t('agreementTemplates.form.bankgiro')}
            description={t('agreementTemplates.form.bankgiroHint')}
            required
            maxLength={20}
            {...form.text('bankgiro')}
          />
          <NativeSelect
            label={t('agreementTemplates.form.indexSeriesId')}
            data={seriesOptions}
            {...form.text('indexSeriesId')}
          />
          {form.values.indexSeriesId && (
            <TextInput
              label={t('agreementTemplates.form.indexFromYear')}
              required
              inputMode="numeric"
              {...form.text('indexFromYear')}
            />
          )}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}

function DocumentsEditor({ state }: { state: TermsState }) {
  const { t } = useTranslation();
  const { documents: docs, setDocuments: set, form } = state;
  const move = (i: number, d: number) =>
    set((xs) => {
      const next = [...xs];
      [next[i], next[i + d]] = [next[i + d], next[i]];
      return next;
    });
  const listError = form.errors.documents;
  return (
    <Fieldset legend={t('agreementTemplates.form.documents')}>
      <Text size="sm" mb="sm">
        {t('agreementTemplates.form.documentsHint')}
      </Text>
      {listError && (
        <Text c="red.9" size="sm" mb="sm" role="alert">
          {listError}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {docs.map((d, i) => (
          <li key={i}>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('agreementTemplates.form.document', { n: i + 1 })}
                required
                maxLength={300}
                value={d}
                error={form.errors[`documents.${i}`]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  set((xs) => xs.map((x, j) => (j === i ? value : x)));
                }}
                style={{ flex: '1 1 280px' }}
              />
              <Button variant="default" size="sm" disabled={i === 0} onClick={() => move(i, -1)}>
                {t('agreementTemplates.form.moveUp', { n: i + 1 })}
              </Button>
              <Button variant="default" size="sm" disabled={i === docs.length - 1} onClick={() => move(i, 1)}>
                {t('agreementTemplates.form.moveDown', { n: i + 1 })}
              </Button>
              <Button
                variant="outline"
                color="red.9"
                size="sm"
                disabled={docs.length === 1}
                onClick={() => set((xs) => xs.filter((_, j) => j !== i))}
              >
                {t('agreementTemplates.form.removeDocument', { n: i + 1 })}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
      <Button variant="outline" mt="sm" onClick={() => set((xs) => [...xs, ''])} disabled={docs.length >= 20}>
        {t('agreementTemplates.form.addDocument')}
      </Button>
    </Fieldset>
  );
}

function AreasEditor({ state }: { state: TermsState }) {
  const { t } = useTranslation();
  const { areas, setAreas, form } = state;
  const sum = sharesSum(areas);
  const setRow = (i: number, k: keyof AreaRow, v: string) =>
    setAreas((xs) => xs.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  const err = (i: number, k: string) => form.errors[`areas.${i}.${k}`];
  return (
    <Fieldset legend={t('agreementTemplates.form.areas')}>
      <Text size="sm" mb="sm">
        {t('agreementTemplates.form.areasHint')}
      </Text>
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {areas.map((a, i) => (
          <li key={i}>
            <Group align="flex-start" gap="xs" wrap="wrap">
              <TextInput
                label={t('agreementTemplates.form.areaCode', { n: i + 1 })}
                required
                maxLength={20}
                w={170}
                value={a.code}
                error={err(i, 'code')}
                onChange={(e) => setRow(i, 'code', e.currentTarget.value)}
              />
              <TextInput
                label={t('agreementTemplates.form.areaName', { n: i + 1 })}
                required
                maxLength={200}
                value={a.name}
                error={err(i, 'name')}
                onChange={(e) => setRow(i, 'name', e.currentTarget.value)}
                style={{ flex: '1 1 240px' }}
              />
              <TextInput
                label={t('agreementTemplates.form.areaShare', { n: i + 1 })}
                required
                inputMode="decimal"
                w={150}
                value={a.share}
                error={err(i, 'basisPoints')}
                onChange={(e) => setRow(i, 'share', e.currentTarget.value)}
              />
              <Button
                variant="outline"
                color="red.9"
                size="sm"
                mt={26}
                disabled={areas.length === 1}
                onClick={() => setAreas((xs) => xs.filter((_, j) => j !== i))}
              >
                {t('agreementTemplates.form.removeArea', { n: i + 1 })}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
      <Group mt="sm" gap="md" align="center">
        <Button
          variant="outline"
          onClick={() => setAreas((xs) => [...xs, { code: '', name: '', share: '0' }])}
          disabled={areas.length >= 20}
        >
          {t('agreementTemplates.form.addArea')}
        </Button>
        <Text role="status" aria-live="polite" fw={600} c={sum === 10000 ? undefined : 'red.9'}>
          {sum === null
            ? t('agreementTemplates.form.sharesUnreadable')
            : sum === 10000
              ? t('agreementTemplates.form.sharesOk')
              : t('agreementTemplates.form.sharesWrong', { sum: bpToPercent(sum) })}
        </Text>
      </Group>
      {form.errors.areas && (
        <Text c="red.9" size="sm" mt="xs" role="alert">
          {form.errors.areas}
        </Text>
      )}
    </Fieldset>
  );
}
