import { Button, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteField } from '../../kit';

/** Put the keyboard in a field made a moment ago (after React has drawn it). */
export function focusSoon(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/**
 * Numbered text points (the decision's points, the proposal's, protocol notes): one field per point,
 * labelled with its number; Ctrl+Enter in a point starts the next one, the buttons add and remove.
 */
export function TextList({
  label,
  values,
  onChange,
  addLabel,
  disabled,
  maxLength = 4000,
}: {
  label: string;
  values: string[];
  onChange: (next: string[]) => void;
  addLabel: string;
  disabled?: boolean;
  maxLength?: number;
}) {
  const { t } = useTranslation();
  const base = useId();
  const add = (at: number) => {
    onChange([...values.slice(0, at), '', ...values.slice(at)]);
    focusSoon(`${base}-${at}`);
  };
  return (
    <Stack gap="xs">
      {values.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('meetings.editor.noneYet')}
        </Text>
      )}
      {values.map((v, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
          <NoteField
            id={`${base}-${i}`}
            label={`${label} ${i + 1}`}
            value={v}
            rows={1}
            maxLength={maxLength}
            disabled={disabled}
            style={{ flex: 1, minWidth: 0 }}
            onChange={(e) => onChange(values.map((x, j) => (j === i ? e.currentTarget.value : x)))}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add(i + 1);
              }
            }}
          />
          {!disabled && (
            <Button
              variant="subtle"
              size="xs"
              aria-label={t('meetings.editor.removeNumbered', { what: label, number: i + 1 })}
              onClick={() => onChange(values.filter((_, j) => j !== i))}
            >
              {t('common.remove')}
            </Button>
          )}
        </Group>
      ))}
      {!disabled && (
        <Group>
          <Button variant="outline" size="xs" onClick={() => add(values.length)}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
