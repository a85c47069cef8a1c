import type { Item } from '../../../goals/contract';
import { useAllFrameworks, useVersionContent } from './queries';

/** The official Agenda 2030 colours; in the UI colour is only decoration next to the goal's number and name. */
export const SDG_COLORS: Record<string, string> = {
  '1': '#E5243B',
  '2': '#DDA63A',
  '3': '#4C9F38',
  '4': '#C5192D',
  '5': '#FF3A21',
  '6': '#26BDE2',
  '7': '#FCC30B',
  '8': '#A21942',
  '9': '#FD6925',
  '10': '#DD1367',
  '11': '#FD9D24',
  '12': '#BF8B2E',
  '13': '#3F7E44',
  '14': '#0A97D9',
  '15': '#56C02B',
  '16': '#00689D',
  '17': '#19486A',
};

export const GOAL_CODES = Array.from({ length: 17 }, (_, i) => String(i + 1));

/** The 17 goals (code, name, colour) from the built-in Agenda 2030 framework. */
export function useSdgGoals(): Map<string, Pick<Item, 'code' | 'name' | 'color'>> {
  const fw = useAllFrameworks();
  const agenda = fw.data?.find((f) => f.kind === 'agenda2030');
  const content = useVersionContent(agenda?.id, agenda?.currentVersionId ?? undefined);
  return new Map(
    (content.data?.items ?? []).map((i) => [
      i.code,
      { code: i.code, name: i.name, color: SDG_COLORS[i.code] ?? i.color },
    ]),
  );
}

/** Items of a tree as a flat list, with the parent's code. */
export function flattenItems(
  items: Item[],
  parentCode: string | null = null,
): (Item & { parentCode: string | null })[] {
  return items.flatMap((i) => [{ ...i, parentCode }, ...flattenItems(i.children, i.code)]);
}
