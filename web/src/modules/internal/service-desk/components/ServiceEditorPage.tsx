import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowLeft, IconArrowUp, IconClock, IconEye, IconForms, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { useFormatters } from '../../../../i18n/format';
import { QueryError } from '../../../../ui/ListStates';
import { notifySuccess } from '../../../../ui/notify';
import { NotFoundScreen } from '../../../../ui/StatusScreens';
import { useSaveFailure } from '../../common/formErrors';
import { FIELD_TYPES, isFieldType } from '../../common/lists';
import type { TService } from '../../common/types';
import { DepartmentSelect, EmployeeSelect } from '../../common/ui';
import { useDepartments } from '../../departments/hooks/useDepartments';
import { useAllEmployees } from '../../employees/hooks/useEmployees';
import { checkFields, fieldsForSave, type EditableField } from '../formFields';
import { hoursToMinutes, minutesToHours } from '../hours';
import { useSaveService, useService } from '../hooks/useServiceDesk';
import { AnswerInput } from './RequestFormModal';

type ServiceEditorPageProps = { serviceId: string | null; departmentId?: string };

/** Publish or change a service: its form (a fields builder), who answers it and its SLA in working hours. */
export function ServiceEditorPage({ serviceId, departmentId }: ServiceEditorPageProps) {
  const service = useService(serviceId);
  if (serviceId === null) return <ServiceEditor service={null} departmentId={departmentId} />;
  if (service.isPending) return <Skeleton h={500} radius="lg" />;
  if (service.isError) {
    if (isApiError(service.error) && service.error.status === 404) return <NotFoundScreen homeHref="/internal/services" />;
    return <QueryError error={service.error} onRetry={() => void service.refetch()} />;
  }
  return <ServiceEditor key={service.data.id} service={service.data} />;
}

type EditorField = EditableField & { uid: string };

type Values = {
  name: string;
  departmentId: string | null;
  description: string;
  defaultAssigneeId: string | null;
  firstResponseHours: number | string;
  resolutionHours: number | string;
  active: boolean;
  fields: EditorField[];
};

