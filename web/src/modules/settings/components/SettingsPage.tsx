import { Card, Tabs } from '@mantine/core';
import { IconAt, IconBuilding, IconForms, IconKey, IconMail, IconUserCircle, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { ResponsiveTabList } from '../../../ui/ResponsiveTabs';
import { ApiKeysPanel } from '../../api-keys';
import { CustomFieldsPanel } from '../../custom-fields';
import { EmailSettingsPanel } from '../../email';
import { useCurrentWorkspace, useSession } from '../../auth';
import { InvitationsPanel } from '../../invitations';
import { MembersPanel } from '../../members';
import { ProfilePanel } from '../../profile';
import { WorkspaceSettingsPanel } from '../../workspace';
import { MANAGER_ONLY_TABS, SETTINGS_TABS, isSettingsTab, type SettingsTab } from '../settingsTabs';

const TAB_ICON: Record<SettingsTab, ReactNode> = {
  workspace: <IconBuilding size={16} />,
  members: <IconUsers size={16} />,
  invitations: <IconMail size={16} />,
  'custom-fields': <IconForms size={16} />,
  'api-keys': <IconKey size={16} />,
  email: <IconAt size={16} />,
  profile: <IconUserCircle size={16} />,
};

type SettingsPageProps = { tab: SettingsTab | undefined; onTabChange: (tab: SettingsTab) => void };

/** Cài đặt: the workspace, its people and keys, and the user's own profile. */
export function SettingsPage({ tab, onTabChange }: SettingsPageProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { workspace, canManage } = useCurrentWorkspace();
  const visible = SETTINGS_TABS.filter((value) => canManage || !MANAGER_ONLY_TABS.includes(value));
  // Someone without the role who follows a link to a managers' tab lands on the first tab instead.
  const active: SettingsTab = tab && visible.includes(tab) ? tab : 'workspace';

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Card p={0}>
        <Tabs value={active} onChange={(value) => isSettingsTab(value) && onTabChange(value)} keepMounted={false}>
          <ResponsiveTabList
            label={t('settings.title')}
            value={active}
            onChange={onTabChange}
            items={visible.map((value) => ({ value, label: t(`settings.tabs.${value}`), icon: TAB_ICON[value] }))}
          />
          <Tabs.Panel value="workspace" p={{ base: 'md', sm: 'xl' }}>
            <WorkspaceSettingsPanel canManage={canManage} />
          </Tabs.Panel>
          <Tabs.Panel value="members" p={{ base: 'md', sm: 'xl' }}>
            {workspace ? (
              <MembersPanel currentUserId={session.user.id} currentRole={workspace.role} canManage={canManage} />
            ) : null}
          </Tabs.Panel>
          {canManage && workspace ? (
            <>
              <Tabs.Panel value="invitations" p={{ base: 'md', sm: 'xl' }}>
                <InvitationsPanel currentRole={workspace.role} />
              </Tabs.Panel>
              <Tabs.Panel value="custom-fields" p={{ base: 'md', sm: 'xl' }}>
                <CustomFieldsPanel />
              </Tabs.Panel>
              <Tabs.Panel value="api-keys" p={{ base: 'md', sm: 'xl' }}>
                <ApiKeysPanel />
              </Tabs.Panel>
              <Tabs.Panel value="email" p={{ base: 'md', sm: 'xl' }}>
                <EmailSettingsPanel />
              </Tabs.Panel>
            </>
          ) : null}
          <Tabs.Panel value="profile" p={{ base: 'md', sm: 'xl' }}>
            <ProfilePanel />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </>
  );
}
