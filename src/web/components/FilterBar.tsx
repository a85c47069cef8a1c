import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Search box (debounced) plus optional selects; lives in a search landmark. */
export function FilterBar({
  searchLabel,
  q,
  onSearch,
  children,
}: {
  searchLabel: string;
  q: string;
  onSearch: (q: string) => void;
  children?: ReactNode;
}) {
  const [text, setText] = useState(q);
  const debounced = useDebouncedCallback(onSearch, 250);
  return (
    <Group role="search" align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        type="search"
        label={searchLabel}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          debounced(e.currentTarget.value);
        }}
        style={{ flex: '1 1 240px' }}
      />
      {children}
    </Group>
  );
}

export function StatusFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('common.statusFilter.label')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={(['active', 'archived', 'all'] as const).map((s) => ({ value: s, label: t(`common.statusFilter.${s}`) }))}
      style={{ flex: '0 1 180px' }}
    />
  );
}
