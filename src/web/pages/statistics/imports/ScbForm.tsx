import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { importsApi, type Import, type ScbTable } from './queries';

/** SCB: a table by id, its variables from the metadata, values chosen per variable. */
export function ScbForm({ onStarted }: { onStarted: (i: Import) => void }) {
  const { t } = useTranslation();
  const [tableId, setTableId] = useState('');
  const [selection, setSelection] = useState<Record<string, string[]>>({});
  const table = useMutation({
    mutationFn: (id: string) => importsApi.scbTable(id),
    onSuccess: (meta: ScbTable) =>
      setSelection(
        Object.fromEntries(meta.variables.map((v) => [v.code, v.values.length === 1 ? [v.values[0].code] : []])),
      ),
  });
  const start = useMutation({
    mutationFn: () => importsApi.create({ source: 'scb', tableId: table.data!.id, selection }),
    onSuccess: onStarted,
  });
  const s = (key: string) => t(`statisticsImports.scb.${key}`);
  const meta = table.data;
  return (
    <Stack gap="md" maw={720}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          table.mutate(tableId.trim());
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={s('tableId')}
            description={s('tableIdHint')}
            value={tableId}
            onChange={(e) => setTableId(e.currentTarget.value)}
            required
          />
          <Button type="submit" variant="outline" loading={table.isPending}>
            {s('fetch')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={table.error} />
      {meta && (
        <Stack gap="md">
          <Text fw={600}>
            {meta.id}: {meta.label}
          </Text>
          <Text size="sm">{s('variables')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {meta.variables.map((v) => (
              <Checkbox.Group
                key={v.code}
                label={`${v.label} (${v.code})`}
                description={v.isSex ? s('sexHint') : undefined}
                value={selection[v.code] ?? []}
                onChange={(codes) => setSelection((x) => ({ ...x, [v.code]: codes }))}
              >
                <Stack gap={4} mt={4}>
                  {v.values.map((x) => (
                    <Checkbox key={x.code} value={x.code} label={`${x.label} (${x.code})`} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ))}
          </SimpleGrid>
          <ErrorAlert error={start.error} />
          <Group>
            <Button onClick={() => start.mutate()} loading={start.isPending}>
              {s('submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
