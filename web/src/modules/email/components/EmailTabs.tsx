import { Tabs } from '@mantine/core';
import { IconInbox, IconTemplate } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The e-mail area's two pages: messages (the outbox first) and templates. */
export function EmailTabs({ active }: { active: 'messages' | 'templates' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate({ to: v === 'templates' ? '/customers/email/templates' : '/customers/email' })} mb="md">
      <Tabs.List>
        <Tabs.Tab value="messages" leftSection={<IconInbox size={16} />} data-testid="tab-email-messages">
          {t('email.messages.tab')}
        </Tabs.Tab>
        <Tabs.Tab value="templates" leftSection={<IconTemplate size={16} />} data-testid="tab-email-templates">
          {t('email.templates.tab')}
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
