import {
  Anchor,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionTypes, type Scale } from '../../../../surveys/contract';
import { useEnum } from '../../../i18n/useEnum';
import { useBi } from '../shared';
import { BilingualList } from './BilingualList';
import { withType, type QuestionDraft } from './draft';
import { fieldId, type Errors } from './errors';
import { BiField, inLang, MoveButtons, type Lang } from './fields';
import { QuestionPreview } from './QuestionPreview';

export interface QuestionEditorProps {
  q: QuestionDraft;
  /** Its number in the whole questionnaire, as the respondent sees it. */
  number: number;
  /** The contract path: sections.1.questions.0 */
  base: string;
  scales: Scale[];
  errors: Errors;
  clear: (prefix: string) => void;
  announce: (text: string) => void;
  onChange: (q: QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  canMove: (by: -1 | 1) => boolean;
  onRemove: () => void;
}

/** One question: its type, wording in both languages, help, required, code and what its type needs. */
export function QuestionEditor({
  q,
  number,
  base,
  scales,
  errors,
  clear,
  announce,
  onChange,
  onMove,
  canMove,
  onRemove,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const text = useBi();
  const label = useEnum();
  const headingId = useId();
  const [preview, setPreview] = useState(false);
  const l = (key: string, o?: Record<string, unknown>) => t(`questionnaireEditor.question.${key}`, o);
  const p = (f: string) => `${base}.${f}`;
  const input = (f: string) => ({ id: fieldId(p(f)), error: errors[p(f)] });
  const set = (f: string, patch: Partial<QuestionDraft>) => {
    clear(p(f));
    onChange({ ...q, ...patch });
  };
  const wording = (name: 'text' | 'help') => ({
    path: p(name),
    errors,
    label: (lang: Lang) => l(inLang(name, lang)),
    value: (lang: Lang) => q[inLang(name, lang)],
    onChange: (lang: Lang, v: string) => set(`${name}.${lang}`, { [inLang(name, lang)]: v }),
  });
  const scale = scales.find((s) => s.id === q.scaleId);
  const builtin = scales.filter((s) => s.builtin);
  const own = scales.filter((s) => !s.builtin);
  const isChoice = q.type === 'single_choice' || q.type === 'matrix';
  const isText = q.type === 'short_text' || q.type === 'long_text';
  const title = (q.textSv.trim() || q.textEn.trim() ? text({ sv: q.textSv, en: q.textEn }) : '') || l('untitled');
  const previewId = `${q.id}-preview`;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" role="group" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="sm" style={{ overflowWrap: 'anywhere' }}>
        {l('heading', { n: number, text: title })}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <NativeSelect
            {...input('type')}
            label={l('type')}
            value={q.type}
            onChange={(e) => {
              clear(base);
              onChange(withType(q, e.currentTarget.value as QuestionDraft['type']));
            }}
          >
            {questionTypes.map((x) => (
              <option key={x} value={x}>
                {label('questionType', x)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            {...input('key')}
            label={l('key')}
            description={l('keyHint')}
            required
            maxLength={40}
            autoCapitalize="off"
            spellCheck={false}
            value={q.key}
            onChange={(e) => set('key', { key: e.currentTarget.value })}
          />
        </SimpleGrid>
        <BiField {...wording('text')} required maxLength={1000} rows={[1, 6]} stacked />
        <BiField {...wording('help')} description={l('helpHint')} maxLength={2000} rows={[1, 6]} />
        <Switch
          {...input('required')}
          label={l('required')}
          description={l('requiredHint')}
          checked={q.required}
          onChange={(e) => set('required', { required: e.currentTarget.checked })}
        />

        {isChoice && (
          <Box>
            <NativeSelect
              {...input('scaleId')}
              label={l('scale')}
              required
              value={q.scaleId}
              description={
                scale ? l('scaleOptions', { list: scale.options.map((o) => text(o.label)).join(' · ') }) : undefined
              }
              onChange={(e) => set('scaleId', { scaleId: e.currentTarget.value })}
            >
              <option value="">{l('scaleChoose')}</option>
              {builtin.length > 0 && (
                <optgroup label={l('builtinScales')}>
                  {builtin.map((s) => (
                    <option key={s.id} value={s.id}>
                      {text(s.name)}
                    </option>
                  ))}
                </optgroup>
              )}
              {own.length > 0 && (
                <optgroup label={l('countyScales')}>
                  {own.map((s) => (
                    <option key={s.id} value={s.id}>
                      {text(s.name)}
                    </option>
                  ))}
                </optgroup>
              )}
            </NativeSelect>
            <Anchor href="/survey-scales" target="_blank" rel="noopener" size="sm">
              {l('manageScales')}
            </Anchor>
          </Box>
        )}
        {q.type === 'multiple_choice' && (
          <>
            <BilingualList
              kind="option"
              legend={l('options')}
              items={q.options}
              onChange={(options) => onChange({ ...q, options })}
              base={p('options')}
              errors={errors}
              clear={clear}
              announce={announce}
              min={2}
            />
            <TextInput
              {...input('maxSelected')}
              label={l('maxSelected')}
              description={l('maxSelectedHint')}
              inputMode="numeric"
              w={{ base: '100%', sm: 260 }}
              value={q.maxSelected}
              onChange={(e) => set('maxSelected', { maxSelected: e.currentTarget.value })}
            />
          </>
        )}
        {q.type === 'matrix' && (
          <BilingualList
            kind="statement"
            legend={l('statements')}
            description={l('statementsHint')}
            items={q.statements}
            onChange={(statements) => onChange({ ...q, statements })}
            base={p('statements')}
            errors={errors}
            clear={clear}
            announce={announce}
            min={1}
          />
        )}
        {q.type === 'rating' && (
          <TextInput
            {...input('max')}
            label={l('max')}
            description={l('maxHint')}
            required
            inputMode="numeric"
            w={{ base: '100%', sm: 260 }}
            value={q.max}
            onChange={(e) => set('max', { max: e.currentTarget.value })}
          />
        )}
        {isText && (
          <TextInput
            {...input('maxLength')}
            label={l('maxLength')}
            required
            inputMode="numeric"
            w={{ base: '100%', sm: 260 }}
            value={q.maxLength}
            onChange={(e) => set('maxLength', { maxLength: e.currentTarget.value })}
          />
        )}

        <Group gap="xs" mt="xs">
          <MoveButtons id={q.id} n={number} canMove={canMove} onMove={onMove} l={l} />
          <Button
            size="sm"
            variant="outline"
            color="red.9"
            aria-label={l('removeLabel', { n: number })}
            onClick={onRemove}
          >
            {l('remove')}
          </Button>
          <Button
            size="sm"
            variant="subtle"
            aria-expanded={preview}
            aria-controls={previewId}
            onClick={() => setPreview((v) => !v)}
            rightSection={<span aria-hidden="true">{preview ? '▾' : '▸'}</span>}
          >
            {l('preview')}
          </Button>
        </Group>
        <div id={previewId} hidden={!preview}>
          {preview && (
            <QuestionPreview
              q={q}
              number={number}
              scale={scale}
              label={l('previewLabel', { n: number })}
              note={l('previewNote')}
            />
          )}
        </div>
      </Stack>
    </Paper>
  );
}
