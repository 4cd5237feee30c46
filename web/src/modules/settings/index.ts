export { SettingsPage } from './components/SettingsPage';
export { SETTINGS_TABS, isSettingsTab } from './settingsTabs';
export type { SettingsTab } from './settingsTabs';
