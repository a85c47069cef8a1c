import { Tabs, Text, Title, type MantineSpacing, type StyleProp } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

/** One tab of a record's page: its label, the panel's h2 and intro (left out where the panel names itself). */
export interface RecordTab {
  value: string;
  label: string;
  title?: string;
  intro?: string;
  /** The intro is the question the panel answers (set in italics). */
  introIsQuestion?: boolean;
  /** Made only while the tab is open. */
  panel: ReactNode;
}

/**
 * The open tab, kept in the address (`?tab=…`, so a link and the back button find it), or the first
 * one; `leaving(tab)` names the other parameters that belong to the tab being left.
 */
export function useTabParam<T extends string>(tabs: readonly T[], leaving?: (next: string) => readonly string[]) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') ?? '';
  const tab = (tabs as readonly string[]).includes(asked) ? (asked as T) : tabs[0];
  const choose = (next: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set('tab', next);
        for (const k of leaving?.(next) ?? []) n.delete(k);
        return n;
      },
      { replace: true },
    );
  return [tab, choose] as const;
}

/**
 * A record's parts as tabs (a tablist named by `label`): the open one shows its h2, its intro and its
 * panel; the others are not made at all.
 */
export function RecordTabs({
  label,
  tabs,
  value,
  onChange,
  mb,
}: {
  label: string;
  tabs: RecordTab[];
  value: string;
  onChange: (tab: string) => void;
  mb?: StyleProp<MantineSpacing>;
}) {
  return (
    <Tabs value={value} onChange={(v) => v && onChange(v)} keepMounted={false} variant="outline" mb={mb}>
      <Tabs.List aria-label={label} style={{ flexWrap: 'wrap' }}>
        {tabs.map((x) => (
          <Tabs.Tab key={x.value} value={x.value}>
            {x.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((x) => (
        <Tabs.Panel key={x.value} value={x.value} pt="md">
          {x.value === value && (
            <>
              {x.title && (
                <Title order={2} size="h3" mb={4}>
                  {x.title}
                </Title>
              )}
              {x.intro && (
                <Text mb="md" maw={760} fs={x.introIsQuestion ? 'italic' : undefined}>
                  {x.intro}
                </Text>
              )}
              {x.panel}
            </>
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
