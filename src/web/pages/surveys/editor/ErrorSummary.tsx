import { Anchor, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId, type Errors } from './errors';
import { describePath } from './paths';

/** Every problem in one list, each a link to its field: long forms need a way to find them all. */
export function ErrorSummary({
  errors,
  numberOf = () => 0,
}: {
  errors: Errors;
  numberOf?: (si: number, qi: number) => number;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-red-9)' }}>
      <Text fw={600} mb="xs">
        {t('questionnaireEditor.summaryTitle')}
      </Text>
      <List size="sm" spacing={4}>
        {entries.map(([path, message]) => (
          <List.Item key={path}>
            <Anchor
              href={`#${fieldId(path)}`}
              c="red.9"
              onClick={(ev) => {
                const el = document.getElementById(fieldId(path));
                if (!el) return;
                ev.preventDefault();
                el.scrollIntoView({ block: 'center' });
                el.focus();
              }}
            >
              {describePath(path, t, numberOf)}: {message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
