import { Anchor, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDoorExit, IconUserPlus, IconUsers, IconHourglass } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { QueryError } from '../../../../ui/ListStates';
import { PeriodPicker } from '../../common/PeriodPicker';
import type { Period } from '../../common/period';
import { DepartmentSelect, StatCard } from '../../common/ui';
import { useDepartments } from '../../departments/hooks/useDepartments';
import { useTurnover } from '../hooks/useEmployees';
import tableClasses from '../../common/InternalTable.module.css';
import { turnoverTotals } from '../turnover';
import { useTenureText } from '../useTenureText';
import { DepartmentLink } from '../../common/links';

type TurnoverPageProps = { period: Period; departmentId?: string; onChange: (next: { period: Period; departmentId?: string }) => void };

/** Turnover and tenure per department for a period: who joined, who left, and how long people stay. */
export function TurnoverPage({ period, departmentId, onChange }: TurnoverPageProps) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const tenure = useTenureText();
  const departments = useDepartments();
  const report = useTurnover({ ...period, ...(departmentId ? { departmentId } : {}) });
  const rows = report.data ?? [];
  const totals = turnoverTotals(rows);
  const percent = (value: number | null) => (value === null ? '—' : `${format.number(value)}%`);
  const months = (value: number | null) => (value === null ? '—' : tenure.fromMonths(Math.round(value)));

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/internal/employees" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('employee.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={2} fz={{ base: 22, sm: 26 }}>
            {t('turnover.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('turnover.lead', { from: format.day(period.from), to: format.day(period.to) })}
          </Text>
        </Stack>
        <Group gap="xs" w={{ base: '100%', sm: 'auto' }}>
          <DepartmentSelect
            aria-label={t('common.department')}
            placeholder={t('common.allDepartments')}
            departments={departments.data ?? []}
            value={departmentId ?? null}
            onChange={(value) => onChange({ period, departmentId: value ?? undefined })}
            clearable
            searchable
            w={{ base: '100%', xs: 240 }}
          />
          <PeriodPicker value={period} onChange={(next) => next && onChange({ period: next, departmentId })} />
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <StatCard label={t('turnover.headcountEnd')} value={report.isPending ? <Skeleton h={30} w={40} /> : format.number(totals.headcountEnd)} hint={t('turnover.fromStart', { count: totals.headcountStart })} icon={<IconUsers size={20} />} />
        <StatCard label={t('turnover.hires')} value={report.isPending ? <Skeleton h={30} w={40} /> : format.number(totals.hires)} icon={<IconUserPlus size={20} />} color="teal" />
        <StatCard label={t('turnover.exits')} value={report.isPending ? <Skeleton h={30} w={40} /> : format.number(totals.exits)} hint={t('turnover.rate', { rate: percent(totals.turnoverPercent) })} icon={<IconDoorExit size={20} />} color="red" testId="turnover-exits" />
        <StatCard label={t('turnover.tenure')} value={report.isPending ? <Skeleton h={30} w={60} /> : <Text inherit fz={20}>{months(totals.averageTenureMonths)}</Text>} icon={<IconHourglass size={20} />} color="grape" />
      </SimpleGrid>

      {report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" fz="sm" highlightOnHover className={tableClasses.table} data-testid="turnover-table">
              <Table.Thead bg="var(--mantine-color-default-hover)">
                <Table.Tr>
                  <Table.Th>{t('common.department')}</Table.Th>
                  <Table.Th ta="right">{t('turnover.startShort')}</Table.Th>
                  <Table.Th ta="right">{t('turnover.endShort')}</Table.Th>
                  <Table.Th ta="right">{t('turnover.hires')}</Table.Th>
                  <Table.Th ta="right">{t('turnover.exits')}</Table.Th>
                  <Table.Th ta="right">
                    <Tooltip label={t('turnover.rateHint')} multiline maw={260}>
                      <span>{t('turnover.rateShort')}</span>
                    </Tooltip>
                  </Table.Th>
                  <Table.Th ta="right">{t('turnover.tenure')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.isPending
                  ? Array.from({ length: 5 }, (_, i) => (
                      <Table.Tr key={i}>
                        <Table.Td colSpan={7}>
                          <Skeleton h={20} />
                        </Table.Td>
                      </Table.Tr>
                    ))
                  : rows.map((row) => (
                      <Table.Tr key={row.departmentId ?? 'none'} data-testid="turnover-row">
                        <Table.Td fw={500}>
                          {row.departmentId ? (
                            <DepartmentLink id={row.departmentId} size="sm" c="var(--mantine-color-text)">
                              {row.departmentName}
                            </DepartmentLink>
                          ) : (
                            t('turnover.noDepartment')
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{format.number(row.headcountStart)}</Table.Td>
                        <Table.Td ta="right">{format.number(row.headcountEnd)}</Table.Td>
                        <Table.Td ta="right" c={row.hires ? 'teal.7' : undefined}>
                          {row.hires ? `+${format.number(row.hires)}` : '0'}
                        </Table.Td>
                        <Table.Td ta="right" c={row.exits ? 'red.7' : undefined}>
                          {format.number(row.exits)}
                        </Table.Td>
                        <Table.Td ta="right" fw={600}>
                          {percent(row.turnoverPercent)}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {months(row.averageTenureMonths)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
              </Table.Tbody>
              {!report.isPending && rows.length > 1 ? (
                <Table.Tfoot>
                  <Table.Tr fw={700}>
                    <Table.Td>{t('turnover.total')}</Table.Td>
                    <Table.Td ta="right">{format.number(totals.headcountStart)}</Table.Td>
                    <Table.Td ta="right">{format.number(totals.headcountEnd)}</Table.Td>
                    <Table.Td ta="right">{format.number(totals.hires)}</Table.Td>
                    <Table.Td ta="right">{format.number(totals.exits)}</Table.Td>
                    <Table.Td ta="right">{percent(totals.turnoverPercent)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {months(totals.averageTenureMonths)}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              ) : null}
            </Table>
          </Table.ScrollContainer>
          {!report.isPending && !rows.length ? (
            <Text size="sm" c="dimmed" ta="center" py="lg">
              {t('turnover.empty')}
            </Text>
          ) : null}
        </Paper>
      )}
      <Text size="xs" c="dimmed">
        {t('turnover.footnote')}
      </Text>
    </Stack>
  );
}
