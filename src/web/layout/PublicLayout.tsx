import { Anchor, Box, Container, Group, Paper } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';

/** Sign-in and password pages: a narrow card with the language switch. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Anchor component={Link} to="/login" underline="never" c="dark.8" fw={750} fz="xl">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size={460} py="xl" component="main" id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Paper withBorder p="lg" radius="md">
          <Outlet />
        </Paper>
      </Container>
    </>
  );
}
