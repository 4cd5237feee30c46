import { ActionIcon, Button, EmptyState, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconBuildingPlus, IconBuildingStore, IconSearch, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOrganizationRow } from '@tandem/shared';
import { useErrorMessage } from '../../../ui/errors';
import { InfiniteLoadMore, ListSkeleton, QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { usePermissions } from '../../auth';
import {
  CustomersTabs,
  ExportMenu,
  ListControls,
  RecordTable,
  listState,
  toListSearch,
  useListFields,
  type ListSearch,
  type ListState,
} from '../../customers';
import { useOrganizationsList, useRestoreOrganization } from '../hooks/useOrganizations';
import { ORGANIZATIONS_LIST, organizationExportColumns } from '../organizationsList';
import { OrganizationCard } from './OrganizationCard';
import { OrganizationFormModal } from './OrganizationFormModal';
import { useOrganizationColumns } from './useOrganizationColumns';

type OrganizationsListPageProps = { search: ListSearch; onSearchChange: (search: ListSearch) => void };

/** Khách hàng → Tổ chức: businesses, public bodies and international customers. */
export function OrganizationsListPage({ search, onSearchChange }: OrganizationsListPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { can } = usePermissions();
  const state = listState(search, ORGANIZATIONS_LIST);
  const setState = (next: ListState) => onSearchChange(toListSearch(next, ORGANIZATIONS_LIST));
  const list = useOrganizationsList({ filter: state.filter, sort: state.sort, trash: state.trash });
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];
  const fields = useListFields('organization', { tagSuggestions: [...new Set(rows.flatMap((r) => r.tags))] });
  const allColumns = useOrganizationColumns();
  const shown = state.columns.map((id) => allColumns.find((c) => c.id === id)).filter((c) => c !== undefined);
  const columns = shown.some((c) => c.fixed) ? shown : [...allColumns.filter((c) => c.fixed), ...shown];
  const [creating, setCreating] = useState(false);
  const restore = useRestoreOrganization();

  const restoreRow = (row: TOrganizationRow) =>
    restore.mutate(row.id, {
      onSuccess: () => notifySuccess(t('organizations.restored', { name: row.name })),
      onError: (error) => notifyError(t('organizations.restoreFailed'), errorMessage(error)),
    });

  let body;
  if (list.isPending) body = <ListSkeleton rows={8} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0)
    body = state.trash ? (
      <EmptyState icon={<IconTrash size={28} />} title={t('organizations.trashEmpty')} py="xl" />
    ) : state.filter.length ? (
      <EmptyState icon={<IconSearch size={28} />} title={t('organizations.noMatch')} description={t('people.noMatchText')} py="xl">
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setState({ ...state, filter: [] })}>
            {t('filters.clearAll')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState variant="light" icon={<IconBuildingStore size={28} />} title={t('organizations.empty')} description={t('organizations.emptyText')} py="xl">
        {can('customers.write') ? (
          <EmptyState.Actions>
            <Button leftSection={<IconBuildingPlus size={18} />} onClick={() => setCreating(true)}>
              {t('organizations.add')}
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    );
  else
    body = (
      <>
        <RecordTable
          columns={columns}
          rows={rows}
          sort={state.sort}
          onSort={(sort) => setState({ ...state, sort })}
          renderCard={(row) => <OrganizationCard organization={row} />}
          renderActions={
            state.trash && can('customers.delete')
              ? (row) => (
                  <Tooltip label={t('lists.restore')}>
                    <ActionIcon
                      variant="light"
                      color="teal"
                      onClick={() => restoreRow(row)}
                      loading={restore.isPending && restore.variables === row.id}
                      aria-label={t('lists.restoreNamed', { name: row.name })}
                    >
                      <IconArrowBackUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                )
              : undefined
          }
          rowLabel={(row) => row.name}
          testId="organizations-table"
        />
        <InfiniteLoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        {!list.hasNextPage && rows.length > 20 ? (
          <Text size="xs" c="dimmed" ta="center" mt="md">
            {t('lists.endOfList')}
          </Text>
        ) : null}
      </>
    );

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={t('organizations.description')}
        actions={
          can('customers.write') ? (
            <Button leftSection={<IconBuildingPlus size={18} />} onClick={() => setCreating(true)} data-testid="add-organization">
              {t('organizations.add')}
            </Button>
          ) : undefined
        }
      />
      <CustomersTabs active="organizations" />
      <ListControls
        entity="organization"
        state={state}
        defaults={ORGANIZATIONS_LIST}
        onChange={setState}
        allLabel={t('organizations.allView')}
        columns={allColumns}
        filterFields={fields.filterFields}
        describe={fields.describe}
        canSeeTrash={can('customers.delete')}
        extra={
          can('customers.export') ? (
            <ExportMenu path="/organizations/export" filter={state.filter} sort={state.sort} columns={organizationExportColumns(state.columns)} />
          ) : null
        }
      />
      <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>{body}</div>
      <OrganizationFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        organization={null}
        onSaved={(organization) => {
          setCreating(false);
          void navigate({ to: '/customers/organizations/$organizationId', params: { organizationId: organization.id } });
        }}
      />
    </>
  );
}
