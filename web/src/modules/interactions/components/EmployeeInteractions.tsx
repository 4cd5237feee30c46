import { Card, Group, Text, Title } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Timeline } from '../../timeline';
import { LogInteractionMenu } from './LogInteractionMenu';
import { useInteractionEntries } from './useInteractionEntries';

/** The internal area's employee page: meetings, calls and notes with this employee. */
export function EmployeeInteractions({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const interactions = useInteractionEntries({ employeeId });
  return (
    <Card mt="md" data-testid="employee-interactions">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <IconMessages size={18} color="var(--mantine-color-ocean-7)" />
          <Title order={3} fz="md">
            {t('interactions.employeeTitle')}
          </Title>
        </Group>
        <LogInteractionMenu employeeId={employeeId} />
      </Group>
      <Timeline
        entries={interactions.entries}
        loading={interactions.query.isPending}
        error={interactions.query.isError ? interactions.query.error : undefined}
        onRetry={() => void interactions.query.refetch()}
        hasMore={interactions.query.hasNextPage}
        loadingMore={interactions.query.isFetchingNextPage}
        onLoadMore={() => void interactions.query.fetchNextPage()}
        empty={
          <Text size="sm" c="dimmed">
            {t('interactions.employeeEmpty')}
          </Text>
        }
      />
    </Card>
  );
}
