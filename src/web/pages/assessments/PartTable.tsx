import { Button, Group, Image, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { DataTable, type Column } from '../../kit';
import { GateForm } from './GateForm';
import { PartActions } from './PartActions';
import { PositionsNeeded } from './PositionsNeeded';
import type { PartKind } from './queries';

/** Above a step's parts: how many there are, in words, and "add" while the assessment may be changed. */
export function PartsSummary({
  summary,
  addLabel,
  editable,
  onAdd,
}: {
  summary: string;
  addLabel: string;
  editable: boolean;
  onAdd: () => void;
}) {
  return (
    <Group justify="space-between" mb="sm">
      <Text>{summary}</Text>
      {editable && <Button onClick={onAdd}>{addLabel}</Button>}
    </Group>
  );
}

/** A long text of a part in a cell, its line breaks kept; a dash when there is none. */
export const longText = (text: string | null | undefined) => (
  <span style={{ whiteSpace: 'pre-line' }}>{text ?? '–'}</span>
);

/**
 * The parts of one kind in a step (impacts, actors, actions) as a table: first the part's name with a
 * line under it (`note`), then the step's own `columns`, last what may be done with the part (change,
 * remove, comments). A card per part on a phone.
 */
export function PartTable<P extends { id: string; version: number }>({
  assessment,
  kind,
  rows,
  nameHeader,
  name,
  note,
  columns,
  caption,
  captionHidden,
  empty,
  editable,
  canComment,
  onEdit,
}: {
  assessment: Assessment;
  kind: PartKind;
  rows: P[];
  nameHeader: string;
  name: (part: P) => string;
  note?: (part: P) => ReactNode;
  columns: Column<P>[];
  caption: string;
  captionHidden?: boolean;
  empty: string;
  editable: boolean;
  canComment: boolean;
  onEdit: (part: P) => void;
}) {
  const { t } = useTranslation();
  const all: Column<P>[] = [
    {
      id: 'name',
      header: nameHeader,
      rowHeader: true,
      cell: (p) => (
        <>
          <Text fw={500} size="sm" span>
            {name(p)}
          </Text>
          {note?.(p) && (
            <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
              {note(p)}
            </Text>
          )}
        </>
      ),
    },
    ...columns,
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (p) => (
        <PartActions
          assessment={assessment}
          kind={kind}
          part={p}
          name={name(p)}
          editable={editable}
          canComment={canComment}
          onEdit={() => onEdit(p)}
        />
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      captionHidden={captionHidden}
      columns={all}
      rows={rows}
      rowKey={(p) => p.id}
      empty={empty}
      showCount={false}
    />
  );
}

/** A drawn picture of the assessment (the wheel, the actor map) with its caption under it. */
export function StepFigure({ src, alt, caption, maw }: { src: string; alt: string; caption: string; maw: number }) {
  return (
    <figure style={{ margin: 0 }}>
      <Image src={src} alt={alt} maw={maw} w="100%" />
      <Text component="figcaption" size="sm" mt={4}>
        {caption}
      </Text>
    </figure>
  );
}

/** The end of steps 1–4: whether positions are needed (steps 1–3), then the gate. */
export function StepEnd({
  assessment,
  step,
  editable,
}: {
  assessment: Assessment;
  step: 1 | 2 | 3 | 4;
  editable: boolean;
}) {
  return (
    <>
      {step !== 4 && <PositionsNeeded assessment={assessment} step={step} editable={editable} />}
      <GateForm assessment={assessment} step={step} editable={editable} />
    </>
  );
}
