import { Box, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake, IconMessageCircle2, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from './Logo';
import classes from './AuthLayout.module.css';

type AuthLayoutProps = {
  /** Controls for the top-right corner, e.g. the language switch. */
  corner?: ReactNode;
  children: ReactNode;
};

/** The frame of public pages: a brand panel on wide screens and the form beside it. */
export function AuthLayout({ corner, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box className={classes.root}>
      <Box className={classes.brand} visibleFrom="md">
        <Logo size={34} inverted />
        <Stack gap="xl" maw={440}>
          <Title order={1} c="white" fz={34} lh={1.25} style={{ textWrap: 'balance' }}>
            {t('auth.brandHeadline')}
          </Title>
          <List
            spacing="lg"
            c="ocean.0"
            icon={
              <ThemeIcon size={34} radius="xl" variant="white" color="ocean.7">
                <IconUsersGroup size={18} />
              </ThemeIcon>
            }
          >
            <List.Item>{t('auth.point1')}</List.Item>
            <List.Item
              icon={
                <ThemeIcon size={34} radius="xl" variant="white" color="ocean.7">
                  <IconHeartHandshake size={18} />
                </ThemeIcon>
              }
            >
              {t('auth.point2')}
            </List.Item>
            <List.Item
              icon={
                <ThemeIcon size={34} radius="xl" variant="white" color="ocean.7">
                  <IconMessageCircle2 size={18} />
                </ThemeIcon>
              }
            >
              {t('auth.point3')}
            </List.Item>
          </List>
        </Stack>
        <Text size="xs" c="ocean.1">
          {t('auth.footer')}
        </Text>
      </Box>
      <Box className={classes.main}>
        <Group justify="space-between" p="md">
          <Box hiddenFrom="md">
            <Logo size={28} />
          </Box>
          <Box ml="auto">{corner}</Box>
        </Group>
        <Box className={classes.content}>{children}</Box>
      </Box>
    </Box>
  );
}
