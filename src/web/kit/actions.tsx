import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A page action. `can` comes from the record's or list's `abilities` (what the server says this person
 * may do); an action the person may not take is not shown at all (issue 10 item 8).
 */
export interface PageAction {
  label: string;
  can: boolean | undefined;
  /** A link to a page (e.g. "new", "edit")… */
  to?: string;
  /** …or a button. */
  onClick?: () => void;
  /** Anything else (e.g. a ConfirmButton), shown when `can`. */
  element?: ReactNode;
  variant?: 'filled' | 'outline';
  loading?: boolean;
}

export function PageActions({ actions }: { actions: PageAction[] }) {
  const shown = actions.filter((a) => a.can);
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((a) =>
        a.element ? (
          <span key={a.label}>{a.element}</span>
        ) : a.to ? (
          <Button key={a.label} component={Link} to={a.to} variant={a.variant ?? 'filled'}>
            {a.label}
          </Button>
        ) : (
          <Button key={a.label} onClick={a.onClick} variant={a.variant ?? 'filled'} loading={a.loading}>
            {a.label}
          </Button>
        ),
      )}
    </>
  );
}
