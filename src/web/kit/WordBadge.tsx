import { Badge, type BadgeProps } from '@mantine/core';

/** Whole words in a narrow table cell: no capitals, no ellipsis. */
const wholeWords = {
  root: { textTransform: 'none', maxWidth: 'none', flexShrink: 0, overflow: 'visible' },
  label: { overflow: 'visible', whiteSpace: 'nowrap' },
} as const;

/**
 * A state in words (never colour alone: the words say it, the colour repeats it), outlined by default,
 * its words whole even in a narrow table cell.
 *
 *   <WordBadge color="#1d6b34">{t('agreements.periods.current')}</WordBadge>
 */
export function WordBadge({
  color,
  variant = 'outline',
  children,
}: Pick<BadgeProps, 'color' | 'variant' | 'children'>) {
  return (
    <Badge color={color} variant={variant} styles={wholeWords}>
      {children}
    </Badge>
  );
}
