import { Button } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth';
import { DistributionSettingsModal } from './DistributionSettingsModal';

/** "Cài đặt gửi" on the surveys list: opens the workspace's sending settings (read-only for who may not send). */
export function DistributionSettingsButton() {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setOpen(true)} data-testid="distribution-settings">
        {t('surveyDistribution.settings.open')}
      </Button>
      {open ? <DistributionSettingsModal opened={open} onClose={() => setOpen(false)} canEdit={can('surveys.send')} /> : null}
    </>
  );
}
