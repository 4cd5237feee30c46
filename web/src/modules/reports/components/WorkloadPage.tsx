import { Anchor, Button, Group, Menu, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import type { TWorkloadReport, TWorkloadRow } from '@tandem/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { PeriodPicker } from '../../internal/common/PeriodPicker';
import { presetPeriod } from '../../internal/common/period';
import { DepartmentSelect } from '../../internal/common/ui';
import { useDepartments } from '../../internal/departments/hooks/useDepartments';
import { todayInVietnam } from '../../internal/employees/tenure';
import { getWorkload, workloadExportUrl, type WorkloadQuery } from '../api/reportsApi';
import { appLinkOf } from '../workloadLinks';

export type WorkloadSearch = { from?: string; to?: string; groupBy?: 'employee' | 'team'; departmentId?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export function parseWorkloadSearch(raw: Record<string, unknown>): WorkloadSearch {
  const out: WorkloadSearch = {};
  if (typeof raw.from === 'string' && DAY.test(raw.from)) out.from = raw.from;
  if (typeof raw.to === 'string' && DAY.test(raw.to)) out.to = raw.to;
  if (raw.groupBy === 'team') out.groupBy = 'team';
  if (typeof raw.departmentId === 'string' && raw.departmentId.length <= 40) out.departmentId = raw.departmentId;
  return out;
}

type Figure = 'openTasks' | 'doneTasks' | 'onTimePercent' | 'overdue' | 'interactions' | 'customersOwned' | 'organizationsOwned' | 'satisfaction';
const FIGURES: Figure[] = ['openTasks', 'doneTasks', 'onTimePercent', 'overdue', 'interactions', 'customersOwned', 'organizationsOwned', 'satisfaction'];

/** Workload and performance per employee or team for a period; every figure opens the records behind it. */
export function WorkloadPage({ search, onSearchChange }: { search: WorkloadSearch; onSearchChange: (next: WorkloadSearch) => void }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const month = presetPeriod('thisMonth', todayInVietnam());
  const query: WorkloadQuery = { from: search.from ?? month.from, to: search.to ?? month.to, groupBy: search.groupBy ?? 'employee', ...(search.departmentId ? { departmentId: search.departmentId } : {}) };
  const report = useQuery({ queryKey: ['reports', 'workload', query], queryFn: () => getWorkload(query) });

  return (
    <>
      <PageHeader
        title={t('workload.title')}
        description={t('workload.description')}
        actions={
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />} data-testid="workload-export">
                {t('workload.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component="a" href={workloadExportUrl(query, 'xlsx')} download data-testid="export-xlsx">
                Excel (.xlsx)
              </Menu.Item>
              <Menu.Item component="a" href={workloadExportUrl(query, 'csv')} download data-testid="export-csv">
                CSV
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <PeriodPicker value={{ from: query.from, to: query.to }} onChange={(p) => p && onSearchChange({ ...search, from: p.from, to: p.to })} />
        <SegmentedControl
          value={query.groupBy}
          onChange={(v) => onSearchChange({ ...search, groupBy: v === 'team' ? 'team' : undefined })}
          data={[
            { value: 'employee', label: t('workload.byEmployee') },
            { value: 'team', label: t('workload.byTeam') },
          ]}
          data-testid="workload-group"
        />
        <DepartmentSelect
          aria-label={t('workload.department')}
          placeholder={t('workload.allDepartments')}
          departments={departments.data ?? []}
          value={search.departmentId ?? null}
          onChange={(v) => onSearchChange({ ...search, departmentId: v ?? undefined })}
          clearable
          searchable
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      {report.isPending ? (
        <Skeleton h={280} radius="lg" />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <WorkloadTable report={report.data} />
      )}
    </>
  );
}

function WorkloadTable({ report }: { report: TWorkloadReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="xs">
      {report.scope !== 'all' ? (
        <Text size="sm" c="dimmed" data-testid="workload-scope">
          {t(`workload.scope.${report.scope}`)}
        </Text>
      ) : null}
      <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={960}>
          <Table verticalSpacing="sm" horizontalSpacing="md" fz="sm" highlightOnHover data-testid="workload-table">
            <Table.Thead bg="var(--mantine-color-default-hover)">
              <Table.Tr>
                <Table.Th>{report.groupBy === 'team' ? t('workload.team') : t('workload.employee')}</Table.Th>
                {FIGURES.map((f) => (
                  <Table.Th key={f} ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {t(`workload.figures.${f}`)}
                      <Tooltip label={t(`workload.help.${f}`)} multiline w={260}>
                        <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" />
                      </Tooltip>
                    </Group>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={FIGURES.length + 1}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      {t('workload.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                report.rows.map((row) => (
                  <Table.Tr key={`${row.kind}-${row.userId ?? row.departmentId ?? 'none'}`} data-testid="workload-row">
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.kind === 'team' && !row.departmentId ? t('workload.noDepartment') : row.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.kind === 'team' ? t('workload.members', { count: row.members }) : (row.departmentName ?? t('workload.noDepartment'))}
                      </Text>
                    </Table.Td>
                    {FIGURES.map((f) => (
                      <Table.Td key={f} ta="right">
                        <FigureCell row={row} figure={f} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
            <Table.Tfoot bg="var(--mantine-color-default-hover)">
              <Table.Tr>
                <Table.Th>{t('workload.total')}</Table.Th>
                {FIGURES.map((f) => (
                  <Table.Th key={f} ta="right">
                    {f === 'onTimePercent' || f === 'satisfaction' ? (report.total[f] === null ? '–' : `${format.number(report.total[f])} %`) : format.number(report.total[f])}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

/** One figure as a link to its records; a rate shows its parts ("1/3") and links to the on-time list. */
function FigureCell({ row, figure }: { row: TWorkloadRow; figure: Figure }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const link = appLinkOf(
    figure === 'onTimePercent' ? row.links.doneOnTime : figure === 'satisfaction' ? row.links.satisfaction : row.links[figure],
  );
  let text: string;
  let hint: string | null = null;
  if (figure === 'onTimePercent') {
    text = row.onTimePercent === null ? '–' : `${format.number(row.onTimePercent)} %`;
    hint = row.doneWithDue ? t('workload.onTimeParts', { onTime: row.doneOnTime, total: row.doneWithDue }) : null;
  } else if (figure === 'satisfaction') {
    text = row.satisfaction === null ? '–' : `${format.number(row.satisfaction)} %`;
    hint = row.satisfactionResponses ? t('workload.responses', { count: row.satisfactionResponses }) : null;
  } else {
    text = format.number(row[figure]);
  }
  const body = link ? (
    <Anchor component={Link} {...(link as object)} size="sm" fw={500} c={figure === 'overdue' && row.overdue > 0 ? 'red' : undefined} data-testid={`figure-${figure}`}>
      {text}
    </Anchor>
  ) : (
    <Text size="sm" span data-testid={`figure-${figure}`}>
      {text}
    </Text>
  );
  return (
    <Stack gap={0} align="flex-end">
      {body}
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Stack>
  );
}
