import { createRoute, useNavigate } from '@tanstack/react-router';
import { InteractionRecordsPage, WorkloadPage, parseInteractionFilters, parseWorkloadSearch } from '../modules/reports';
import { TasksPage, parseTasksSearch } from '../modules/tasks';
import { WorkTabs } from '../modules/tasks/components/WorkTabs';
import { appRoute } from './app';

/** Công việc: tasks (list and board), and the workload and performance report. */
export const workRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work',
  validateSearch: parseTasksSearch,
  component: function WorkRoute() {
    const search = workRoute.useSearch();
    const navigate = useNavigate();
    return (
      <>
        <WorkTabs active="tasks" />
        <TasksPage search={search} onSearchChange={(next) => void navigate({ to: '/work', search: next, replace: true })} />
      </>
    );
  },
});

export const workloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work/workload',
  validateSearch: parseWorkloadSearch,
  component: function WorkloadRoute() {
    const search = workloadRoute.useSearch();
    const navigate = useNavigate();
    return (
      <>
        <WorkTabs active="workload" />
        <WorkloadPage search={search} onSearchChange={(next) => void navigate({ to: '/work/workload', search: next, replace: true })} />
      </>
    );
  },
});

export const interactionRecordsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work/interactions',
  validateSearch: parseInteractionFilters,
  component: function InteractionRecordsRoute() {
    const filters = interactionRecordsRoute.useSearch();
    return (
      <>
        <WorkTabs active="workload" />
        <InteractionRecordsPage filters={filters} />
      </>
    );
  },
});
