import { ScrollArea, Tabs } from '@mantine/core';
import { IconAddressBook, IconAffiliate, IconDiscount2, IconHeadset, IconHierarchy2, IconInbox } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type InternalTab = 'overview' | 'employees' | 'services' | 'requests' | 'purchases' | 'referrals';

const TARGETS = {
  overview: '/internal',
  employees: '/internal/employees',
  services: '/internal/services',
  requests: '/internal/requests',
  purchases: '/internal/purchases',
  referrals: '/internal/referrals',
} as const satisfies Record<InternalTab, string>;

const ICONS = {
  overview: IconHierarchy2,
  employees: IconAddressBook,
  services: IconHeadset,
  requests: IconInbox,
  purchases: IconDiscount2,
  referrals: IconAffiliate,
} as const satisfies Record<InternalTab, unknown>;

const TABS = Object.keys(TARGETS) as InternalTab[];
const isTab = (value: string | null): value is InternalTab => value !== null && value in TARGETS;

/** The doors of the internal area: structure, people, the service desk, and employees as customers. */
export function InternalTabs({ active }: { active: InternalTab }) {
  const { t } = useTranslation('internal');
  const navigate = useNavigate();
  const list = useRef<HTMLDivElement>(null);
  // On a phone the strip scrolls: bring the current tab into view instead of leaving it off-screen.
  useEffect(() => {
    const tab = list.current?.querySelector<HTMLElement>('[data-active]');
    const strip = tab?.closest<HTMLElement>('.mantine-ScrollArea-viewport');
    if (tab && strip) strip.scrollLeft = tab.offsetLeft - (strip.clientWidth - tab.offsetWidth) / 2;
  }, [active]);
  return (
    <Tabs
      value={active}
      onChange={(tab) => {
        if (isTab(tab)) void navigate({ to: TARGETS[tab] });
      }}
      mb="lg"
      data-testid="internal-tabs"
    >
      {/* Six tabs do not fit a phone's width: they scroll sideways instead of wrapping. */}
      <ScrollArea type="never" scrollbars="x">
        <Tabs.List ref={list} style={{ flexWrap: 'nowrap' }}>
          {TABS.map((tab) => {
            const Icon = ICONS[tab];
            return (
              <Tabs.Tab key={tab} value={tab} leftSection={<Icon size={16} />} data-testid={`internal-tab-${tab}`}>
                {t(`tabs.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </ScrollArea>
    </Tabs>
  );
}
