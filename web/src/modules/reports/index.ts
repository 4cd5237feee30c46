export { WorkloadPage, parseWorkloadSearch, type WorkloadSearch } from './components/WorkloadPage';
export { InteractionRecordsPage, parseInteractionFilters } from './components/InteractionRecordsPage';
