import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoteField } from '../../kit';
import { bpToPercent } from './money';
import { useIndexSeries } from './queries';
import { ListError, RowsFieldset } from './RowsFieldset';
import { sharesSum, type AreaRow, type TermsState, type TermsValues } from './termsForm';

/** The long texts of the terms, in the order the agreement has them. */
const clauses = ['purpose', 'insightClause', 'followUpClause', 'disputeClause'] as const;

/** A required one-line field of the terms: its key (which names its label), kind, hint and limit. */
interface TermsField {
  key: keyof TermsValues & string;
  date?: boolean;
  numeric?: boolean;
  hint?: string;
  maxLength?: number;
}

const validityFields: TermsField[] = [
  { key: 'validFrom', date: true },
  { key: 'validTo', date: true },
  { key: 'extensionYears', numeric: true, hint: 'extensionHint' },
  { key: 'noticeMonths', numeric: true },
  { key: 'reminderDays', numeric: true },
];

const compensationFields: TermsField[] = [
  { key: 'compensationStart', date: true, hint: 'compensationStartHint' },
  { key: 'bankgiro', maxLength: 20, hint: 'bankgiroHint' },
];

/** An area's three inputs: the row's key, the label's key, the error's key (the contract's) and width. */
const areaInputs = [
  { key: 'code', label: 'areaCode', error: 'code', maxLength: 20, w: 170 },
  { key: 'name', label: 'areaName', error: 'name', maxLength: 200, style: { flex: '1 1 240px' } },
  { key: 'share', label: 'areaShare', error: 'basisPoints', inputMode: 'decimal', w: 150 },
] as const;

const label = (k: string) => `agreementTemplates.form.${k}`;

/** The fields of a template's terms (used for creating, editing and a new version). */
export function TermsFields({ state, hideValidFrom }: { state: TermsState; hideValidFrom?: boolean }) {
  const { t } = useTranslation();
  const { form } = state;
  const series = useIndexSeries();
  const seriesOptions = [
    { value: '', label: t(label('noIndex')) },
    ...(series.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  const field = (f: TermsField) => (
    <TextInput
      key={f.key}
      type={f.date ? 'date' : undefined}
      label={t(label(f.key))}
      description={f.hint && t(label(f.hint))}
      required
      inputMode={f.numeric ? 'numeric' : undefined}
      maxLength={f.maxLength}
      {...form.text(f.key)}
    />
  );
  return (
    <Stack gap="lg">
      <Fieldset legend={t(label('basics'))}>
        <Stack gap="sm">
          <TextInput label={t(label('title'))} required maxLength={300} {...form.text('title')} />
          {clauses.map((k) => (
            <NoteField key={k} label={t(label(k))} maxLength={8000} {...form.text(k)} />
          ))}
        </Stack>
      </Fieldset>
      <DocumentsEditor state={state} />
      <AreasEditor state={state} />
      <Fieldset legend={t(label('validity'))}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {validityFields.filter((f) => !(hideValidFrom && f.key === 'validFrom')).map(field)}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t(label('compensation'))}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {compensationFields.map(field)}
          <NativeSelect label={t(label('indexSeriesId'))} data={seriesOptions} {...form.text('indexSeriesId')} />
          {form.values.indexSeriesId && field({ key: 'indexFromYear', numeric: true })}
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
  const above = (
    <>
      <Text size="sm" mb="sm">
        {t(label('documentsHint'))}
      </Text>
      <ListError error={form.errors.documents} mb="sm" />
    </>
  );
  return (
    <RowsFieldset
      legend={t(label('documents'))}
      rows={docs}
      setRows={set}
      blank=""
      add={t(label('addDocument'))}
      remove={(n) => t(label('removeDocument'), { n })}
      align="flex-end"
      above={above}
    >
      {(d, i, change) => (
        <>
          <TextInput
            label={t(label('document'), { n: i + 1 })}
            required
            maxLength={300}
            value={d}
            error={form.errors[`documents.${i}`]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              change(() => value);
            }}
            style={{ flex: '1 1 280px' }}
          />
          <Button variant="default" size="sm" disabled={i === 0} onClick={() => move(i, -1)}>
            {t(label('moveUp'), { n: i + 1 })}
          </Button>
          <Button variant="default" size="sm" disabled={i === docs.length - 1} onClick={() => move(i, 1)}>
            {t(label('moveDown'), { n: i + 1 })}
          </Button>
        </>
      )}
    </RowsFieldset>
  );
}

function AreasEditor({ state }: { state: TermsState }) {
  const { t } = useTranslation();
  const { areas, setAreas, form } = state;
  const sum = sharesSum(areas);
  const sums =
    sum === null
      ? t(label('sharesUnreadable'))
      : sum === 10000
        ? t(label('sharesOk'))
        : t(label('sharesWrong'), { sum: bpToPercent(sum) });
  const status = (
    <Text role="status" aria-live="polite" fw={600} c={sum === 10000 ? undefined : 'red.9'}>
      {sums}
    </Text>
  );
  return (
    <RowsFieldset<AreaRow>
      legend={t(label('areas'))}
      rows={areas}
      setRows={setAreas}
      blank={{ code: '', name: '', share: '0' }}
      add={t(label('addArea'))}
      remove={(n) => t(label('removeArea'), { n })}
      align="flex-start"
      above={
        <Text size="sm" mb="sm">
          {t(label('areasHint'))}
        </Text>
      }
      status={status}
      below={<ListError error={form.errors.areas} mt="xs" />}
    >
      {(a, i, change) =>
        areaInputs.map(({ key, label: l, error, ...look }) => (
          <TextInput
            key={key}
            label={t(label(l), { n: i + 1 })}
            required
            {...look}
            value={a[key]}
            error={form.errors[`areas.${i}.${error}`]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              change((row) => ({ ...row, [key]: value }));
            }}
          />
        ))
      }
    </RowsFieldset>
  );
}
