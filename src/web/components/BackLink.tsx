import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** "← Organisations": the way back to the list a detail page came from. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}
