import { Grid, Stack } from '@mantine/core';
import { canReadActivity } from '../../../ui/roles';
import { RecentActivity } from '../../activity';
import { useCurrentWorkspace } from '../../auth';
import { AreasOverview } from './AreasOverview';
import { GettingStarted } from './GettingStarted';
import { WelcomeCard } from './WelcomeCard';

/** Tổng quan: who you are here, what just happened (for roles that may see it), and what to do next. */
export function HomePage() {
  const { workspace } = useCurrentWorkspace();
  return (
    <Stack gap="lg">
      <WelcomeCard />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          {canReadActivity(workspace?.role) ? <RecentActivity /> : <AreasOverview />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <GettingStarted />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
