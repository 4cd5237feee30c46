export { EmployeeInteractions } from './components/EmployeeInteractions';
export { LogInteractionMenu } from './components/LogInteractionMenu';
export { LogInteractionModal } from './components/LogInteractionModal';
export { useInteractionEntries, useInteractionLabels } from './components/useInteractionEntries';
