import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateOrganisation, type Organisation } from '../../../organisations/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { formatNumber } from '../../format';
import { TableScroll } from '../../components/TableScroll';
import { col, SmallTable, StaleChanges, useSave, type StaleField } from '../../kit';
import { organisationKeys, organisationsApi } from './queries';

interface Row {
  year: string;
  population: string;
  asOf: string;
  source: string;
}

const toRows = (o: Organisation): Row[] =>
  [...o.populations]
    .sort((a, b) => b.year - a.year)
    .map((p) => ({ year: String(p.year), population: String(p.population), asOf: p.asOf, source: p.source ?? '' }));

const num = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/\s/g, '')));

/** A year's figure as the stale notice shows it. */
const rowText = (r: Row | undefined) => (r ? `${r.population} (${r.asOf}${r.source ? `, ${r.source}` : ''})` : '');

/** Population per year: a read-only table, or an editable one that saves the whole list at once. */
export function PopulationEditor({ org, canEdit }: { org: Organisation; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const form = useForm({});

  const save = useSave<Omit<UpdateOrganisation, 'version'>, Organisation>({
    from: org,
    // The newer of the version this page last saw and the one the hook holds (after a stale save).
    send: (input, version) =>
      organisationsApi.update(org.id, { ...input, version: Math.max(version ?? 0, org.version) }),
    invalidate: [organisationKeys.all],
    onSaved: () => setEditing(false),
    onError: form.fail,
  });

  const submit = () => {
    const input = form.validate(UpdateOrganisation, {
      version: org.version,
      populations: rows.map((r) => ({
        year: num(r.year),
        population: num(r.population),
        asOf: r.asOf,
        source: r.source,
      })),
    });
    if (input) save.submit({ populations: input.populations });
  };

  /** Where what the other person saved differs from the rows typed here, year by year. */
  const staleFields = (theirs: Organisation): StaleField[] => {
    const their = toRows(theirs);
    const years = [...new Set([...their.map((r) => r.year), ...rows.map((r) => r.year)])].sort().reverse();
    return years.map((y) => ({
      key: y,
      label: y,
      theirs: rowText(their.find((r) => r.year === y)),
      yours: rowText(rows.find((r) => r.year === y)),
    }));
  };

  const setRow = (i: number, k: keyof Row, v: string) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  const err = (i: number, k: string) => form.errors[`populations.${i}.${k}`];

  if (!editing) {
    return (
      <>
        {org.populations.length === 0 ? <Text>{t('organisations.populations.empty')}</Text> : <ReadTable org={org} />}
        {canEdit && (
          <Button
            mt="sm"
            variant="outline"
            onClick={() => {
              setRows(toRows(org));
              form.setErrors({});
              form.setError(null);
              setEditing(true);
            }}
          >
            {t('organisations.populations.edit')}
          </Button>
        )}
      </>
    );
  }

  return (
    <>
      {save.stale && (
        <StaleChanges
          what={save.stale.name}
          fields={staleFields(save.stale)}
          onReapply={save.reapply}
          busy={save.pending}
          onUseTheirs={() => {
            const theirs = save.discard();
            if (theirs) setRows(toRows(theirs));
          }}
        />
      )}
      <ErrorAlert error={form.error} />
      <TableScroll minWidth={640} label={t('organisations.populations.edit')}>
        <Table aria-label={t('organisations.populations.edit')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisations.populations.year')}</Table.Th>
              <Table.Th scope="col">{t('organisations.populations.population')}</Table.Th>
              <Table.Th scope="col">{t('organisations.populations.asOf')}</Table.Th>
              <Table.Th scope="col">{t('organisations.populations.source')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('organisations.populations.year')} ${i + 1}`}
                    inputMode="numeric"
                    w={90}
                    value={r.year}
                    error={err(i, 'year')}
                    onChange={(e) => setRow(i, 'year', e.currentTarget.value)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('organisations.populations.population')} ${r.year || i + 1}`}
                    inputMode="numeric"
                    w={120}
                    value={r.population}
                    error={err(i, 'population')}
                    onChange={(e) => setRow(i, 'population', e.currentTarget.value)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('organisations.populations.asOf')} ${r.year || i + 1}`}
                    type="date"
                    w={160}
                    value={r.asOf}
                    error={err(i, 'asOf')}
                    onChange={(e) => setRow(i, 'asOf', e.currentTarget.value)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('organisations.populations.source')} ${r.year || i + 1}`}
                    value={r.source}
                    error={err(i, 'source')}
                    onChange={(e) => setRow(i, 'source', e.currentTarget.value)}
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="outline"
                    color="red.9"
                    size="xs"
                    onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                  >
                    {t('organisations.populations.remove', { year: r.year || i + 1 })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Group mt="sm">
        <Button
          variant="outline"
          onClick={() =>
            setRows((rs) => [
              ...rs,
              {
                year: String(new Date().getFullYear() - 1),
                population: '',
                asOf: `${new Date().getFullYear() - 1}-12-31`,
                source: 'SCB',
              },
            ])
          }
        >
          {t('organisations.populations.add')}
        </Button>
        <Button onClick={submit} loading={save.pending}>
          {t('common.save')}
        </Button>
        <Button variant="default" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </>
  );
}

function ReadTable({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const p = (k: string) => [k, t(`organisations.populations.${k}`)] as const;
  return (
    <SmallTable<Row>
      caption={t('organisations.populations.caption')}
      minWidth={420}
      rows={toRows(org)}
      rowKey={(r) => r.year}
      columns={[
        col.value(...p('year'), (r) => r.year, { rowHeader: true }),
        col.value(...p('population'), (r) => formatNumber(Number(r.population)), { align: 'right' }),
        col.value(...p('asOf'), (r) => r.asOf),
        col.value(...p('source'), (r) => r.source || undefined),
      ]}
    />
  );
}
