import { Anchor, AppShell, Burger, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { useEnum } from '../i18n/useEnum';
import { LanguageSwitch } from './LanguageSwitch';
import { NavMenu } from './NavMenu';
import { SkipLink } from './SkipLink';

/** Header, navigation and main region of every signed-in page. */
export function AppLayout() {
  const { t } = useTranslation();
  const label = useEnum();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mobile = useMediaQuery('(max-width: 48em)', false);
  useFocusOnNavigate();

  const doSignOut = async () => {
    close();
    await signOut();
    navigate('/login', { replace: true });
  };

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          {/* Tighter on a phone, so the name, menu button and language switch fit in 320 px (WCAG 1.4.10). */}
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Anchor
                component={Link}
                to="/"
                underline="never"
                c="dark.8"
                fw={750}
                fz="xl"
                aria-label={`${t('app.name')} – ${t('nav.home')}`}
              >
                {t('app.name')}
              </Anchor>
            </Group>
            <Group gap="md" wrap="nowrap">
              <LanguageSwitch />
              {user && (
                <Group gap="sm" wrap="nowrap" visibleFrom="sm">
                  <Text size="sm" fw={500} title={label('role', user.role)}>
                    {user.name}
                  </Text>
                  <Button variant="outline" size="xs" onClick={() => void doSignOut()}>
                    {t('user.signOut')}
                  </Button>
                </Group>
              )}
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar
          id="main-navigation"
          p="sm"
          aria-label={t('nav.label')}
          style={mobile && !opened ? { visibility: 'hidden' } : undefined}
        >
          {/* The menu scrolls by itself when it is taller than the window (a laptop's 768 px holds
              fewer entries than the menu has), so the last entries are never out of reach. */}
          <AppShell.Section grow style={{ overflowY: 'auto', minHeight: 0 }}>
            <NavMenu onNavigate={close} />
          </AppShell.Section>
          {user && (
            <AppShell.Section hiddenFrom="sm">
              <Divider my="sm" />
              <Stack gap="xs" px="sm">
                <Text size="sm">{t('user.signedInAs', { name: user.name })}</Text>
                <Button variant="outline" size="xs" onClick={() => void doSignOut()}>
                  {t('user.signOut')}
                </Button>
              </Stack>
            </AppShell.Section>
          )}
        </AppShell.Navbar>

        <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
          <div style={{ maxWidth: 1200 }}>
            <Outlet />
          </div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/** After an in-app navigation, move focus to the new page's heading so screen readers announce it. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = window.setTimeout(() => {
      const h = document.getElementById('page-title') ?? document.getElementById('main');
      h?.focus({ preventScroll: false });
    }, 50);
    return () => window.clearTimeout(id);
  }, [pathname]);
}
