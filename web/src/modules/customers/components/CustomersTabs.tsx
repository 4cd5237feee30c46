import { ScrollArea, Tabs } from '@mantine/core';
import { IconBuildingStore, IconFileImport, IconHeartHandshake, IconMail, IconUser } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth';

export type CustomersTab = 'people' | 'organizations' | 'import' | 'care-plans' | 'email';

/** People, organizations and (for roles that may) import: the three doors of the customers area. */
export function CustomersTabs({ active }: { active: CustomersTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const go = (tab: string | null) => {
    if (tab === 'people') void navigate({ to: '/customers/people' });
    if (tab === 'organizations') void navigate({ to: '/customers/organizations' });
    if (tab === 'import') void navigate({ to: '/customers/import' });
    if (tab === 'care-plans') void navigate({ to: '/customers/care-plans' });
    if (tab === 'email') void navigate({ to: '/customers/email' });
  };
  return (
    <Tabs value={active} onChange={go} mb="md" data-testid="customers-tabs">
      {/* Three tabs do not fit a phone's width on one line: they scroll instead of wrapping. */}
      <ScrollArea type="never" scrollbars="x">
      <Tabs.List style={{ flexWrap: 'nowrap' }}>
        <Tabs.Tab value="people" leftSection={<IconUser size={16} />} data-testid="tab-people">
          {t('customers.tabs.people')}
        </Tabs.Tab>
        <Tabs.Tab value="organizations" leftSection={<IconBuildingStore size={16} />} data-testid="tab-organizations">
          {t('customers.tabs.organizations')}
        </Tabs.Tab>
        {can('customers.import') ? (
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />} data-testid="tab-import">
            {t('customers.tabs.import')}
          </Tabs.Tab>
        ) : null}
        {can('carePlans.read') ? (
          <Tabs.Tab value="care-plans" leftSection={<IconHeartHandshake size={16} />} data-testid="tab-care-plans">
            {t('customers.tabs.carePlans')}
          </Tabs.Tab>
        ) : null}
        <Tabs.Tab value="email" leftSection={<IconMail size={16} />} data-testid="tab-email">
          {t('email.tab')}
        </Tabs.Tab>
      </Tabs.List>
      </ScrollArea>
    </Tabs>
  );
}