function ServiceEditor({ service, departmentId }: { service: TService | null; departmentId?: string }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const navigate = useNavigate();
  const departments = useDepartments();
  const employees = useAllEmployees();
  const save = useSaveService();
  const nextUid = useRef(0);
  const uid = () => `f${(nextUid.current += 1)}`;

  const form = useForm<Values>({
    initialValues: {
      name: service?.name ?? '',
      departmentId: service?.departmentId ?? departmentId ?? null,
      description: service?.description ?? '',
      defaultAssigneeId: service?.defaultAssigneeId ?? null,
      firstResponseHours: service ? minutesToHours(service.firstResponseMinutes) : 4,
      resolutionHours: service ? minutesToHours(service.resolutionMinutes) : 16,
      active: service?.active ?? true,
      fields: (service?.formFields ?? []).map((f) => ({
        key: f.key,
        label: f.label,
        type: isFieldType(f.type) ? f.type : 'text',
        required: f.required,
        ...(f.options ? { options: f.options } : {}),
        saved: true,
        uid: uid(),
      })),
    },
    validate: {
      name: (value) => (value.trim() ? null : t('form.required')),
      departmentId: (value) => (value ? null : t('form.required')),
      firstResponseHours: (value) => (hoursToMinutes(value) ? null : t('serviceEditor.hoursInvalid')),
      resolutionHours: (value, values) => {
        const minutes = hoursToMinutes(value);
        if (!minutes) return t('serviceEditor.hoursInvalid');
        const first = hoursToMinutes(values.firstResponseHours);
        return first && minutes < first ? t('form.resolutionBeforeResponse') : null;
      },
    },
  });
  const failure = useSaveFailure(form);
  const values = form.getValues();
  const preview = fieldsForSave(values.fields);

  const addField = () =>
    form.insertListItem('fields', { key: '', label: '', type: 'text', required: false, saved: false, uid: uid() } satisfies EditorField);

  const submit = form.onSubmit((v) => {
    failure.reset();
    const problems = checkFields(v.fields);
    if (problems.some(Boolean)) {
      problems.forEach((problem, i) => {
        if (problem === 'label') form.setFieldError(`fields.${i}.label`, t('form.required'));
        if (problem === 'options') form.setFieldError(`fields.${i}.options`, t('serviceEditor.optionsRequired'));
      });
      return;
    }
    const body = {
      name: v.name.trim(),
      departmentId: v.departmentId ?? '',
      description: v.description.trim() || null,
      defaultAssigneeId: v.defaultAssigneeId,
      firstResponseMinutes: hoursToMinutes(v.firstResponseHours) ?? 0,
      resolutionMinutes: hoursToMinutes(v.resolutionHours) ?? 0,
      formFields: fieldsForSave(v.fields),
    };
    save.mutate(
      { id: service?.id ?? null, body, ...(service ? { active: v.active } : {}) },
      {
        onSuccess: (saved) => {
          notifySuccess(service ? t('serviceEditor.saved', { name: saved.name }) : t('serviceEditor.created', { name: saved.name }));
          void navigate({ to: '/internal/services', search: { departmentId: saved.departmentId } });
        },
        onError: failure.handleError,
      },
    );
  });

  const minutesHint = (hours: number | string) => {
    const minutes = hoursToMinutes(hours);
    return minutes ? t('serviceEditor.workingMinutes', { minutes: format.number(minutes) }) : undefined;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Anchor component={Link} to="/internal/services" size="sm" c="dimmed" w="fit-content">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('serviceEditor.back')}
          </Group>
        </Anchor>
        <Title order={2} fz={{ base: 22, sm: 26 }}>
          {service ? t('serviceEditor.editTitle', { name: service.name }) : t('serviceEditor.createTitle')}
        </Title>

        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <Card>
                <Stack gap="sm">
                  <TextInput label={t('serviceEditor.name')} placeholder={t('serviceEditor.namePlaceholder')} required data-testid="service-name" {...form.getInputProps('name')} />
                  <DepartmentSelect
                    label={t('serviceEditor.department')}
                    description={t('serviceEditor.departmentHint')}
                    departments={departments.data ?? []}
                    required
                    data-testid="service-department"
                    {...form.getInputProps('departmentId')}
                  />
                  <Textarea label={t('serviceEditor.descriptionLabel')} autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
                  <EmployeeSelect
                    label={t('serviceEditor.assignee')}
                    description={t('serviceEditor.assigneeHint')}
                    employees={employees.data ?? []}
                    departmentFirst={values.departmentId}
                    clearable
                    {...form.getInputProps('defaultAssigneeId')}
                  />
                  {service ? <Switch label={t('serviceEditor.active')} description={t('serviceEditor.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} /> : null}
                </Stack>
              </Card>

              <Card>
                <Group gap={8} mb="xs">
                  <IconClock size={18} color="var(--mantine-color-ocean-7)" />
                  <Text fw={600}>{t('serviceEditor.slaTitle')}</Text>
                </Group>
                <Text size="sm" c="dimmed" mb="sm">
                  {t('serviceEditor.slaLead')}{' '}
                  <Anchor component={Link} to="/internal/calendar" size="sm">
                    {t('calendar.title')}
                  </Anchor>
                </Text>
                <Grid>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <NumberInput
                      label={t('serviceEditor.firstResponse')}
                      description={minutesHint(values.firstResponseHours)}
                      rightSection={<Text size="xs" c="dimmed" pr="xs">{t('serviceEditor.hoursUnit')}</Text>}
                      rightSectionWidth={48}
                      min={0}
                      step={0.5}
                      decimalScale={2}
                      decimalSeparator=","
                      data-testid="service-first-response"
                      {...form.getInputProps('firstResponseHours')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <NumberInput
                      label={t('serviceEditor.resolution')}
                      description={minutesHint(values.resolutionHours)}
                      rightSection={<Text size="xs" c="dimmed" pr="xs">{t('serviceEditor.hoursUnit')}</Text>}
                      rightSectionWidth={48}
                      min={0}
                      step={0.5}
                      decimalScale={2}
                      decimalSeparator=","
                      data-testid="service-resolution"
                      {...form.getInputProps('resolutionHours')}
                    />
                  </Grid.Col>
                </Grid>
              </Card>

              <Card data-testid="fields-builder">
                <Group justify="space-between" mb="xs">
                  <Group gap={8}>
                    <IconForms size={18} color="var(--mantine-color-ocean-7)" />
                    <Text fw={600}>{t('serviceEditor.fieldsTitle')}</Text>
                  </Group>
                  <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={addField} data-testid="add-field">
                    {t('serviceEditor.addField')}
                  </Button>
                </Group>
                <Text size="sm" c="dimmed" mb="sm">
                  {t('serviceEditor.fieldsLead')}
                </Text>
                <Stack gap="sm">
                  {values.fields.map((field, index) => (
                    <Paper key={field.uid} withBorder p="sm" radius="md" data-testid="field-row">
                      <Stack gap="xs">
                        <Group gap="xs" align="flex-start" wrap="wrap">
                          <TextInput
                            label={t('serviceEditor.fieldLabel')}
                            placeholder={t('serviceEditor.fieldLabelPlaceholder')}
                            style={{ flex: '1 1 220px' }}
                            data-testid="field-label"
                            {...form.getInputProps(`fields.${index}.label`)}
                          />
                          <Select
                            label={t('serviceEditor.fieldType')}
                            data={FIELD_TYPES.map((type) => ({ value: type, label: t(`fieldType.${type}`) }))}
                            allowDeselect={false}
                            w={170}
                            data-testid="field-type"
                            {...form.getInputProps(`fields.${index}.type`)}
                          />
                        </Group>
                        {field.type === 'select' ? (
                          <TagsInput
                            label={t('serviceEditor.options')}
                            description={t('serviceEditor.optionsHint')}
                            data-testid="field-options"
                            {...form.getInputProps(`fields.${index}.options`)}
                            value={field.options ?? []}
                          />
                        ) : null}
                        <Group justify="space-between" gap="xs">
                          <Group gap="sm">
                            <Checkbox label={t('serviceEditor.required')} {...form.getInputProps(`fields.${index}.required`, { type: 'checkbox' })} />
                            <Tooltip label={field.saved ? t('serviceEditor.keySaved') : t('serviceEditor.keyNew')}>
                              <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
                                {preview[index]?.key}
                              </Badge>
                            </Tooltip>
                          </Group>
                          <Group gap={4}>
                            <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => form.reorderListItem('fields', { from: index, to: index - 1 })} aria-label={t('serviceEditor.moveUp')}>
                              <IconArrowUp size={16} />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              disabled={index === values.fields.length - 1}
                              onClick={() => form.reorderListItem('fields', { from: index, to: index + 1 })}
                              aria-label={t('serviceEditor.moveDown')}
                            >
                              <IconArrowDown size={16} />
                            </ActionIcon>
                            <ActionIcon variant="subtle" color="red" onClick={() => form.removeListItem('fields', index)} aria-label={t('serviceEditor.removeField')}>
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Group>
                        </Group>
                      </Stack>
                    </Paper>
                  ))}
                  {values.fields.length === 0 ? (
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      {t('serviceEditor.noFields')}
                    </Text>
                  ) : null}
                </Stack>
              </Card>
            </Stack>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card style={{ position: 'sticky', top: 76 }} data-testid="form-preview">
              <Group gap={8} mb="sm">
                <IconEye size={18} color="var(--mantine-color-ocean-7)" />
                <Text fw={600}>{t('serviceEditor.preview')}</Text>
              </Group>
              <Stack gap="sm">
                <TextInput label={t('requestForm.subject')} placeholder={t('requestForm.subjectPlaceholder', { service: values.name || '…' })} required readOnly />
                {preview.map((field, i) =>
                  field.label ? <AnswerInput key={values.fields[i]?.uid ?? i} field={field} inputProps={{ onChange: () => undefined }} /> : null,
                )}
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>

        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tandem-form-footer">
          <Button variant="default" component={Link} to="/internal/services">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="service-submit">
            {service ? t('common.save') : t('serviceEditor.publish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
