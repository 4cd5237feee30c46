export { WorkspaceSettingsPanel } from './components/WorkspaceSettingsPanel';
