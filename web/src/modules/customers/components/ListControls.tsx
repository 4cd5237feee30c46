import { Badge, Button, Chip, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSavedView } from '@tandem/shared';
import type { ViewEntity } from '../api/viewsApi';
import type { DescribeContext, Filter } from '../filters';
import { stateOfView, type ListDefaults, type ListState } from '../listState';
import type { FilterFieldDef } from '../listTypes';
import { ColumnPicker } from './ColumnPicker';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { SavedViewMenu } from './SavedViewMenu';

type ListControlsProps = {
  entity: ViewEntity;
  state: ListState;
  defaults: ListDefaults;
  onChange: (state: ListState) => void;
  allLabel: string;
  columns: { id: string; label: string; fixed?: boolean }[];
  filterFields: FilterFieldDef[];
  describe: DescribeContext;
  /** Whether the trash can be opened (roles that may restore). */
  canSeeTrash: boolean;
  /** More buttons on the right (export). */
  extra?: ReactNode;
};

/** The bar above a customer list: saved views, filters, columns, trash; and the filter chips under it. */
export function ListControls({ entity, state, defaults, onChange, allLabel, columns, filterFields, describe, canSeeTrash, extra }: ListControlsProps) {
  const { t } = useTranslation();
  const [filtersOpen, filters] = useDisclosure(false);
  const setFilter = (filter: Filter) => onChange({ ...state, filter });
  const openView = (view: TSavedView | null) =>
    onChange(view ? stateOfView(view.id, view, defaults) : { view: null, filter: [], sort: defaults.sort, columns: [...defaults.columns], trash: false });

  return (
    <Stack gap="sm" mb="md">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          {state.trash ? null : (
            <SavedViewMenu
              entity={entity}
              state={state}
              defaults={defaults}
              allLabel={allLabel}
              onOpenView={openView}
              onSaved={(view) => onChange({ ...state, view: view.id })}
            />
          )}
          {state.trash ? null : (
            <Button
              variant="default"
              leftSection={<IconFilter size={16} />}
              rightSection={
                state.filter.length ? (
                  <Badge size="sm" circle>
                    {state.filter.length}
                  </Badge>
                ) : null
              }
              onClick={filters.open}
              data-testid="filter-button"
            >
              {t('filters.title')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <ColumnPicker available={columns} value={state.columns} onChange={(next) => onChange({ ...state, columns: next })} defaults={defaults.columns} />
          {canSeeTrash ? (
            <Chip
              checked={state.trash}
              onChange={(trash) => onChange({ ...state, trash, view: trash ? null : state.view })}
              icon={<IconTrash size={14} />}
              color="red"
              variant="outline"
              data-testid="trash-toggle"
            >
              {t('lists.trash')}
            </Chip>
          ) : null}
          {state.trash ? null : extra}
        </Group>
      </Group>
      {state.trash ? null : <FilterChips filter={state.filter} onChange={setFilter} context={describe} />}
      <FilterPanel opened={filtersOpen} onClose={filters.close} fields={filterFields} filter={state.filter} onChange={setFilter} />
    </Stack>
  );
}
