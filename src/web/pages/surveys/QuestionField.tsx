import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../../surveys/contract';
import type { RespondQuestion } from '../../../surveys/respond-contract';

const fieldsetStyle = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/** "3. The question *" with the mark spoken as words. */
function QuestionLabel({ q }: { q: RespondQuestion }) {
  const { t } = useTranslation();
  return (
    <>
      {q.number}. {q.text}
      {q.required && (
        <>
          <span aria-hidden="true" style={{ color: 'var(--mantine-color-red-9)' }}>
            {' '}
            *
          </span>
          <VisuallyHidden> ({t('respond.required')})</VisuallyHidden>
        </>
      )}
    </>
  );
}

function Group_({
  q,
  helpId,
  errorId,
  error,
  extra,
  children,
}: {
  q: RespondQuestion;
  helpId: string;
  errorId: string;
  error?: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const describedBy = [q.help || extra ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset style={fieldsetStyle} aria-describedby={describedBy}>
      <legend style={{ padding: 0, fontWeight: 600, fontSize: 'var(--mantine-font-size-md)', marginBottom: 4 }}>
        <QuestionLabel q={q} />
      </legend>
      {(q.help || extra) && (
        <Text size="sm" c="dimmed" id={helpId} mb="xs">
          {q.help}
          {q.help && extra ? ' ' : ''}
          {extra}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.9" fw={500} id={errorId} mb="xs">
          {error}
        </Text>
      )}
      {children}
    </fieldset>
  );
}

/** One question by its type; every control is a native input, so the keyboard and screen readers work. */
export function QuestionField({
  q,
  value,
  onChange,
  error,
}: {
  q: RespondQuestion;
  value: AnswerValue | null | undefined;
  onChange: (v: AnswerValue | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const common = { q, helpId, errorId, error };

  switch (q.type) {
    case 'single_choice':
    case 'rating': {
      const options =
        q.type === 'rating'
          ? Array.from({ length: q.max ?? 5 }, (_, i) => ({ code: String(i + 1), label: String(i + 1) }))
          : (q.options ?? []);
      const current = value == null ? '' : String(value);
      const radios = options.map((o) => (
        <Radio
          key={o.code}
          name={`${id}-${q.key}`}
          value={o.code}
          label={o.label}
          checked={current === o.code}
          onChange={() => onChange(q.type === 'rating' ? Number(o.code) : o.code)}
          size="md"
        />
      ));
      return (
        <Group_ {...common} extra={q.type === 'rating' ? t('respond.ratingHint', { max: q.max ?? 5 }) : undefined}>
          {q.type === 'rating' ? (
            <Group gap="lg" wrap="wrap">
              {radios}
            </Group>
          ) : (
            <Stack gap="sm">{radios}</Stack>
          )}
        </Group_>
      );
    }
    case 'multiple_choice': {
      const selected = Array.isArray(value) ? value : [];
      const atMax = q.maxSelected != null && selected.length >= q.maxSelected;
      return (
        <Group_
          {...common}
          extra={q.maxSelected != null ? t('respond.maxSelected', { count: q.maxSelected }) : undefined}
        >
          <Stack gap="sm">
            {(q.options ?? []).map((o) => {
              const checked = selected.includes(o.code);
              return (
                <Checkbox
                  key={o.code}
                  label={o.label}
                  checked={checked}
                  disabled={!checked && atMax}
                  size="md"
                  onChange={(e) => {
                    const next = e.currentTarget.checked ? [...selected, o.code] : selected.filter((c) => c !== o.code);
                    onChange(next.length ? next : null);
                  }}
                />
              );
            })}
          </Stack>
        </Group_>
      );
    }
    case 'matrix': {
      const current =
        value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
      return (
        <Group_ {...common}>
          <Stack gap="md">
            {(q.statements ?? []).map((s) => (
              <fieldset
                key={s.key}
                style={{ ...fieldsetStyle, borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 12 }}
              >
                <legend style={{ padding: 0, fontWeight: 500, marginBottom: 4 }}>{s.text}</legend>
                <Stack gap="xs">
                  {(q.options ?? []).map((o) => (
                    <Radio
                      key={o.code}
                      name={`${id}-${q.key}-${s.key}`}
                      value={o.code}
                      label={o.label}
                      size="md"
                      checked={current[s.key] === o.code}
                      onChange={() => onChange({ ...current, [s.key]: o.code })}
                    />
                  ))}
                </Stack>
              </fieldset>
            ))}
          </Stack>
        </Group_>
      );
    }
    case 'short_text':
    case 'long_text': {
      const text = typeof value === 'string' ? value : '';
      const max = q.maxLength ?? (q.type === 'long_text' ? 4000 : 200);
      const props = {
        label: (
          <>
            {q.number}. {q.text}
          </>
        ),
        required: q.required,
        value: text,
        maxLength: max,
        error,
        onChange: (e: { currentTarget: { value: string } }) =>
          onChange(e.currentTarget.value === '' ? null : e.currentTarget.value),
        styles: { label: { fontWeight: 600 } },
        size: 'md' as const,
      };
      if (q.type === 'short_text') return <TextInput {...props} description={q.help ?? undefined} />;
      return (
        <Textarea
          {...props}
          autosize
          minRows={5}
          maxRows={16}
          description={
            <>
              {q.help && <span style={{ display: 'block' }}>{q.help}</span>}
              <span aria-live={text.length >= max ? 'polite' : 'off'}>
                {t('respond.charCount', { count: text.length, max })}
              </span>
            </>
          }
        />
      );
    }
  }
}
