import { Alert, Autocomplete, Button, Divider, Grid, Group, Modal, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput, Textarea, useMantineTheme } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { parseDay } from '../../../../i18n/format';
import { useErrorMessage } from '../../../../ui/errors';
import { foldedOptionsFilter } from '../../../../ui/fold';
import { notifySuccess } from '../../../../ui/notify';
import { useMemberDirectory } from '../../../members';
import { useSaveFailure } from '../../common/formErrors';
import { EMPLOYEE_STATUSES, isEmployeeStatus } from '../../common/lists';
import type { EmployeeStatus, TEmployee } from '../../common/types';
import { DayInput, DepartmentSelect, EmployeeSelect } from '../../common/ui';
import { useCreatePosition, useDepartments, useLocations, usePositions } from '../../departments/hooks/useDepartments';
import { useAllEmployees, useCreateEmployee, useUpdateEmployee } from '../hooks/useEmployees';
import { todayInVietnam } from '../tenure';
import { PersonPicker } from './PersonPicker';
import { formatDay } from '../../../../i18n/format';

type EmployeeFormModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The employee to edit; null to add one. */
  employee: TEmployee | null;
  onSaved?: (employee: TEmployee) => void;
};

/** Add or edit an employee: a modal on a laptop, the whole screen on a phone. */
export function EmployeeFormModal({ opened, onClose, employee, onSaved }: EmployeeFormModalProps) {
  const { t } = useTranslation('internal');
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={employee ? t('employeeForm.editTitle', { name: employee.fullName }) : t('employeeForm.createTitle')}
      size="xl"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      closeOnClickOutside={false}
    >
      {opened ? <EmployeeForm employee={employee} onCancel={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

type Values = {
  fullName: string;
  employeeCode: string;
  email: string;
  phone: string;
  birthday: string;
  gender: string;
  departmentId: string | null;
  position: string;
  managerId: string | null;
  locationId: string | null;
  startDate: string;
  userId: string | null;
  personId: string | null;
  status: EmployeeStatus;
  leftDate: string;
  leftReason: string;
};

function EmployeeForm({ employee, onCancel, onSaved }: { employee: TEmployee | null; onCancel: () => void; onSaved?: (e: TEmployee) => void }) {
  const { t, i18n } = useTranslation('internal');
  const errorMessage = useErrorMessage();
  const departments = useDepartments();
  const positions = usePositions();
  const locations = useLocations();
  const employees = useAllEmployees();
  const members = useMemberDirectory();
  const createPosition = useCreatePosition();
  const create = useCreateEmployee();
  const update = useUpdateEmployee();
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : '');

  const form = useForm<Values>({
    initialValues: {
      fullName: employee?.fullName ?? '',
      employeeCode: employee?.employeeCode ?? '',
      email: employee?.email ?? '',
      phone: employee?.phone ?? '',
      birthday: day(employee?.birthday ?? null),
      gender: employee?.gender ?? '',
      departmentId: employee?.departmentId ?? null,
      position: employee?.positionTitle ?? '',
      managerId: employee?.managerId ?? null,
      locationId: employee?.locationId ?? null,
      startDate: day(employee?.startDate ?? todayInVietnam()),
      userId: employee?.userId ?? null,
      personId: employee?.personId ?? null,
      status: employee?.status ?? 'active',
      leftDate: day(employee?.leftDate ?? null),
      leftReason: employee?.leftReason ?? '',
    },
    validate: {
      fullName: (v) => (v.trim() ? null : t('form.required')),
      startDate: (v) => (parseDay(v) ? null : t('common.dayInvalid')),
      birthday: (v) => (!v.trim() || parseDay(v) ? null : t('common.dayInvalid')),
      leftDate: (v, values) => (values.status !== 'left' ? null : !v.trim() ? t('form.leftDateRequired') : parseDay(v) ? null : t('common.dayInvalid')),
    },
  });
  const failure = useSaveFailure(form);
  const values = form.getValues();
  // An account belongs to one employee record: accounts already linked elsewhere are not offered.
  const linked = new Set((employees.data ?? []).filter((e) => e.userId && e.id !== employee?.id).map((e) => e.userId));
  const memberOptions = members.options.map((o) => ({ ...o, disabled: linked.has(o.value) }));

  const positionId = async (title: string): Promise<string | null> => {
    const text = title.trim();
    if (!text) return null;
    const found = (positions.data ?? []).find((p) => p.title.toLocaleLowerCase('vi') === text.toLocaleLowerCase('vi'));
    return found ? found.id : (await createPosition.mutateAsync(text)).id;
  };

  const submit = form.onSubmit(async (v) => {
    failure.reset();
    let position: string | null;
    try {
      position = await positionId(v.position);
    } catch (error) {
      form.setFieldError('position', errorMessage(error));
      return;
    }
    const fields = {
      fullName: v.fullName.trim(),
      employeeCode: v.employeeCode.trim() || null,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      birthday: v.birthday.trim() ? parseDay(v.birthday) : null,
      gender: v.gender === 'female' || v.gender === 'male' || v.gender === 'other' ? v.gender : null,
      departmentId: v.departmentId,
      positionId: position,
      managerId: v.managerId,
      locationId: v.locationId,
      startDate: parseDay(v.startDate) ?? '',
      userId: v.userId,
      personId: v.personId,
    } as const;
    const done = (saved: TEmployee) => {
      notifySuccess(employee ? t('employeeForm.saved') : t('employeeForm.created', { name: saved.fullName }));
      onSaved?.(saved);
      onCancel();
    };
    if (employee) {
      update.mutate(
        {
          id: employee.id,
          body: { ...fields, status: v.status, leftDate: v.status === 'left' ? parseDay(v.leftDate) : null, leftReason: v.status === 'left' ? v.leftReason.trim() || null : null },
        },
        { onSuccess: done, onError: failure.handleError },
      );
    } else {
      create.mutate(fields, { onSuccess: done, onError: failure.handleError });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="employee-form">
      <Stack gap="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('employeeForm.fullName')}
              description={t('employeeForm.fullNameHint')}
              placeholder="Nguyễn Thị Minh Anh"
              required
              data-autofocus
              data-testid="employee-name"
              {...form.getInputProps('fullName')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={t('employeeForm.code')} placeholder="NV0042" description={'\u00a0'} {...form.getInputProps('employeeCode')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('employeeForm.email')} type="email" placeholder="ten@congty.vn" {...form.getInputProps('email')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('employeeForm.phone')} type="tel" placeholder="0912 345 678" {...form.getInputProps('phone')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DayInput label={t('employeeForm.birthday')} {...form.getInputProps('birthday')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('employeeForm.gender')}
              </Text>
              <SegmentedControl
                fullWidth
                data={[
                  { value: '', label: t('employeeForm.genderUnset') },
                  { value: 'female', label: t('employeeForm.female') },
                  { value: 'male', label: t('employeeForm.male') },
                  { value: 'other', label: t('employeeForm.other') },
                ]}
                {...form.getInputProps('gender')}
              />
            </Stack>
          </Grid.Col>
        </Grid>

        <Divider label={t('employeeForm.work')} labelPosition="left" />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DepartmentSelect label={t('common.department')} placeholder={t('employeeForm.chooseDepartment')} departments={departments.data ?? []} clearable data-testid="employee-department" {...form.getInputProps('departmentId')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Autocomplete
              label={t('employeeForm.position')}
              description={t('employeeForm.positionHint')}
              placeholder={t('employeeForm.positionPlaceholder')}
              data={(positions.data ?? []).map((p) => p.title)}
              filter={foldedOptionsFilter}
              {...form.getInputProps('position')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <EmployeeSelect
              label={t('employees.manager')}
              placeholder={t('employeeForm.chooseManager')}
              employees={(employees.data ?? []).filter((e) => e.id !== employee?.id)}
              departmentFirst={values.departmentId}
              clearable
              {...form.getInputProps('managerId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DayInput label={t('employees.startDate')} required data-testid="employee-start" {...form.getInputProps('startDate')} />
          </Grid.Col>
          {locations.data?.length ? (
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('employeeForm.location')} data={locations.data.map((l) => ({ value: l.id, label: l.name }))} clearable {...form.getInputProps('locationId')} />
            </Grid.Col>
          ) : null}
        </Grid>

        <Divider label={t('employeeForm.links')} labelPosition="left" />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('employeeForm.account')}
              description={t('employeeForm.accountHint')}
              placeholder={t('employeeForm.noAccount')}
              data={memberOptions}
              searchable
              filter={foldedOptionsFilter}
              clearable
              data-testid="employee-account"
              {...form.getInputProps('userId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <PersonPicker
              label={t('employeeForm.person')}
              description={t('employeeForm.personHint')}
              value={values.personId}
              onChange={(personId) => form.setFieldValue('personId', personId)}
            />
          </Grid.Col>
        </Grid>

        {employee ? (
          <>
            <Divider label={t('employeeForm.statusSection')} labelPosition="left" />
            <SegmentedControl
              data={EMPLOYEE_STATUSES.map((s) => ({ value: s, label: t(`employeeStatus.${s}`) }))}
              value={values.status}
              onChange={(value) => {
                if (isEmployeeStatus(value)) form.setFieldValue('status', value);
              }}
              data-testid="employee-status-control"
            />
            {values.status === 'left' ? (
              <Grid>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <DayInput label={t('employeeForm.leftDate')} required {...form.getInputProps('leftDate')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <Textarea label={t('employeeForm.leftReason')} autosize minRows={1} maxRows={4} {...form.getInputProps('leftReason')} />
                </Grid.Col>
              </Grid>
            ) : null}
          </>
        ) : null}

        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tandem-form-footer">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending || createPosition.isPending} data-testid="employee-submit">
            {employee ? t('common.save') : t('employees.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
