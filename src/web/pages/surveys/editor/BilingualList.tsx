import { Box, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { blankOption, blankStatement, move, setOptionSv, type OptionDraft } from './draft';
import { fieldId, type Errors } from './errors';
import { focusLater } from './focus';

interface Props {
  /** Answer options (code + label) or a matrix's statements (key + text). */
  kind: 'option' | 'statement';
  legend: string;
  description?: string;
  items: OptionDraft[];
  onChange: (items: OptionDraft[]) => void;
  /** The contract path of the list, e.g. sections.0.questions.2.options or options. */
  base: string;
  errors: Errors;
  /** A field was edited or the rows changed: drop the errors under this path. */
  clear: (prefix: string) => void;
  announce: (text: string) => void;
  min: number;
  max?: number;
}

/** Bilingual rows with codes, reordered by buttons (no dragging), every input labelled with its number. */
export function BilingualList({
  kind,
  legend,
  description,
  items,
  onChange,
  base,
  errors,
  clear,
  announce,
  min,
  max = 30,
}: Props) {
  const { t } = useTranslation();
  const k =
    kind === 'option'
      ? {
          sv: 'optionSv',
          en: 'optionEn',
          code: 'optionCode',
          up: 'moveUpOption',
          down: 'moveDownOption',
          remove: 'removeOption',
          add: 'addOption',
        }
      : {
          sv: 'statementSv',
          en: 'statementEn',
          code: 'statementCode',
          up: 'moveUpStatement',
          down: 'moveDownStatement',
          remove: 'removeStatement',
          add: 'addStatement',
        };
  const l = (key: string, n?: number) => t(`questionnaireEditor.list.${key}`, { n });
  const textField = kind === 'option' ? 'label' : 'text';
  const codeField = kind === 'option' ? 'code' : 'key';
  const path = (i: number, f: string) => `${base}.${i}.${f}`;
  const set = (i: number, patch: Partial<OptionDraft>) =>
    onChange(items.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const listError = errors[base];
  const restructure = (next: OptionDraft[]) => {
    clear(base);
    onChange(next);
  };
  const addId = `${fieldId(base)}-add`;
  return (
    <Fieldset
      legend={legend}
      id={fieldId(base)}
      tabIndex={-1}
      p={{ base: 'xs', sm: 'md' }}
      aria-describedby={listError ? `${fieldId(base)}-error` : undefined}
    >
      {description && (
        <Text size="sm" mb="sm">
          {description}
        </Text>
      )}
      {listError && (
        <Text c="red.9" size="sm" fw={500} mb="sm" id={`${fieldId(base)}-error`}>
          {listError}
        </Text>
      )}
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((o, i) => (
          <Box component="li" key={o.id} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
              <TextInput
                id={fieldId(path(i, `${textField}.sv`))}
                label={l(k.sv, i + 1)}
                required
                maxLength={kind === 'option' ? 200 : 500}
                value={o.sv}
                error={errors[path(i, `${textField}.sv`)]}
                onChange={(e) => {
                  clear(path(i, `${textField}.sv`));
                  if (o.codeAuto) clear(path(i, codeField));
                  onChange(setOptionSv(items, i, e.currentTarget.value, kind === 'option' ? 'alt' : 'p'));
                }}
              />
              <TextInput
                id={fieldId(path(i, `${textField}.en`))}
                label={l(k.en, i + 1)}
                required
                lang="en"
                maxLength={kind === 'option' ? 200 : 500}
                value={o.en}
                error={errors[path(i, `${textField}.en`)]}
                onChange={(e) => {
                  clear(path(i, `${textField}.en`));
                  set(i, { en: e.currentTarget.value });
                }}
              />
              <TextInput
                id={fieldId(path(i, codeField))}
                label={l(k.code, i + 1)}
                description={o.codeAuto ? l('codeHint') : undefined}
                required
                maxLength={40}
                autoCapitalize="off"
                spellCheck={false}
                value={o.code}
                error={errors[path(i, codeField)]}
                onChange={(e) => {
                  clear(path(i, codeField));
                  set(i, { code: e.currentTarget.value, codeAuto: false });
                }}
              />
            </SimpleGrid>
            <Group gap="xs" mt="xs">
              <Button
                id={`${o.id}-up`}
                size="compact-sm"
                variant="default"
                disabled={i === 0}
                aria-label={l(k.up, i + 1)}
                onClick={() => {
                  restructure(move(items, i, -1));
                  announce(l('rowMoved', i));
                  focusLater(`${o.id}-up`, `${o.id}-down`);
                }}
              >
                {l('moveUp')}
              </Button>
              <Button
                id={`${o.id}-down`}
                size="compact-sm"
                variant="default"
                disabled={i === items.length - 1}
                aria-label={l(k.down, i + 1)}
                onClick={() => {
                  restructure(move(items, i, 1));
                  announce(l('rowMoved', i + 2));
                  focusLater(`${o.id}-down`, `${o.id}-up`);
                }}
              >
                {l('moveDown')}
              </Button>
              <Button
                size="compact-sm"
                variant="outline"
                color="red.9"
                disabled={items.length <= min}
                aria-label={l(k.remove, i + 1)}
                onClick={() => {
                  restructure(items.filter((_, j) => j !== i));
                  announce(l('rowRemoved'));
                  focusLater(
                    items[i + 1] ? `${items[i + 1].id}-up` : '',
                    items[i - 1] ? `${items[i - 1].id}-down` : '',
                    addId,
                  );
                }}
              >
                {l('remove')}
              </Button>
            </Group>
          </Box>
        ))}
      </Stack>
      <Button
        id={addId}
        variant="outline"
        size="sm"
        mt="md"
        disabled={items.length >= max}
        onClick={() => {
          const codes = items.map((x) => x.code);
          const row = kind === 'option' ? blankOption(codes) : blankStatement(codes);
          restructure([...items, row]);
          focusLater(fieldId(path(items.length, `${textField}.sv`)));
        }}
      >
        {l(k.add)}
      </Button>
    </Fieldset>
  );
}
