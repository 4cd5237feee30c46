import { Box, Checkbox, Group, Paper, Stack, Table, Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from '../listTypes';
import classes from './RecordTable.module.css';

export type Selection = { selected: ReadonlySet<string>; onChange: (next: Set<string>) => void };

type RecordTableProps<Row extends { id: string }> = {
  columns: ColumnDef<Row>[];
  rows: Row[];
  sort: string;
  onSort: (sort: string) => void;
  /** Row checkboxes; none hides them (trash, or a role that cannot act on several rows). */
  selection?: Selection;
  /** The card a row becomes on a phone. */
  renderCard: (row: Row) => ReactNode;
  /** Actions at the end of a row (e.g. restore from the trash). */
  renderActions?: (row: Row) => ReactNode;
  /** Accessible name of a row's checkbox. */
  rowLabel: (row: Row) => string;
  testId?: string;
};

/**
 * A customer list: a table with sortable headers and row checkboxes on wide screens, and a list of
 * cards on a phone, where ten columns cannot fit.
 */
export function RecordTable<Row extends { id: string }>({
  columns,
  rows,
  sort,
  onSort,
  selection,
  renderCard,
  renderActions,
  rowLabel,
  testId = 'record-table',
}: RecordTableProps<Row>) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false });

  const toggle = (id: string, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (on) next.add(id);
    else next.delete(id);
    selection.onChange(next);
  };
  const allSelected = selection ? rows.length > 0 && rows.every((r) => selection.selected.has(r.id)) : false;
  const someSelected = selection ? rows.some((r) => selection.selected.has(r.id)) : false;

  if (isPhone) {
    return (
      <Stack gap="xs" data-testid={`${testId}-cards`}>
        {rows.map((row) => (
          <Paper key={row.id} withBorder p="sm" radius="md" data-testid="record-card" className={classes.card}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              {selection ? (
                <Checkbox
                  mt={2}
                  checked={selection.selected.has(row.id)}
                  onChange={(e) => toggle(row.id, e.currentTarget.checked)}
                  aria-label={rowLabel(row)}
                />
              ) : null}
              <Box style={{ flex: 1, minWidth: 0 }}>{renderCard(row)}</Box>
              {renderActions ? renderActions(row) : null}
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  const header = (column: ColumnDef<Row>) => {
    if (!column.sortKey) return column.label;
    const key = column.sortKey;
    const active = sort === key || sort === `-${key}`;
    const desc = sort === `-${key}`;
    const next = active ? (desc ? key : `-${key}`) : column.sortDescFirst ? `-${key}` : key;
    const Icon = active ? (desc ? IconArrowDown : IconArrowUp) : IconArrowsSort;
    return (
      <UnstyledButton
        onClick={() => onSort(next)}
        className={classes.sortButton}
        data-active={active || undefined}
        aria-label={t('lists.sortBy', { column: column.label })}
        data-testid={`sort-${column.id}`}
      >
        <Group gap={4} wrap="nowrap">
          <span>{column.label}</span>
          <Icon size={14} stroke={active ? 2.2 : 1.6} />
        </Group>
      </UnstyledButton>
    );
  };

  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table verticalSpacing="xs" highlightOnHover className={classes.table} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={40}>
                <Checkbox
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(e) => selection.onChange(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  aria-label={t('lists.selectAll')}
                />
              </Table.Th>
            ) : null}
            {columns.map((column) => (
              <Table.Th
                key={column.id}
                w={column.width}
                aria-sort={
                  column.sortKey && (sort === column.sortKey || sort === `-${column.sortKey}`)
                    ? sort.startsWith('-')
                      ? 'descending'
                      : 'ascending'
                    : undefined
                }
              >
                {header(column)}
              </Table.Th>
            ))}
            {renderActions ? <Table.Th w={1} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-testid="record-row"
              bg={selection?.selected.has(row.id) ? 'var(--mantine-primary-color-light)' : undefined}
            >
              {selection ? (
                <Table.Td>
                  <Checkbox
                    checked={selection.selected.has(row.id)}
                    onChange={(e) => toggle(row.id, e.currentTarget.checked)}
                    aria-label={rowLabel(row)}
                    data-testid="row-checkbox"
                  />
                </Table.Td>
              ) : null}
              {columns.map((column) => (
                <Table.Td key={column.id}>{column.render(row)}</Table.Td>
              ))}
              {renderActions ? <Table.Td>{renderActions(row)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A dash for an empty cell, so empty and loading look different. */
export function EmptyCell() {
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}
