import { Alert, Button, Grid, Group, Modal, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../ui/notify';
import { useSaveFailure } from '../../common/formErrors';
import type { TDepartment } from '../../common/types';
import { DepartmentSelect, EmployeeSelect } from '../../common/ui';
import { useAllEmployees } from '../../employees/hooks/useEmployees';
import { useCreateDepartment, useDepartments, useUpdateDepartment } from '../hooks/useDepartments';
import { buildDepartmentTree, descendantIds } from '../tree';

type DepartmentFormModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The department to edit; null to add one. */
  department: TDepartment | null;
  /** A parent to start with when adding a sub-department. */
  parentId?: string | null;
  onSaved?: (department: TDepartment) => void;
};

/** Add or change a department: name, code, where it sits in the tree and who heads it. */
export function DepartmentFormModal({ opened, onClose, department, parentId = null, onSaved }: DepartmentFormModalProps) {
  const { t } = useTranslation('internal');
  return (
    <Modal opened={opened} onClose={onClose} title={department ? t('departments.editTitle', { name: department.name }) : t('departments.addTitle')} size="lg">
      {opened ? <DepartmentForm department={department} parentId={parentId} onDone={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function DepartmentForm({ department, parentId, onDone, onSaved }: { department: TDepartment | null; parentId: string | null; onDone: () => void; onSaved?: (d: TDepartment) => void }) {
  const { t } = useTranslation('internal');
  const departments = useDepartments();
  const employees = useAllEmployees();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const form = useForm({
    initialValues: {
      name: department?.name ?? '',
      code: department?.code ?? '',
      parentId: department?.parentId ?? parentId ?? null,
      headEmployeeId: department?.headEmployeeId ?? null,
      description: department?.description ?? '',
      archived: department?.archived ?? false,
    },
    validate: { name: (value) => (value.trim() ? null : t('form.required')) },
  });
  const failure = useSaveFailure(form);
  // A department cannot move under itself or one of its own sub-departments.
  const exclude = department ? descendantIds(buildDepartmentTree(departments.data ?? []), department.id) : new Set<string>();

  const submit = form.onSubmit((values) => {
    failure.reset();
    const body = {
      name: values.name.trim(),
      code: values.code.trim() || null,
      parentId: values.parentId,
      headEmployeeId: values.headEmployeeId,
      description: values.description.trim() || null,
    };
    const done = (saved: TDepartment) => {
      notifySuccess(department ? t('departments.saved') : t('departments.created', { name: saved.name }));
      onSaved?.(saved);
      onDone();
    };
    if (department) update.mutate({ id: department.id, body: { ...body, archived: values.archived } }, { onSuccess: done, onError: failure.handleError });
    else create.mutate(body, { onSuccess: done, onError: failure.handleError });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('departments.name')}
              placeholder={t('departments.namePlaceholder')}
              required
              data-autofocus
              data-testid="department-name"
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={t('departments.code')} placeholder="CNTT" {...form.getInputProps('code')} />
          </Grid.Col>
        </Grid>
        <DepartmentSelect
          label={t('departments.parent')}
          placeholder={t('departments.noParent')}
          departments={departments.data ?? []}
          exclude={exclude}
          clearable
          {...form.getInputProps('parentId')}
        />
        <EmployeeSelect
          label={t('departments.head')}
          placeholder={t('departments.chooseHead')}
          employees={employees.data ?? []}
          departmentFirst={department?.id ?? null}
          clearable
          {...form.getInputProps('headEmployeeId')}
        />
        <Textarea label={t('departments.description')} autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
        {department ? (
          <Switch label={t('departments.archived')} description={t('departments.archivedHint')} {...form.getInputProps('archived', { type: 'checkbox' })} />
        ) : null}
        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="department-submit">
            {department ? t('common.save') : t('departments.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
