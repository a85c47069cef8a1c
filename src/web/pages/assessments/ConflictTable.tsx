import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { PositionText } from './ConflictsTab';
import type { ConflictWithInitiative } from './queries';

/** Conflicts across a programme's or an initiative's assessments. */
export function ConflictTable({
  conflicts,
  caption,
  showInitiative = true,
}: {
  conflicts: ConflictWithInitiative[];
  caption: string;
  showInitiative?: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  if (conflicts.length === 0) return <Text>{t('assessments.conflicts.empty')}</Text>;
  return (
    <TableScroll minWidth={860} label={caption}>
      <Table striped withTableBorder fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.conflicts.conflict')}</Table.Th>
            {showInitiative && <Table.Th scope="col">{t('initiatives.one')}</Table.Th>}
            <Table.Th scope="col">{t('assessments.conflicts.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('assessments.conflicts.fields.foundInStep')}</Table.Th>
            <Table.Th scope="col">{t('assessments.conflicts.fields.severity')}</Table.Th>
            <Table.Th scope="col">{t('assessments.conflicts.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('assessments.position.label')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflicts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/assessments/${c.assessmentId}?tab=conflicts`}>
                  {local(c.a.label)} ↔ {local(c.b.label)}
                </Anchor>
              </Table.Th>
              {showInitiative && (
                <Table.Td>
                  <Anchor component={Link} to={`/initiatives/${c.initiativeId}`}>
                    {c.initiativeName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>{label('conflictKind', c.kind)}</Table.Td>
              <Table.Td>{t(`assessments.steps.${c.foundInStep}.short`)}</Table.Td>
              <Table.Td>{label('severity', c.severity)}</Table.Td>
              <Table.Td>{label('conflictStatus', c.status)}</Table.Td>
              <Table.Td>
                <PositionText conflict={c} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
