import { Grid, Stack } from '@mantine/core';
import { RecentActivity } from '../../activity';
import { GettingStarted } from './GettingStarted';
import { WelcomeCard } from './WelcomeCard';

/** Tổng quan: who you are here, what just happened, and what to do next. */
export function HomePage() {
  return (
    <Stack gap="lg">
      <WelcomeCard />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <RecentActivity />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <GettingStarted />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
