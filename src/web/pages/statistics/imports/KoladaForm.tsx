import { Button, Checkbox, Group, List, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RadioChoices, SmallTable } from '../../../kit';
import { useOrganisations } from '../../organisations/queries';
import { importsApi, useKpiSearch, type Import, type Kpi } from './queries';

/** Kolada: search KPIs, pick several, the years, and the county or chosen municipalities. */
export function KoladaForm({ onStarted }: { onStarted: (i: Import) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [onlyGender, setOnlyGender] = useState(true);
  const search = useKpiSearch(useDeferredValue(q), onlyGender);
  const [picked, setPicked] = useState<Kpi[]>([]);
  const [fromYear, setFromYear] = useState<number>(new Date().getFullYear() - 5);
  const [toYear, setToYear] = useState<number>(new Date().getFullYear() - 1);
  const [areas, setAreas] = useState<'county' | 'chosen'>('county');
  const [codes, setCodes] = useState<string[]>([]);
  const orgs = useOrganisations({ type: 'municipality', status: 'active' });
  const municipalities = (orgs.data?.items ?? []).filter((o) => o.municipalityCode);
  const start = useMutation({
    mutationFn: () =>
      importsApi.create({
        source: 'kolada',
        kpiIds: picked.map((k) => k.id),
        years: Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => fromYear + i),
        areas: areas === 'county' ? 'county' : codes,
      }),
    onSuccess: onStarted,
  });
  const k = (key: string, o?: Record<string, unknown>) => t(`statisticsImports.kolada.${key}`, o);
  return (
    <Stack gap="md" maw={720}>
      <TextInput
        label={k('search')}
        description={k('searchHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <Checkbox label={k('onlyGender')} checked={onlyGender} onChange={(e) => setOnlyGender(e.currentTarget.checked)} />
      <ErrorAlert error={search.error} />
      {q.trim().length >= 2 && (
        <SmallTable
          caption={k('resultsCaption')}
          rows={search.data?.items}
          loading={search.isFetching}
          empty={k('noResults')}
          columns={[
            { id: 'id', header: k('id'), cell: (x: Kpi) => x.id },
            { id: 'title', header: k('kpiTitle'), rowHeader: true, cell: (x: Kpi) => x.title },
            { id: 'gender', header: k('byGender'), cell: (x: Kpi) => (x.isDividedByGender ? k('yes') : k('no')) },
            {
              id: 'pick',
              header: '',
              cell: (x: Kpi) => (
                <Button
                  size="xs"
                  variant="outline"
                  disabled={picked.some((p) => p.id === x.id)}
                  onClick={() => setPicked((p) => [...p, x])}
                  aria-label={k('pick', { id: x.id })}
                >
                  {k('pick', { id: '' }).trim()}
                </Button>
              ),
            },
          ]}
        />
      )}
      <div>
        <Text fw={600} size="sm" id="picked-kpis">
          {k('picked')}
        </Text>
        {picked.length ? (
          <List aria-labelledby="picked-kpis" listStyleType="none" spacing={4}>
            {picked.map((p) => (
              <List.Item key={p.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {p.id} {p.title}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setPicked((x) => x.filter((y) => y.id !== p.id))}
                  >
                    {k('remove', { id: p.id })}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{k('nonePicked')}</Text>
        )}
      </div>
      <Group gap="md" align="flex-end">
        <NumberInput
          label={k('fromYear')}
          min={1950}
          max={2100}
          value={fromYear}
          onChange={(v) => setFromYear(Number(v))}
          w={140}
        />
        <NumberInput
          label={k('toYear')}
          min={1950}
          max={2100}
          value={toYear}
          onChange={(v) => setToYear(Number(v))}
          w={140}
        />
      </Group>
      <RadioChoices
        label={k('areas')}
        stacked
        value={areas}
        onChange={(v) => setAreas(v as 'county' | 'chosen')}
        choices={[
          { value: 'county', label: k('areasCounty') },
          { value: 'chosen', label: k('areasChosen') },
        ]}
      />
      {areas === 'chosen' && (
        <Checkbox.Group label={k('municipalities')} value={codes} onChange={setCodes}>
          <Stack gap={4} mt={4}>
            {municipalities.map((m) => (
              <Checkbox key={m.id} value={m.municipalityCode!} label={`${m.name} (${m.municipalityCode})`} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <ErrorAlert error={start.error} />
      <Group>
        <Button onClick={() => start.mutate()} loading={start.isPending} disabled={!picked.length}>
          {k('submit')}
        </Button>
      </Group>
    </Stack>
  );
}
