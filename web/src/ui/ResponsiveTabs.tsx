import { NativeSelect, ScrollArea, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';

type TabItem<T extends string> = { value: T; label: string; icon?: ReactNode };

type ResponsiveTabListProps<T extends string> = {
  items: TabItem<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Accessible name of the phone-size select. */
  label: string;
};

/**
 * Tabs on wide screens, a select on phones: five tab labels do not fit 390 px, and tabs
 * scrolled out of view are tabs nobody finds. Use inside Mantine `Tabs`.
 */
export function ResponsiveTabList<T extends string>({ items, value, onChange, label }: ResponsiveTabListProps<T>) {
  return (
    <>
      <NativeSelect
        hiddenFrom="sm"
        m="md"
        mb={0}
        aria-label={label}
        value={value}
        data={items.map((item) => ({ value: item.value, label: item.label }))}
        onChange={(event) => {
          const next = items.find((item) => item.value === event.currentTarget.value);
          if (next) onChange(next.value);
        }}
        data-testid="tab-select"
      />
      <ScrollArea type="never" visibleFrom="sm">
        <Tabs.List px="md" pt="xs" style={{ flexWrap: 'nowrap' }}>
          {items.map((item) => (
            <Tabs.Tab key={item.value} value={item.value} leftSection={item.icon} data-testid={`tab-${item.value}`}>
              {item.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </ScrollArea>
    </>
  );
}
