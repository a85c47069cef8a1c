import { Table, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Change, Comparison } from '../../../assessments/contract';
import { Section } from '../../components/Section';
import { TableScroll } from '../../components/TableScroll';
import { useEnum } from '../../i18n/useEnum';
import { DetailPage } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { partEnums } from './enums';
import { useAssessment, useComparison } from './queries';

const sections = ['impacts', 'actors', 'conflicts', 'actions'] as const;

/** Two versions of an assessment side by side: what was added, removed or changed. */
export function ComparePage() {
  const { id = '', otherId = '' } = useParams();
  const { t } = useTranslation();
  const q = useComparison(id, otherId);
  const a = useAssessment(id);
  const name = a.data?.initiative.name ?? '';
  return (
    <DetailPage
      query={q}
      title={(c) => t('compare.title', { from: c.from.number, to: c.to.number })}
      back={a.data && { to: `/initiatives/${a.data.initiative.id}`, label: name }}
      description={(c) => t('compare.intro', { name, from: c.from.number, to: c.to.number })}
    >
      {(c) => sections.map((s) => <ChangeSection key={s} section={s} comparison={c} />)}
    </DetailPage>
  );
}

function ChangeSection({ section, comparison }: { section: (typeof sections)[number]; comparison: Comparison }) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const changes: Change[] = comparison[section];
  const caption = t('compare.caption', {
    what: t(`compare.sections.${section}`),
    from: comparison.from.number,
    to: comparison.to.number,
  });
  const value = (field: string, v: unknown) => {
    if (v === null || v === undefined || v === '') return '–';
    if (typeof v === 'string' && partEnums[field]) return label(partEnums[field], v);
    return String(v);
  };
  const headers = [
    t('compare.item'),
    t('compare.change'),
    t('compare.field'),
    t('compare.before', { number: comparison.from.number }),
    t('compare.after', { number: comparison.to.number }),
  ];
  const fieldName = (f: string) => t(`assessments.auditFields.${f}`, { defaultValue: f });
  const fieldsOf = (ch: Change) =>
    ch.change === 'changed'
      ? ch.fields
      : Object.keys(ch.after ?? ch.before ?? {}).filter((f) => (ch.after ?? ch.before)?.[f] != null);
  return (
    <Section title={t(`compare.sections.${section}`)}>
      {changes.length === 0 ? (
        <Text>{t('compare.noChanges')}</Text>
      ) : (
        <TableScroll minWidth={720} label={caption}>
          <Table striped withTableBorder fz="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {headers.map((h) => (
                  <Table.Th key={h} scope="col">
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.flatMap((ch) => {
                const fields = fieldsOf(ch);
                const rows = fields.length ? fields : [''];
                return rows.map((f, n) => (
                  <Table.Tr key={`${ch.key}-${f}`}>
                    {n === 0 && (
                      <>
                        <Table.Th scope="row" rowSpan={rows.length} fw={500} style={{ verticalAlign: 'top' }}>
                          {local(ch.label)}
                        </Table.Th>
                        <Table.Td rowSpan={rows.length} style={{ verticalAlign: 'top' }}>
                          {label('changeType', ch.change)}
                        </Table.Td>
                      </>
                    )}
                    <Table.Td>{f ? fieldName(f) : '–'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-line' }}>
                      {f && ch.before ? value(f, ch.before[f]) : '–'}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-line' }}>
                      {f && ch.after ? value(f, ch.after[f]) : '–'}
                    </Table.Td>
                  </Table.Tr>
                ));
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
