import { ActionBar, ActionIcon, Button, EmptyState, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconFileImport, IconGitMerge, IconTrash, IconUserPlus, IconUsers, IconUserSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPersonRow } from '@tandem/shared';
import { ConfirmModal } from '../../../ui/ConfirmModal';
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
  useCustomerLabels,
  useListFields,
  type ListSearch,
  type ListState,
} from '../../customers';
import { useDeletePerson, usePeopleList, useRestorePerson } from '../hooks/usePeople';
import { PEOPLE_LIST, exportColumns } from '../peopleList';
import { MergePeopleModal } from './MergePeopleModal';
import { PersonCard } from './PersonCard';
import { PersonFormModal } from './PersonFormModal';
import { usePeopleColumns } from './usePeopleColumns';

type PeopleListPageProps = { search: ListSearch; onSearchChange: (search: ListSearch) => void };

/** Khách hàng → Cá nhân: find, sort, filter and act on people, on a laptop or a phone. */
export function PeopleListPage({ search, onSearchChange }: PeopleListPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { can } = usePermissions();
  const state = listState(search, PEOPLE_LIST);
  const setState = (next: ListState) => {
    setSelected(new Set());
    onSearchChange(toListSearch(next, PEOPLE_LIST));
  };
  const list = usePeopleList({ filter: state.filter, sort: state.sort, trash: state.trash });
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];
  const tagSuggestions = [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b, 'vi'));
  const labels = useCustomerLabels();
  const fields = useListFields('person', {
    tagSuggestions,
    extra: [{ field: 'gender', label: t('fields.gender'), kind: 'options', options: labels.genderOptions }],
  });
  const allColumns = usePeopleColumns();
  const shown = state.columns
    .map((id) => allColumns.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  const columns = shown.some((c) => c.fixed) ? shown : [...allColumns.filter((c) => c.fixed), ...shown];

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [merging, setMerging] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeletePerson();
  const restore = useRestorePerson();
  const canSelect = !state.trash && (can('customers.merge') || can('customers.delete'));

  const deleteSelected = async () => {
    const ids = [...selected];
    const results = await Promise.allSettled(ids.map((id) => remove.mutateAsync(id)));
    const failed = results.filter((r) => r.status === 'rejected');
    setDeleting(false);
    setSelected(new Set());
    if (failed.length) notifyError(t('people.deleteFailed'), errorMessage(failed[0]?.status === 'rejected' ? failed[0].reason : null));
    else notifySuccess(t('people.deletedMany', { count: ids.length }));
  };

  const restoreRow = (row: TPersonRow) =>
    restore.mutate(row.id, {
      onSuccess: () => notifySuccess(t('people.restored', { name: row.fullName })),
      onError: (error) => notifyError(t('people.restoreFailed'), errorMessage(error)),
    });

  const filtered = state.filter.length > 0;
  let body;
  if (list.isPending) body = <ListSkeleton rows={8} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0)
    body = state.trash ? (
      <EmptyState icon={<IconTrash size={28} />} title={t('people.trashEmpty')} description={t('people.trashEmptyText')} py="xl" />
    ) : filtered ? (
      <EmptyState icon={<IconUserSearch size={28} />} title={t('people.noMatch')} description={t('people.noMatchText')} py="xl">
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setState({ ...state, filter: [] })}>
            {t('filters.clearAll')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState variant="light" icon={<IconUsers size={28} />} title={t('people.empty')} description={t('people.emptyText')} py="xl">
        {can('customers.write') ? (
          <EmptyState.Actions>
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
              {t('people.add')}
            </Button>
            {can('customers.import') ? (
              <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => void navigate({ to: '/customers/import' })}>
                {t('people.import')}
              </Button>
            ) : null}
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
          selection={canSelect ? { selected, onChange: setSelected } : undefined}
          renderCard={(row) => <PersonCard person={row} />}
          renderActions={
            state.trash && can('customers.delete')
              ? (row) => (
                  <Tooltip label={t('lists.restore')}>
                    <ActionIcon
                      variant="light"
                      color="teal"
                      onClick={() => restoreRow(row)}
                      loading={restore.isPending && restore.variables === row.id}
                      aria-label={t('lists.restoreNamed', { name: row.fullName })}
                      data-testid="restore-row"
                    >
                      <IconArrowBackUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                )
              : undefined
          }
          rowLabel={(row) => row.fullName}
          testId="people-table"
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
        description={t('people.description')}
        actions={
          can('customers.write') ? (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)} data-testid="add-person">
              {t('people.add')}
            </Button>
          ) : undefined
        }
      />
      <CustomersTabs active="people" />
      <ListControls
        entity="person"
        state={state}
        defaults={PEOPLE_LIST}
        onChange={setState}
        allLabel={t('people.allView')}
        columns={allColumns}
        filterFields={fields.filterFields}
        describe={fields.describe}
        canSeeTrash={can('customers.delete')}
        extra={
          can('customers.export') ? (
            <ExportMenu path="/people/export" filter={state.filter} sort={state.sort} columns={exportColumns(state.columns)} />
          ) : null
        }
      />
      <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>{body}</div>

      <ActionBar opened={selected.size > 0} onClose={() => setSelected(new Set())} aria-label={t('lists.selected', { count: selected.size })}>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} px="xs" data-testid="selected-count">
            {t('lists.selected', { count: selected.size })}
          </Text>
          <ActionBar.Divider />
          {can('customers.merge') ? (
            <Button
              variant="subtle"
              leftSection={<IconGitMerge size={16} />}
              disabled={selected.size < 2 || selected.size > 21}
              onClick={() => setMerging(true)}
              data-testid="merge-selected"
            >
              {t('merge.action')}
            </Button>
          ) : null}
          {can('customers.delete') ? (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)} data-testid="delete-selected">
              {t('people.delete')}
            </Button>
          ) : null}
          <ActionBar.CloseButton aria-label={t('lists.clearSelection')} />
        </Group>
      </ActionBar>

      <PersonFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        person={null}
        onSaved={(person) => {
          setCreating(false);
          void navigate({ to: '/customers/people/$personId', params: { personId: person.id } });
        }}
      />
      <MergePeopleModal
        opened={merging}
        ids={[...selected]}
        onClose={() => setMerging(false)}
        onMerged={(person) => {
          setMerging(false);
          setSelected(new Set());
          void navigate({ to: '/customers/people/$personId', params: { personId: person.id } });
        }}
      />
      <ConfirmModal
        opened={deleting}
        title={t('people.deleteManyTitle', { count: selected.size })}
        message={t('people.deleteManyText', { count: selected.size })}
        confirmLabel={t('people.delete')}
        loading={remove.isPending}
        onConfirm={() => void deleteSelected()}
        onClose={() => setDeleting(false)}
      />
    </>
  );
}
