import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a phone. The scrolling box is focusable and named, so keyboard
 * users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
