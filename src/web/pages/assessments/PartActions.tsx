import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { Comments } from './Comments';
import type { PartKind } from './queries';
import { RemovePartButton } from './RemovePartButton';

/**
 * What may be done with one part of an assessment (an impact, actor, conflict or action): change it and
 * remove it while the assessment may be edited (`more` adds other buttons first), and its comments.
 */
export function PartActions({
  assessment,
  kind,
  part,
  name,
  editable,
  canComment,
  onEdit,
  editLabel,
  more,
}: {
  assessment: Assessment;
  kind: PartKind;
  part: { id: string; version: number };
  name: string;
  editable: boolean;
  canComment: boolean;
  onEdit: () => void;
  editLabel?: string;
  more?: ReactNode;
}) {
  const { t } = useTranslation();
  const edit = editLabel ?? t('common.edit');
  return (
    <Stack gap={4} align="flex-start">
      {editable && (
        <Group gap={4}>
          {more}
          <Button size="xs" variant="outline" onClick={onEdit} aria-label={`${edit} ${name}`}>
            {edit}
          </Button>
          <RemovePartButton assessmentId={assessment.id} part={kind} id={part.id} version={part.version} name={name} />
        </Group>
      )}
      <Comments assessment={assessment} targetType={kind} targetId={part.id} about={name} canComment={canComment} />
    </Stack>
  );
}
