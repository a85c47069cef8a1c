import { NavLink, Stack, Text } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { visibleNavigation } from '../nav';
import { useSession } from '../session';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const groups = visibleNavigation(user?.role);
  return (
    <Stack gap="md" component="div">
      {groups.map((g, gi) => {
        const id = `nav-group-${gi}`;
        const list = (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {g.items.map((item) => {
              const active = item.end
                ? pathname === item.to
                : pathname === item.to || pathname.startsWith(`${item.to}/`);
              return (
                <li key={item.to}>
                  <NavLink
                    component={RouterNavLink}
                    to={item.to}
                    end={item.end}
                    label={t(item.label)}
                    active={active}
                    variant="filled"
                    aria-current={active ? 'page' : undefined}
                    onClick={onNavigate}
                    styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
                  />
                </li>
              );
            })}
          </ul>
        );
        if (!g.label) return <div key={gi}>{list}</div>;
        return (
          <div key={gi} role="group" aria-labelledby={id}>
            <Text id={id} size="xs" fw={700} tt="uppercase" c="gray.8" px="sm" mb={4}>
              {t(g.label)}
            </Text>
            {list}
          </div>
        );
      })}
    </Stack>
  );
}
