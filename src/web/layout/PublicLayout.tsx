import { Paper } from '@mantine/core';
import { Outlet } from 'react-router';
import { PlainLayout } from './PlainLayout';

/** Sign-in and password pages: a narrow card with the language switch. */
export function PublicLayout() {
  return (
    <PlainLayout home="/login" size={460} py="xl">
      <Paper withBorder p="lg" radius="md">
        <Outlet />
      </Paper>
    </PlainLayout>
  );
}
