import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { INTERACTION_KINDS, type InteractionKind } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth';
import { KIND_ICON } from './interactionKinds';
import { LogInteractionModal } from './LogInteractionModal';

/** "Log interaction" with a choice of call, e-mail, chat, meeting, visit or note (members who may write). */
export function LogInteractionMenu({ personId, organizationId, employeeId }: { personId?: string; organizationId?: string; employeeId?: string }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [kind, setKind] = useState<InteractionKind | null>(null);
  const [lastKind, setLastKind] = useState<InteractionKind>('call');
  if (!can('interactions.write')) return null;
  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} rightSection={<IconChevronDown size={14} />} data-testid="log-interaction">
            {t('interactions.log')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {INTERACTION_KINDS.map((k) => (
            <Menu.Item
              key={k}
              leftSection={KIND_ICON[k](16)}
              onClick={() => {
                setLastKind(k);
                setKind(k);
              }}
              data-testid={`log-interaction-${k}`}
            >
              {t(`interactions.logKinds.${k}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <LogInteractionModal opened={kind !== null} kind={kind ?? lastKind} onClose={() => setKind(null)} personId={personId ?? null} organizationId={organizationId ?? null} employeeId={employeeId ?? null} />
    </>
  );
}
