import { Button, Group, Popover, Select, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDay, useFormatters } from '../../../i18n/format';
import { todayInVietnam } from '../employees/tenure';
import { PERIOD_PRESETS, matchingPreset, presetPeriod, type Period, type PeriodPreset } from './period';
import { DayInput } from './ui';

type PeriodPickerProps = {
  /** null = all time (only with `allowAll`). */
  value: Period | null;
  onChange: (period: Period | null) => void;
  allowAll?: boolean;
};

const isPreset = (value: string): value is PeriodPreset => (PERIOD_PRESETS as readonly string[]).includes(value);

/** A report period: a preset (this month, this year...) or days typed d/M/yyyy. */
export function PeriodPicker({ value, onChange, allowAll = false }: PeriodPickerProps) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const today = todayInVietnam();
  const preset = value ? matchingPreset(value, today) : null;
  const current = value === null ? 'all' : (preset ?? 'custom');
  const [opened, setOpened] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);

  const options = [
    ...(allowAll ? [{ value: 'all', label: t('period.all') }] : []),
    ...PERIOD_PRESETS.map((p) => ({ value: p, label: t(`period.${p}`) })),
    { value: 'custom', label: value && !preset ? `${format.day(value.from)} – ${format.day(value.to)}` : t('period.custom') },
  ];

  const openCustom = () => {
    setFrom(value ? format.day(value.from) : '');
    setTo(value ? format.day(value.to) : '');
    setError(null);
    setOpened(true);
  };

  const applyCustom = () => {
    const start = parseDay(from);
    const end = parseDay(to);
    if (!start || !end) return setError(t('common.dayInvalid'));
    if (end < start) return setError(t('period.endsBeforeStart'));
    onChange({ from: start, to: end });
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Select
          aria-label={t('period.label')}
          leftSection={<IconCalendarEvent size={16} />}
          data={options}
          value={current}
          allowDeselect={false}
          w={{ base: '100%', xs: 230 }}
          onChange={(next) => {
            if (next === 'all') onChange(null);
            else if (next === 'custom') openCustom();
            else if (next && isPreset(next)) onChange(presetPeriod(next, today));
          }}
          data-testid="period-picker"
        />
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={240}>
          <Text size="sm" fw={600}>
            {t('period.custom')}
          </Text>
          <DayInput label={t('period.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <DayInput label={t('period.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button size="xs" onClick={applyCustom}>
              {t('period.apply')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
