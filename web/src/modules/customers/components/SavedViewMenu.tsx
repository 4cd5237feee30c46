import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { IconBookmark, IconCheck, IconChevronDown, IconDeviceFloppy, IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSavedView } from '@tandem/shared';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { usePermissions, useSession } from '../../auth';
import type { ViewEntity } from '../api/viewsApi';
import { useCreateView, useDeleteView, useSavedViews, useUpdateView } from '../hooks/useSavedViews';
import { matchesView, type ListDefaults, type ListState } from '../listState';
import { SaveViewModal } from './SaveViewModal';

type SavedViewMenuProps = {
  entity: ViewEntity;
  state: ListState;
  defaults: ListDefaults;
  /** Everything-label, e.g. "Tất cả khách hàng". */
  allLabel: string;
  onOpenView: (view: TSavedView | null) => void;
  onSaved: (view: TSavedView) => void;
};

/** Pick a saved view, save the current list as one, update or delete one's own (or a shared one, as a manager). */
export function SavedViewMenu({ entity, state, defaults, allLabel, onOpenView, onSaved }: SavedViewMenuProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useSession();
  const { can } = usePermissions();
  const views = useSavedViews(entity);
  const create = useCreateView(entity);
  const update = useUpdateView(entity);
  const remove = useDeleteView(entity);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<TSavedView | null>(null);

  const list = views.data ?? [];
  const current = state.view ? (list.find((v) => v.id === state.view) ?? null) : null;
  const modified = current ? !matchesView(state, current, defaults) : false;
  const canEdit = (view: TSavedView) => (view.ownerUserId === null ? can('views.share') : view.ownerUserId === session.user.id);
  const shared = list.filter((v) => v.ownerUserId === null);
  const mine = list.filter((v) => v.ownerUserId !== null);
  const settings = { filter: state.filter, sort: state.sort, columns: state.columns };

  const item = (view: TSavedView) => (
    <Menu.Item
      key={view.id}
      onClick={() => onOpenView(view)}
      rightSection={view.id === current?.id ? <IconCheck size={14} /> : null}
      data-testid="view-option"
    >
      {view.name}
    </Menu.Item>
  );

  return (
    <>
      <Menu position="bottom-start" shadow="md" width={280} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="view-menu"
            maw={{ base: 200, sm: 320 }}
          >
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={500} truncate="end">
                {current?.name ?? allLabel}
              </Text>
              {modified ? (
                <Badge size="xs" color="orange" variant="light">
                  {t('views.modified')}
                </Badge>
              ) : null}
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onOpenView(null)} rightSection={current ? null : <IconCheck size={14} />}>
            {allLabel}
          </Menu.Item>
          {shared.length ? (
            <>
              <Menu.Label>
                <Group gap={4}>
                  <IconUsers size={12} />
                  {t('views.sharedGroup')}
                </Group>
              </Menu.Label>
              {shared.map(item)}
            </>
          ) : null}
          {mine.length ? (
            <>
              <Menu.Label>{t('views.mineGroup')}</Menu.Label>
              {mine.map(item)}
            </>
          ) : null}
          <Menu.Divider />
          {current && modified && canEdit(current) ? (
            <Menu.Item
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() =>
                update.mutate(
                  { id: current.id, body: settings },
                  {
                    onSuccess: (view) => {
                      notifySuccess(t('views.updated', { name: view.name }));
                      onSaved(view);
                    },
                    onError: (error) => notifyError(t('views.saveFailed'), errorMessage(error)),
                  },
                )
              }
            >
              {t('views.update', { name: current.name })}
            </Menu.Item>
          ) : null}
          <Menu.Item leftSection={<IconBookmark size={16} />} onClick={() => setSaving(true)} data-testid="view-save-as">
            {t('views.saveAs')}
          </Menu.Item>
          {current && canEdit(current) ? (
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(current)}>
              {t('views.delete')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <SaveViewModal
        opened={saving}
        onClose={() => {
          setSaving(false);
          create.reset();
        }}
        canShare={can('views.share')}
        saving={create.isPending}
        failure={create.isError ? errorMessage(create.error) : null}
        onSave={(values) =>
          create.mutate(
            { ...values, ...settings },
            {
              onSuccess: (view) => {
                setSaving(false);
                notifySuccess(t('views.created', { name: view.name }));
                onSaved(view);
              },
            },
          )
        }
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('views.deleteTitle')}
        message={deleting ? t('views.deleteConfirm', { name: deleting.name }) : ''}
        confirmLabel={t('views.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('views.deleted', { name: deleting.name }));
              setDeleting(null);
              onOpenView(null);
            },
            onError: (error) => notifyError(t('views.deleteFailed'), errorMessage(error)),
          });
        }}
      />
    </>
  );
}
