import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link to another page of the app (a record, a tab), in the app's link style. */
export function RecordLink({ to, label, children }: { to: string; label?: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} aria-label={label}>
      {children}
    </Anchor>
  );
}
