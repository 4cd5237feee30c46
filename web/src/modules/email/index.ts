export { EmailSettingsPanel } from './components/EmailSettingsPanel';
export { EmailTemplatesPage } from './components/EmailTemplatesPage';
export { EmailTabs } from './components/EmailTabs';
export { OutboxPage, isOutboxFilter, type OutboxFilter } from './components/OutboxPage';
export { SendEmailModal } from './components/SendEmailModal';
export { usePersonEmailEntries } from './components/usePersonEmailEntries';
