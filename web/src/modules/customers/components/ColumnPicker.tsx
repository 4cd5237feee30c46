import { Button, Checkbox, Divider, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type ColumnChoice = { id: string; label: string; fixed?: boolean };

type ColumnPickerProps = {
  /** Every column the list can show, in display order. */
  available: ColumnChoice[];
  value: string[];
  onChange: (columns: string[]) => void;
  defaults: readonly string[];
};

/** Which columns the table shows; custom fields (`cf.<key>`) are offered after the built-in ones. */
export function ColumnPicker({ available, value, onChange, defaults }: ColumnPickerProps) {
  const { t } = useTranslation();
  const chosen = new Set(value);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Keep the display order of `available`, whatever order they were ticked in.
    onChange(available.filter((c) => c.fixed || next.has(c.id)).map((c) => c.id));
  };
  const builtIn = available.filter((c) => !c.fixed && !c.id.startsWith('cf.'));
  const custom = available.filter((c) => c.id.startsWith('cf.'));
  return (
    <Popover position="bottom-end" shadow="md" width={260} withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />} data-testid="column-picker" visibleFrom="sm">
          {t('lists.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={8} p={4}>
            {builtIn.map((column) => (
              <Checkbox key={column.id} label={column.label} checked={chosen.has(column.id)} onChange={(e) => toggle(column.id, e.currentTarget.checked)} />
            ))}
            {custom.length ? (
              <>
                <Divider />
                <Text size="xs" c="dimmed" fw={600}>
                  {t('lists.customColumns')}
                </Text>
                {custom.map((column) => (
                  <Checkbox
                    key={column.id}
                    label={column.label}
                    checked={chosen.has(column.id)}
                    onChange={(e) => toggle(column.id, e.currentTarget.checked)}
                    data-testid={`column-${column.id}`}
                  />
                ))}
              </>
            ) : null}
          </Stack>
        </ScrollArea.Autosize>
        <Divider my={6} />
        <Button variant="subtle" size="compact-sm" fullWidth onClick={() => onChange([...defaults])}>
          {t('lists.defaultColumns')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
