import { Tabs } from '@mantine/core';
import { IconChartBar, IconChecklist } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The work area's sections: tasks, and the workload report. */
export function WorkTabs({ active }: { active: 'tasks' | 'workload' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate({ to: v === 'workload' ? '/work/workload' : '/work' })} mb="lg">
      <Tabs.List>
        <Tabs.Tab value="tasks" leftSection={<IconChecklist size={16} />} data-testid="tab-tasks">
          {t('tasks.title')}
        </Tabs.Tab>
        <Tabs.Tab value="workload" leftSection={<IconChartBar size={16} />} data-testid="tab-workload">
          {t('workload.tab')}
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
