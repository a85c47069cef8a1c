import {
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { IssueTemplate } from '../../../agreements/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { formatMoney, formatNumber } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { CaptionedTable, SubmitForm, type Column } from '../../kit';
import { useAgreementForm } from './agreementForm';
import { markFields } from './errors';
import { kronorToOre } from './money';
import { DecimalInput } from './shared';
import {
  agreementKeys,
  agreementLinks,
  agreementsApi,
  templateKeys,
  useMunicipalities,
  type Agreement,
  type Template,
} from './queries';

/**
 * Issue the template as identical agreements to chosen municipalities, each with an entered yearly
 * amount or its population share of a county total.
 */
type Municipality = NonNullable<ReturnType<typeof useMunicipalities>['data']>['items'][number];

export function IssueForm({ template: x }: { template: Template }) {
  const { t } = useTranslation();
  const label = useEnum();
  const munis = useMunicipalities();
  const list = munis.data?.items ?? [];
  const years = [...new Set(list.flatMap((m) => m.populations.map((p) => p.year)))].sort((a, b) => b - a);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const form = useForm({ split: false, countyTotalOre: '', populationYear: '' });
  const [issued, setIssued] = useState<Agreement[] | null>(null);
  const popYear = form.values.populationYear || String(years[0] ?? '');
  const selected = list.filter((m) => chosen[m.id]);
  const toInput = () => {
    const problems: Record<string, string> = {};
    if (selected.length === 0) problems.municipalities = t('agreementTemplates.issue.noneChosen');
    const municipalities = selected.map((m) => {
      const typed = (amounts[m.id] ?? '').trim();
      if (!typed) return { organisationId: m.id };
      const ore = kronorToOre(typed);
      if (ore === null) problems[`amount.${m.id}`] = t('agreements.validation.amount');
      return { organisationId: m.id, yearlyAmountOre: ore ?? undefined };
    });
    const needsSplit = municipalities.some((m) => m.yearlyAmountOre === undefined);
    let split: IssueTemplate['split'];
    if (form.values.split) {
      const total = kronorToOre(form.values.countyTotalOre);
      if (total === null) problems.countyTotalOre = t('agreements.validation.amount');
      else split = { countyTotalOre: total, populationYear: Number(popYear) };
    } else if (needsSplit && selected.length) problems.municipalities = t('agreementTemplates.issue.needSplit');
    if (markFields(form, problems)) return null;
    return form.validate(IssueTemplate, { municipalities, split });
  };
  const { frame, save } = useAgreementForm(form, {
    title: t('agreementTemplates.issue.formTitle'),
    submitLabel: t('agreementTemplates.issue.submit'),
    toInput,
    send: (input: IssueTemplate) => agreementsApi.issueTemplate(x.id, input),
    invalidate: [templateKeys.all, agreementKeys.all],
    onSaved: (created) => {
      setIssued(created);
      setChosen({});
      setAmounts({});
      form.setError(null);
    },
    fieldMap: {
      'split.populationYear': 'populationYear',
      'split.countyTotalOre': 'countyTotalOre',
      split: 'countyTotalOre',
    },
  });
  const submit = () => {
    setIssued(null);
    frame.onSubmit();
  };
  const population = (m: Municipality) => m.populations.find((p) => String(p.year) === popYear)?.population;
  const columns: Column<Municipality>[] = [
    {
      id: 'municipality',
      header: t('agreementTemplates.issue.municipality'),
      rowHeader: true,
      cell: (m) => (
        <Checkbox
          label={m.name}
          checked={!!chosen[m.id]}
          onChange={(e) => setChosen({ ...chosen, [m.id]: e.currentTarget.checked })}
        />
      ),
    },
    {
      id: 'population',
      header: t('agreementTemplates.issue.population', { year: popYear }),
      align: 'right',
      cell: (m) => (population(m) != null ? formatNumber(population(m)) : t('agreementTemplates.issue.noPopulation')),
    },
    {
      id: 'amount',
      header: t('agreementTemplates.issue.amountCol'),
      cell: (m) => (
        <TextInput
          aria-label={t('agreementTemplates.issue.amount', { name: m.name })}
          inputMode="decimal"
          disabled={!chosen[m.id]}
          value={amounts[m.id] ?? ''}
          error={form.errors[`amount.${m.id}`]}
          onChange={(e) => setAmounts({ ...amounts, [m.id]: e.currentTarget.value })}
          w="100%"
          maw={200}
        />
      ),
    },
  ];
  return (
    <>
      {issued && (
        <Paper withBorder p="md" mb="md" role="status">
          <Title order={3} size="h4" mb="xs">
            {t('agreementTemplates.issue.done', { count: issued.length })}
          </Title>
          <List>
            {issued.map((a) => (
              <List.Item key={a.id}>
                <Anchor component={Link} to={agreementLinks.agreement(a.id)}>
                  {t('agreements.detailTitle', { party: a.party.name })}
                </Anchor>{' '}
                –{' '}
                {t('agreementTemplates.issue.doneItem', {
                  amount: formatMoney(a.yearlyAmountOre),
                  source: label('amountSource', a.amountSource).toLowerCase(),
                })}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {munis.isPending && <Loading />}
      <ErrorAlert error={munis.error} onRetry={() => void munis.refetch()} />
      {munis.data && (
        <SubmitForm onSubmit={submit} aria-label={frame.title}>
          <Stack gap="md">
            <Text>{t('agreementTemplates.issue.intro')}</Text>
            {frame.error}
            {form.errors.municipalities && (
              <Text c="red.9" role="alert" fw={600}>
                {form.errors.municipalities}
              </Text>
            )}
            {list.length === 0 ? (
              <Text>{t('agreementTemplates.issue.noMunicipalities')}</Text>
            ) : (
              <CaptionedTable
                caption={t('agreementTemplates.issue.caption')}
                columns={columns}
                rows={list}
                rowKey={(m) => m.id}
                pageSize={1000}
              />
            )}
            <Group gap="sm">
              <Button
                variant="default"
                size="sm"
                onClick={() => setChosen(Object.fromEntries(list.map((m) => [m.id, true])))}
              >
                {t('agreementTemplates.issue.selectAll')}
              </Button>
              <Text size="sm">{t('agreementTemplates.issue.amountHint')}</Text>
            </Group>
            <Checkbox
              label={t('agreementTemplates.issue.split')}
              description={t('agreementTemplates.issue.splitHint')}
              {...form.checkbox('split')}
            />
            {form.values.split && (
              <Group align="flex-start" gap="md">
                <DecimalInput
                  label={t('agreementTemplates.issue.countyTotal')}
                  description={t('agreements.compensation.amountHint')}
                  {...form.text('countyTotalOre')}
                />
                <NativeSelect
                  label={t('agreementTemplates.issue.populationYear')}
                  required
                  data={years.map((y) => ({ value: String(y), label: String(y) }))}
                  value={popYear}
                  onChange={(e) => form.set('populationYear', e.currentTarget.value)}
                  error={form.errors.populationYear}
                />
              </Group>
            )}
            <Group>
              <Button type="submit" loading={save.pending}>
                {frame.submitLabel}
              </Button>
              <Text size="sm" aria-live="polite">
                {t('agreementTemplates.issue.chosenCount', { count: selected.length })}
              </Text>
            </Group>
          </Stack>
        </SubmitForm>
      )}
    </>
  );
}
