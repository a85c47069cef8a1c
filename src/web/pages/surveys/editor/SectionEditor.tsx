import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Scale } from '../../../../surveys/contract';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useBi } from '../shared';
import { fieldId, type Errors } from './errors';
import { BiField, inLang, MoveButtons } from './fields';
import { QuestionEditor } from './QuestionEditor';
import type { SectionsOps } from './useSections';

interface Props {
  ops: SectionsOps;
  si: number;
  scales: Scale[];
  errors: Errors;
  clear: (prefix: string) => void;
  announce: (text: string) => void;
}

/** A section: its title in both languages, its code, its questions, and buttons to move it. */
export function SectionEditor({ ops, si, scales, errors, clear, announce }: Props) {
  const { t } = useTranslation();
  const text = useBi();
  const s = ops.sections[si];
  const count = ops.sections.length;
  const base = `sections.${si}`;
  const l = (key: string, o?: Record<string, unknown>) => t(`questionnaireEditor.section.${key}`, o);
  const headingId = `${s.id}-heading`;
  const title = (s.titleSv.trim() || s.titleEn.trim() ? text({ sv: s.titleSv, en: s.titleEn }) : '') || l('untitled');
  const input = (f: string) => ({ id: fieldId(`${base}.${f}`), error: errors[`${base}.${f}`] });
  const questionsError = errors[`${base}.questions`];

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      bg="gray.0"
    >
      <Title order={3} size="h4" id={headingId} tabIndex={-1} mb="sm" style={{ overflowWrap: 'anywhere' }}>
        {l('heading', { n: si + 1, title })}
      </Title>
      <Stack gap="sm">
        <BiField
          path={`${base}.title`}
          errors={errors}
          label={(lang) => l(inLang('title', lang))}
          value={(lang) => s[inLang('title', lang)]}
          onChange={(lang, v) => {
            clear(`${base}.title.${lang}`);
            if (lang === 'sv') {
              if (s.keyAuto) clear(`${base}.key`);
              ops.setTitleSv(si, v);
            } else ops.updateSection(si, { titleEn: v });
          }}
          required
          maxLength={200}
        />
        <TextInput
          {...input('key')}
          label={l('key')}
          description={t('questionnaireEditor.question.keyHint')}
          required
          maxLength={40}
          autoCapitalize="off"
          spellCheck={false}
          w={{ base: '100%', sm: 320 }}
          value={s.key}
          onChange={(e) => {
            clear(`${base}.key`);
            ops.updateSection(si, { key: e.currentTarget.value, keyAuto: false });
          }}
        />
        <Group gap="xs">
          <MoveButtons
            id={s.id}
            n={si + 1}
            canMove={(by) => (by < 0 ? si > 0 : si < count - 1)}
            onMove={(by) => ops.moveSection(si, by)}
            l={l}
          />
          {s.questions.length === 0 ? (
            <Button
              size="sm"
              variant="outline"
              color="red.9"
              aria-label={l('removeLabel', { n: si + 1 })}
              onClick={() => ops.removeSection(si)}
            >
              {l('remove')}
            </Button>
          ) : (
            <ConfirmButton
              size="sm"
              variant="outline"
              color="red.9"
              aria-label={l('removeLabel', { n: si + 1 })}
              label={l('remove')}
              title={l('removeTitle')}
              message={l('removeMessage')}
              onConfirm={() => ops.removeSection(si)}
            />
          )}
        </Group>

        {questionsError && (
          <Text c="red.9" size="sm" fw={500} id={fieldId(`${base}.questions`)} tabIndex={-1}>
            {questionsError}
          </Text>
        )}
        {s.questions.length === 0 && <Text size="sm">{l('empty')}</Text>}
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {s.questions.map((q, qi) => (
            <li key={q.id}>
              <QuestionEditor
                q={q}
                number={ops.numberOf(si, qi)}
                base={`${base}.questions.${qi}`}
                scales={scales}
                errors={errors}
                clear={clear}
                announce={announce}
                onChange={(next) => ops.updateQuestion(si, qi, next)}
                onMove={(by) => ops.moveQuestion(si, qi, by)}
                canMove={(by) => ops.canMoveQuestion(si, qi, by)}
                onRemove={() => ops.removeQuestion(si, qi)}
              />
            </li>
          ))}
        </Stack>
        <div>
          <Button
            id={`${s.id}-add`}
            variant="outline"
            aria-label={t('questionnaireEditor.question.addLabel', { n: si + 1 })}
            onClick={() => ops.addQuestion(si)}
          >
            {t('questionnaireEditor.question.add')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
