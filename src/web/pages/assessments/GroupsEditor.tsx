import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The programme's stakeholder groups as an editable list of text fields. */
export function GroupsEditor({
  groups,
  onChange,
  error,
}: {
  groups: string[];
  onChange: (g: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('programmes.fields.stakeholderGroups')}>
      <Stack gap="xs">
        {groups.map((g, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('programmes.groupN', { n: i + 1 })}
              value={g}
              maxLength={100}
              onChange={(e) => onChange(groups.map((x, j) => (j === i ? e.currentTarget.value : x)))}
              error={i === 0 ? error : undefined}
              style={{ flex: 1 }}
            />
            <Button
              variant="outline"
              color="red.9"
              onClick={() => onChange(groups.filter((_, j) => j !== i))}
              disabled={groups.length <= 1}
              aria-label={t('programmes.removeGroup', { name: g || i + 1 })}
            >
              {t('common.remove')}
            </Button>
          </Group>
        ))}
        <Button variant="outline" onClick={() => onChange([...groups, ''])} style={{ alignSelf: 'flex-start' }}>
          {t('programmes.addGroup')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
