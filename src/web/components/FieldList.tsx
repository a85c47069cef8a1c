import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list, two columns on wide screens. */
export function FieldList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
        gap: 'var(--mantine-spacing-md)',
      }}
    >
      {items.map((i) => (
        <div key={i.label}>
          <Text component="dt" fw={600} size="sm">
            {i.label}
          </Text>
          <Text component="dd" m={0} style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>
            {i.value === null || i.value === undefined || i.value === '' ? '–' : i.value}
          </Text>
        </div>
      ))}
    </Box>
  );
}
