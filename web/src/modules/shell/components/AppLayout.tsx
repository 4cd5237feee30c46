import { AppShell, Box, Burger, Container, Divider, Group, ScrollArea, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { Logo } from '../../../ui/Logo';
import { useChangeLanguage } from '../../auth';
import { GlobalSearch } from '../../search';
import { NotificationBell } from '../../notifications';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** The signed-in frame: header, navigation (a drawer behind the burger on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const theme = useMantineTheme();
  // The exact complement of the navbar's own `min-width: sm` rule, so the two never disagree.
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  const { locale, changeLanguage } = useChangeLanguage();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 256, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNav') : t('shell.openNav')}
              data-testid="nav-burger"
            />
            <Box component={Link} to="/" aria-label={t('nav.home')} style={{ textDecoration: 'none', color: 'inherit' }}>
              <Logo size={28} />
            </Box>
            <Divider orientation="vertical" visibleFrom="sm" my={14} />
            <Box visibleFrom="sm">
              <WorkspaceSwitcher />
            </Box>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <GlobalSearch />
            <NotificationBell />
            <LanguageSwitch value={locale} onChange={changeLanguage} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Off-screen on a phone until opened: inert keeps its links out of the tab order meanwhile. */}
      <AppShell.Navbar p="md" inert={isPhone && !opened}>
        <AppShell.Section hiddenFrom="sm" mb="md">
          <WorkspaceSwitcher fullWidth testId="workspace-switcher-nav" />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} scrollbarSize={6}>
          <MainNav onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pt="md">
            {t('shell.footer')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
