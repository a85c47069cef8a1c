import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../goals/contract';
import { useEnum } from '../../i18n/useEnum';
import { ItemText, Swatch } from './ItemText';
import { useLocalText } from './queries';

type Actions = (item: Item) => ReactNode;

function LevelBadge({ level }: { level: string }) {
  const label = useEnum();
  return (
    <Badge variant="outline" color="gray.8" size="sm" style={{ flex: 'none' }}>
      {label('itemLevel', level)}
    </Badge>
  );
}

/** Nested items below a top-level goal, as lists inside lists. */
function Children({ items, actions }: { items: Item[]; actions?: Actions }) {
  if (items.length === 0) return null;
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
      {items.map((c) => (
        <li key={c.id} style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 12 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <ItemText item={c} />
            <Group gap={6} wrap="nowrap">
              <LevelBadge level={c.level} />
              {actions?.(c)}
            </Group>
          </Group>
          {c.children.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <Children items={c.children} actions={actions} />
            </div>
          )}
        </li>
      ))}
    </Stack>
  );
}

/**
 * A framework's hierarchy. Top-level items with children open and close (Agenda 2030: 17 goals
 * with 169 targets); flat frameworks are a plain list.
 */
export function ItemTree({ items, actions }: { items: Item[]; actions?: Actions }) {
  const { t } = useTranslation();
  const local = useLocalText();
  if (items.length === 0) return <Text>{t('frameworks.items.empty')}</Text>;
  const nested = items.some((i) => i.children.length > 0);
  if (!nested) return <Children items={items} actions={actions} />;
  return (
    <Accordion multiple variant="separated" order={3} chevronPosition="left">
      {items.map((i) => (
        <Accordion.Item key={i.id} value={i.id}>
          <Accordion.Control>
            <Group gap={8} wrap="nowrap">
              <Swatch color={i.color} />
              <Text fw={600} component="span">
                {i.code} {local(i.name)}
              </Text>
              {i.children.length > 0 && (
                <Text component="span" size="sm">
                  ({t('frameworks.itemCount', { count: i.children.length })})
                </Text>
              )}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                {local(i.text) ? <Text size="sm">{local(i.text)}</Text> : <span />}
                <Group gap={6} wrap="nowrap">
                  <LevelBadge level={i.level} />
                  {actions?.(i)}
                </Group>
              </Group>
              <Children items={i.children} actions={actions} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

export { ItemText };
