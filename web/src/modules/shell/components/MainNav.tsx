import { NavLink, Stack } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NAV_ITEMS } from '../navItems';

type MainNavProps = { onNavigate?: () => void };

/** The vertical list of areas; the current one is highlighted. */
export function MainNav({ onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <Stack gap={4} component="nav" aria-label={t('nav.label')}>
      {NAV_ITEMS.map(({ key, to, icon: Icon }) => {
        const active = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
        return (
          <NavLink
            key={key}
            component={Link}
            to={to}
            label={t(`nav.${key}`)}
            leftSection={<Icon size={20} stroke={1.7} />}
            active={active}
            onClick={onNavigate}
            variant="light"
            fw={active ? 600 : 500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid={`nav-${key}`}
          />
        );
      })}
    </Stack>
  );
}
