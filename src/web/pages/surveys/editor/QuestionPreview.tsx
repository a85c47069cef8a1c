import { Box, Text } from '@mantine/core';
import { useState } from 'react';
import type { AnswerValue, Scale } from '../../../../surveys/contract';
import type { RespondQuestion } from '../../../../surveys/respond-contract';
import { QuestionField } from '../QuestionField';
import { useBi } from '../shared';
import type { QuestionDraft } from './draft';

const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : undefined);

/** The question as the respondent will see it, in the user's language, with the answering page's own control. */
export function QuestionPreview({
  q,
  number,
  scale,
  label,
  note,
}: {
  q: QuestionDraft;
  number: number;
  scale: Scale | undefined;
  label: string;
  note: string;
}) {
  const text = useBi();
  const [value, setValue] = useState<AnswerValue | null>(null);
  const bi = (sv: string, en: string) => text({ sv, en });
  const view: RespondQuestion = {
    key: q.key || 'preview',
    number,
    type: q.type,
    text: bi(q.textSv, q.textEn) || '…',
    help: bi(q.helpSv, q.helpEn) || null,
    required: q.required,
    options:
      q.type === 'multiple_choice'
        ? q.options.map((o) => ({ code: o.code, label: bi(o.sv, o.en) || o.code }))
        : (scale?.options ?? []).map((o) => ({ code: o.code, label: text(o.label) })),
    statements: q.statements.map((s) => ({ key: s.code, text: bi(s.sv, s.en) || s.code })),
    max: Math.min(10, Math.max(2, num(q.max) ?? 5)),
    maxLength: num(q.maxLength),
    maxSelected: num(q.maxSelected) ?? null,
  };
  return (
    <Box
      component="section"
      aria-label={label}
      p="md"
      style={{
        background: 'var(--mantine-color-gray-0)',
        border: '1px dashed var(--mantine-color-gray-5)',
        borderRadius: 8,
      }}
    >
      <Text size="sm" mb="sm" fs="italic">
        {note}
      </Text>
      <QuestionField q={view} value={value} onChange={setValue} />
    </Box>
  );
}
