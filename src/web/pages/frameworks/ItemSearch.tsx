import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../goals/contract';
import { useEnum } from '../../i18n/useEnum';
import { flatten } from './draft';
import { ItemText } from './ItemText';
import { useLocalText } from './queries';

const norm = (s: string) => s.toLocaleLowerCase('sv');

/**
 * Search within the shown version: code, name and text in the user's language. While searching, the
 * hits replace the tree; an empty search shows the tree (children).
 */
export function ItemSearch({
  items,
  query,
  onQuery,
  children,
}: {
  items: Item[];
  query: string;
  onQuery: (q: string) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const [q] = useDebouncedValue(query.trim(), 150);

  const hits = useMemo(() => {
    if (!q) return [];
    const words = norm(q).split(/\s+/).filter(Boolean);
    return flatten(items).filter(({ item }) => {
      const hay = norm(`${item.code} ${local(item.name)} ${local(item.text)}`);
      return words.every((w) => hay.includes(w));
    });
  }, [q, items, local]);

  return (
    <>
      <div role="search">
        <TextInput
          type="search"
          label={t('frameworks.search.label')}
          description={t('frameworks.search.hint')}
          value={query}
          onChange={(e) => onQuery(e.currentTarget.value)}
          mb="sm"
          maw={520}
        />
      </div>
      <Text role="status" size="sm" mb="sm">
        {q ? (hits.length ? t('frameworks.search.results', { count: hits.length }) : t('frameworks.search.none')) : ''}
      </Text>
      {q ? (
        <Stack
          component="ul"
          gap="sm"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t('frameworks.search.label')}
        >
          {hits.map(({ item, parentCode }) => (
            <li key={item.id} style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 12 }}>
              <Group gap={6} mb={2}>
                <Text size="xs" fw={600}>
                  {label('itemLevel', item.level)}
                  {parentCode ? ` · ${parentCode}` : ''}
                </Text>
              </Group>
              <ItemText item={item} highlight={q.split(/\s+/)} />
            </li>
          ))}
        </Stack>
      ) : (
        children
      )}
    </>
  );
}
