import { Badge, Card, Group, Paper, Select, Stack, Text, TextInput, ThemeIcon, type SelectProps, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { foldedOptionsFilter } from '../../../ui/fold';
import { departmentOptions } from '../departments/tree';
import type { EmployeeStatus, TDepartment, TEmployee } from './types';

/** A figure with its label, on the overview and department pages. */
export function StatCard({ label, value, hint, icon, color = 'ocean', testId }: { label: string; value: ReactNode; hint?: ReactNode; icon?: ReactNode; color?: string; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="lg" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
            {label}
          </Text>
          <Text fz={26} fw={700} lh={1.2}>
            {value}
          </Text>
          {hint ? (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          ) : null}
        </Stack>
        {icon ? (
          <ThemeIcon variant="light" color={color} size={38} radius="md" visibleFrom="sm">
            {icon}
          </ThemeIcon>
        ) : null}
      </Group>
    </Paper>
  );
}

/** "84,2 %" — or a dash when there is nothing to measure. */
export function usePercent() {
  const format = useFormatters();
  return (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${format.number(value)}%`);
}

/** Internal CSAT with the number of ratings beside it, always: "84,2% · 19 đánh giá". */
export function CsatFigure({ csat, ratings, size = 'sm', testId }: { csat: number | null; ratings: number; size?: 'sm' | 'lg'; testId?: string }) {
  const { t } = useTranslation('internal');
  const percent = usePercent();
  return (
    <Group gap={6} style={{ rowGap: 0 }} wrap={size === 'lg' ? 'wrap' : 'nowrap'} align="baseline" data-testid={testId}>
      <Text fw={700} fz={size === 'lg' ? 26 : 'sm'} lh={1.2} c={csat === null ? 'dimmed' : csatColor(csat)}>
        {percent(csat)}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid={testId ? `${testId}-ratings` : undefined}>
        {t('csat.ratings', { count: ratings })}
      </Text>
    </Group>
  );
}

/** Green from 80 %, amber from 60 %, red below. */
export const csatColor = (csat: number): string => (csat >= 80 ? 'teal.7' : csat >= 60 ? 'yellow.8' : 'red.7');

const STATUS_COLOR: Record<EmployeeStatus, string> = { active: 'teal', on_leave: 'yellow', left: 'gray' };

export function EmployeeStatusBadge({ status }: { status: EmployeeStatus }) {
  const { t } = useTranslation('internal');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" style={{ flex: 'none', minWidth: 'max-content' }} data-testid="employee-status">
      {t(`employeeStatus.${status}`)}
    </Badge>
  );
}

/** A text field for a day typed the Vietnamese way (d/M/yyyy), read with `parseDay`. */
export function DayInput(props: Omit<TextInputProps, 'placeholder'>) {
  const { t } = useTranslation('internal');
  return <TextInput placeholder={t('common.dayPlaceholder')} inputMode="numeric" autoComplete="off" {...props} />;
}

/** Departments as a tree-shaped select (sub-departments indented in the list), archived ones left out. */
export function DepartmentSelect({ departments, exclude, ...props }: Omit<SelectProps, 'data'> & { departments: readonly TDepartment[]; exclude?: ReadonlySet<string> }) {
  const { t } = useTranslation('internal');
  const options = departmentOptions(departments, exclude);
  const depth = new Map(options.map((o) => [o.value, o.depth]));
  return (
    <Select
      data={options.map(({ value, label }) => ({ value, label }))}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depth.get(option.value) ?? 0) * 14} fw={depth.get(option.value) ? 400 : 500}>
          {option.label}
        </Text>
      )}
      searchable
      filter={foldedOptionsFilter}
      nothingFoundMessage={t('common.noDepartment')}
      {...props}
    />
  );
}

/** Employees as a searchable select (accents ignored); people who left are not offered. */
export function EmployeeSelect({ employees, departmentFirst, ...props }: Omit<SelectProps, 'data'> & { employees: readonly TEmployee[]; departmentFirst?: string | null }) {
  const { t } = useTranslation('internal');
  const present = employees.filter((e) => e.status !== 'left' || e.id === props.value);
  const option = (e: TEmployee) => ({ value: e.id, label: e.fullName });
  const data = departmentFirst
    ? [
        { group: t('common.inDepartment'), items: present.filter((e) => e.departmentId === departmentFirst).map(option) },
        { group: t('common.otherEmployees'), items: present.filter((e) => e.departmentId !== departmentFirst).map(option) },
      ].filter((g) => g.items.length)
    : present.map(option);
  return <Select data={data} searchable filter={foldedOptionsFilter} nothingFoundMessage={t('common.nobodyFound')} {...props} />;
}

/** A card with a title row. */
export function Panel({ title, icon, action, children, testId, padding }: { title: ReactNode; icon?: ReactNode; action?: ReactNode; children: ReactNode; testId?: string; padding?: string }) {
  return (
    <Card data-testid={testId} p={padding}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          {icon}
          <Text fw={600} fz="md">
            {title}
          </Text>
        </Group>
        {action}
      </Group>
      {children}
    </Card>
  );
}
