import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Impact } from '../../../assessments/contract';
import type { Item } from '../../../goals/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useLocalText } from '../frameworks/queries';
import { useEnum } from '../../i18n/useEnum';
import { flattenItems } from './goals';
import { GoalTile } from './GoalTile';
import type { RateTarget } from './ImpactDialog';
import { useVersionContent } from './queries';

const norm = (s: string) => s.toLocaleLowerCase('sv');

/** Find a goal or target of a step-2 framework (search or open a goal's targets) and rate it. */
export function ItemBrowser({
  assessment,
  editable,
  onRate,
}: {
  assessment: Assessment;
  editable: boolean;
  onRate: (target: RateTarget, impact?: Impact) => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const label = useEnum();
  const choices = assessment.frameworks.filter((f) => f.kind !== 'rus');
  const [fwId, setFwId] = useState(choices[0]?.versionId ?? '');
  const fw = choices.find((f) => f.versionId === fwId) ?? choices[0];
  const content = useVersionContent(fw?.frameworkId, fw?.versionId);
  const [query, setQuery] = useState('');
  const [q] = useDebouncedValue(query.trim(), 150);
  const [open, setOpen] = useState<string | null>(null);
  const listId = useId();
  const rated = new Map(assessment.impacts.filter((i) => i.step === 2).map((i) => [i.itemId, i]));
  const isAgenda = fw?.kind === 'agenda2030';

  const row = (item: Item, top: boolean, children = 0) => {
    const impact = rated.get(item.id);
    const name = `${item.code} ${local(item.name)}`;
    const target: RateTarget = { itemId: item.id, code: item.code, name: local(item.name), rankable: top };
    return (
      <li
        key={item.id}
        // A rated goal stands out by a frame, a check mark and the words "rated: <effect>", not by colour alone.
        style={{
          borderLeft: top ? undefined : '3px solid var(--mantine-color-gray-4)',
          paddingLeft: top ? 0 : 12,
          ...(impact && top
            ? { outline: '2px solid var(--mantine-color-dark-4)', outlineOffset: 2, borderRadius: 4, padding: 4 }
            : {}),
        }}
      >
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Group gap={8} wrap="nowrap" align="center" style={{ minWidth: 0, flex: '1 1 200px' }}>
            {isAgenda && top && <GoalTile code={item.code} color={item.color} />}
            <Text fw={top ? 600 : 400} size={top ? 'md' : 'sm'} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {name}
              {impact && (
                <Text span size="sm" fw={700} style={{ display: 'block' }}>
                  ✓ {t('assessments.step2.ratedAs', { effect: label('effect', impact.effect) })}
                </Text>
              )}
            </Text>
          </Group>
          <Group gap={6} wrap="wrap">
            {top && children > 0 && !q && (
              <Button
                size="compact-sm"
                variant="subtle"
                aria-expanded={open === item.id}
                aria-controls={`${listId}-${item.code}`}
                onClick={() => setOpen(open === item.id ? null : item.id)}
                aria-label={`${t('assessments.step2.showTargets', { count: children })} ${t('assessments.step2.forGoal', { code: item.code })}`}
              >
                {t('assessments.step2.showTargets', { count: children })}
              </Button>
            )}
            {editable && (
              <Button
                size="compact-sm"
                variant={impact ? 'filled' : 'default'}
                onClick={() => onRate(target, impact)}
                aria-label={`${impact ? t('assessments.rating.edit') : t('assessments.rating.rate')} ${name}`}
              >
                {impact ? t('assessments.rating.edit') : t('assessments.rating.rate')}
              </Button>
            )}
          </Group>
        </Group>
        {top && children > 0 && !q && (
          <div id={`${listId}-${item.code}`}>
            {open === item.id && (
              <Stack component="ul" gap={6} mt={6} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {item.children.map((c) => row(c, false))}
              </Stack>
            )}
          </div>
        )}
      </li>
    );
  };

  const items = content.data?.items ?? [];
  const hits = q
    ? flattenItems(items)
        .filter((i) => norm(`${i.code} ${local(i.name)} ${local(i.text)}`).includes(norm(q)))
        .slice(0, 60)
    : [];
  return (
    <Stack gap="sm">
      <Group role="search" align="flex-end" gap="sm" wrap="wrap">
        {choices.length > 1 && (
          <NativeSelect
            label={t('assessments.step2.framework')}
            value={fw?.versionId ?? ''}
            onChange={(e) => {
              setFwId(e.currentTarget.value);
              setOpen(null);
            }}
            data={choices.map((c) => ({ value: c.versionId, label: local(c.name) }))}
            style={{ flex: '0 1 280px' }}
          />
        )}
        <TextInput
          type="search"
          label={t('assessments.step2.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
      </Group>
      {content.isPending && <Loading />}
      <ErrorAlert error={content.error} />
      {q && (
        <Text role="status" size="sm">
          {t('common.results', { count: hits.length })}
        </Text>
      )}
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {q ? hits.map((h) => row(h, h.parentCode === null)) : items.map((i) => row(i, true, i.children.length))}
      </Stack>
    </Stack>
  );
}
