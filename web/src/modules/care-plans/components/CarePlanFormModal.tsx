import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import {
  CARE_PLAN_TRIGGERS,
  CUSTOMER_TYPES,
  LIFECYCLE_STAGES,
  TASK_PRIORITIES,
  type CarePlanTriggerType,
  type TCarePlan,
  type TCarePlanPreviewRequest,
  type TCreateCarePlanRequest,
} from '@tandem/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { useErrorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useMemberDirectory } from '../../members';
import { useCarePlanPreview, useSaveCarePlan } from '../hooks/useCarePlans';
import { CarePlanPreviewPanel } from './CarePlanPreviewPanel';

type Priority = (typeof TASK_PRIORITIES)[number];
type Stage = (typeof LIFECYCLE_STAGES)[number];
type CustomerType = (typeof CUSTOMER_TYPES)[number];

export type CarePlanFormValues = {
  name: string;
  description: string;
  triggerType: CarePlanTriggerType;
  days: number;
  stage: Stage | null;
  lifecycleStages: Stage[];
  customerTypes: CustomerType[];
  tags: string[];
  ownerUserIds: string[];
  taskOn: boolean;
  taskTitle: string;
  taskDescription: string;
  taskAssignee: 'owner' | 'user';
  taskAssigneeUserId: string | null;
  taskDueInDays: number;
  taskPriority: Priority;
  emailOn: boolean;
  emailSubject: string;
  emailBody: string;
  emailPurpose: 'marketing' | 'transactional';
};

function initialValues(plan: TCarePlan | null): CarePlanFormValues {
  return {
    name: plan?.name ?? '',
    description: plan?.description ?? '',
    triggerType: plan?.trigger.type ?? 'first_purchase',
    days: plan?.trigger.days ?? 7,
    stage: plan?.trigger.stage ?? null,
    lifecycleStages: plan?.audience.lifecycleStages ?? [],
    customerTypes: plan?.audience.customerTypes ?? [],
    tags: plan?.audience.tags ?? [],
    ownerUserIds: plan?.audience.ownerUserIds ?? [],
    taskOn: plan ? plan.task !== null : true,
    taskTitle: plan?.task?.title ?? '',
    taskDescription: plan?.task?.description ?? '',
    taskAssignee: plan?.task?.assignee ?? 'owner',
    taskAssigneeUserId: plan?.task?.assigneeUserId ?? null,
    taskDueInDays: plan?.task?.dueInDays ?? 1,
    taskPriority: plan?.task?.priority ?? 'normal',
    emailOn: plan ? plan.email !== null : false,
    emailSubject: plan?.email?.subject ?? '',
    emailBody: plan?.email?.body ?? '',
    emailPurpose: plan?.email?.purpose ?? 'marketing',
  };
}

/** The form as the API's request body. */
export function toRequest(v: CarePlanFormValues, enabled: boolean): TCreateCarePlanRequest {
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    enabled,
    trigger: { type: v.triggerType, days: v.days, stage: v.triggerType === 'stage_changed' ? v.stage : null },
    audience: { lifecycleStages: v.lifecycleStages, customerTypes: v.customerTypes, tags: v.tags, ownerUserIds: v.ownerUserIds },
    task: v.taskOn
      ? {
          title: v.taskTitle.trim(),
          description: v.taskDescription.trim() || null,
          assignee: v.taskAssignee,
          assigneeUserId: v.taskAssigneeUserId,
          dueInDays: v.taskDueInDays,
          priority: v.taskPriority,
        }
      : null,
    email: v.emailOn ? { subject: v.emailSubject.trim(), body: v.emailBody.trim(), purpose: v.emailPurpose } : null,
  };
}

/** Server field paths (`trigger.stage`, `task.title`, `audience.ownerUserIds.0`...) → form fields. */
const FIELD_OF: Record<string, keyof CarePlanFormValues> = {
  name: 'name',
  description: 'description',
  'trigger.type': 'triggerType',
  'trigger.days': 'days',
  'trigger.stage': 'stage',
  'audience.lifecycleStages': 'lifecycleStages',
  'audience.customerTypes': 'customerTypes',
  'audience.tags': 'tags',
  'audience.ownerUserIds': 'ownerUserIds',
  task: 'taskOn',
  'task.title': 'taskTitle',
  'task.description': 'taskDescription',
  'task.assigneeUserId': 'taskAssigneeUserId',
  'task.dueInDays': 'taskDueInDays',
  email: 'emailOn',
  'email.subject': 'emailSubject',
  'email.body': 'emailBody',
};

export function formFieldOf(path: string): keyof CarePlanFormValues | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const field = FIELD_OF[parts.slice(0, n).join('.')];
    if (field) return field;
  }
  return null;
}

/** Template variables shown as themselves in help texts (i18next would fill them in). */
const LITERAL = { name: '{{name}}', firstName: '{{firstName}}', lastName: '{{lastName}}', email: '{{email}}', date: '{{date}}' } as const;

type CarePlanFormModalProps = { opened: boolean; plan: TCarePlan | null; onClose: () => void };

/** Create or change a care plan: trigger, audience, actions, and a live preview of who it would act on now. */
export function CarePlanFormModal({ opened, plan, onClose }: CarePlanFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={plan ? t('carePlans.form.editTitle') : t('carePlans.form.createTitle')}>
      {opened ? <CarePlanForm key={plan?.id ?? 'new'} plan={plan} onDone={onClose} /> : null}
    </Modal>
  );
}

function CarePlanForm({ plan, onDone }: { plan: TCarePlan | null; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const members = useMemberDirectory();
  const save = useSaveCarePlan();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CarePlanFormValues>({
    initialValues: initialValues(plan),
    validate: {
      name: (v) => (v.trim() ? null : t('carePlans.form.required')),
      stage: (v, all) => (all.triggerType === 'stage_changed' && !v ? t('carePlans.form.stageRequired') : null),
      taskOn: (v, all) => (!v && !all.emailOn ? t('carePlans.form.actionRequired') : null),
      taskTitle: (v, all) => (all.taskOn && !v.trim() ? t('carePlans.form.required') : null),
      taskAssigneeUserId: (v, all) => (all.taskOn && all.taskAssignee === 'user' && !v ? t('carePlans.form.assigneeRequired') : null),
      emailSubject: (v, all) => (all.emailOn && !v.trim() ? t('carePlans.form.required') : null),
      emailBody: (v, all) => (all.emailOn && !v.trim() ? t('carePlans.form.required') : null),
    },
  });
  const v = form.values;

  // The preview asks the server as the trigger and audience change (debounced).
  const previewBody = useMemo<TCarePlanPreviewRequest | null>(() => {
    if (v.triggerType === 'stage_changed' && !v.stage) return null;
    return {
      trigger: { type: v.triggerType, days: v.days, stage: v.triggerType === 'stage_changed' ? v.stage : null },
      audience: { lifecycleStages: v.lifecycleStages, customerTypes: v.customerTypes, tags: v.tags, ownerUserIds: v.ownerUserIds },
    };
  }, [v.triggerType, v.days, v.stage, v.lifecycleStages, v.customerTypes, v.tags, v.ownerUserIds]);
  const [debounced] = useDebouncedValue(previewBody, 400);
  const preview = useCarePlanPreview(debounced);

  const submit = (enabled: boolean) =>
    form.onSubmit((values) => {
      setFailure(null);
      save.mutate(
        { id: plan?.id ?? null, body: toRequest(values, enabled) },
        {
          onSuccess: (saved) => {
            notifySuccess(saved.enabled ? t('carePlans.savedEnabled', { name: saved.name }) : t('carePlans.saved', { name: saved.name }));
            onDone();
          },
          onError: (error) => {
            let placed = false;
            for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
              const field = formFieldOf(path);
              if (field) {
                form.setFieldError(field, message);
                placed = true;
              }
            }
            if (!placed) setFailure(errorMessage(error));
          },
        },
      );
    });

  const triggerOptions = CARE_PLAN_TRIGGERS.map((value) => ({ value, label: t(`carePlans.triggers.${value}`) }));
  const stageOptions = LIFECYCLE_STAGES.map((value) => ({ value, label: t(`customers.stages.${value}`) }));
  const typeOptions = CUSTOMER_TYPES.map((value) => ({ value, label: t(`customers.types.${value}`) }));
  const priorityOptions = TASK_PRIORITIES.map((value) => ({ value, label: t(`carePlans.priorities.${value}`) }));

  return (
    <form noValidate onSubmit={submit(plan?.enabled ?? false)}>
      <Stack gap="md">
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput label={t('carePlans.form.name')} placeholder={t('carePlans.form.namePlaceholder')} required maxLength={200} data-autofocus data-testid="care-plan-name" {...form.getInputProps('name')} />
        <Textarea label={t('carePlans.form.description')} autosize minRows={1} maxRows={4} maxLength={2000} {...form.getInputProps('description')} />

        <Fieldset legend={t('carePlans.form.when')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('carePlans.form.trigger')}
              data={triggerOptions}
              allowDeselect={false}
              data-testid="care-plan-trigger"
              {...form.getInputProps('triggerType')}
              onChange={(value) => {
                if (!value) return;
                form.setFieldValue('triggerType', value as CarePlanTriggerType);
                if (value === 'birthday' && v.days > 60) form.setFieldValue('days', 0);
              }}
            />
            <NumberInput
              label={t(`carePlans.daysLabel.${v.triggerType}`)}
              min={0}
              max={v.triggerType === 'birthday' ? 60 : 3650}
              allowDecimal={false}
              allowNegative={false}
              data-testid="care-plan-days"
              {...form.getInputProps('days')}
              onChange={(value) => form.setFieldValue('days', typeof value === 'number' ? value : Number(value) || 0)}
            />
            {v.triggerType === 'stage_changed' ? (
              <Select label={t('carePlans.form.toStage')} data={stageOptions} required data-testid="care-plan-stage" {...form.getInputProps('stage')} />
            ) : null}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t(`carePlans.triggerHelp.${v.triggerType}`, { days: v.days })}
          </Text>
        </Fieldset>

        <Fieldset legend={t('carePlans.form.audience')}>
          <Text size="xs" c="dimmed" mb="xs">
            {t('carePlans.form.audienceHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect label={t('carePlans.form.stages')} data={stageOptions} clearable placeholder={t('carePlans.form.any')} {...form.getInputProps('lifecycleStages')} />
            <MultiSelect label={t('carePlans.form.types')} data={typeOptions} clearable placeholder={t('carePlans.form.any')} {...form.getInputProps('customerTypes')} />
            <TagsInput label={t('carePlans.form.tags')} description={t('carePlans.form.tagsHelp')} clearable placeholder={t('carePlans.form.any')} {...form.getInputProps('tags')} />
            <MultiSelect
              label={t('carePlans.form.owners')}
              data={members.options}
              searchable
              clearable
              placeholder={t('carePlans.form.any')}
              {...form.getInputProps('ownerUserIds')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('carePlans.form.actions')}>
          <Stack gap="sm">
            <Checkbox label={t('carePlans.form.taskOn')} data-testid="care-plan-task-on" {...form.getInputProps('taskOn', { type: 'checkbox' })} />
            {v.taskOn ? (
              <Stack gap="sm" pl="lg">
                <TextInput
                  label={t('carePlans.form.taskTitle')}
                  description={t('carePlans.form.taskTitleHelp', LITERAL)}
                  placeholder={t('carePlans.form.taskTitlePlaceholder', LITERAL)}
                  required
                  maxLength={300}
                  data-testid="care-plan-task-title"
                  {...form.getInputProps('taskTitle')}
                />
                <Textarea label={t('carePlans.form.taskDescription')} autosize minRows={1} maxRows={4} {...form.getInputProps('taskDescription')} />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Stack gap={4}>
                    <Text size="sm" fw={500}>
                      {t('carePlans.form.assignee')}
                    </Text>
                    <SegmentedControl
                      data={[
                        { value: 'owner', label: t('carePlans.form.assigneeOwner') },
                        { value: 'user', label: t('carePlans.form.assigneeUser') },
                      ]}
                      {...form.getInputProps('taskAssignee')}
                    />
                  </Stack>
                  <NumberInput
                    label={t('carePlans.form.dueInDays')}
                    min={0}
                    max={365}
                    allowDecimal={false}
                    allowNegative={false}
                    {...form.getInputProps('taskDueInDays')}
                    onChange={(value) => form.setFieldValue('taskDueInDays', typeof value === 'number' ? value : Number(value) || 0)}
                  />
                  <Select label={t('carePlans.form.priority')} data={priorityOptions} allowDeselect={false} {...form.getInputProps('taskPriority')} />
                </SimpleGrid>
                <Select
                  label={v.taskAssignee === 'user' ? t('carePlans.form.assigneeUserLabel') : t('carePlans.form.assigneeFallbackLabel')}
                  description={v.taskAssignee === 'owner' ? t('carePlans.form.assigneeFallbackHelp') : undefined}
                  data={members.options}
                  searchable
                  clearable={v.taskAssignee === 'owner'}
                  required={v.taskAssignee === 'user'}
                  {...form.getInputProps('taskAssigneeUserId')}
                />
              </Stack>
            ) : null}
            <Divider />
            <Checkbox label={t('carePlans.form.emailOn')} data-testid="care-plan-email-on" {...form.getInputProps('emailOn', { type: 'checkbox' })} />
            {v.emailOn ? (
              <Stack gap="sm" pl="lg">
                <Select
                  label={t('carePlans.form.purpose')}
                  description={t(`carePlans.form.purposeHelp.${v.emailPurpose}`)}
                  data={[
                    { value: 'marketing', label: t('carePlans.purposes.marketing') },
                    { value: 'transactional', label: t('carePlans.purposes.transactional') },
                  ]}
                  allowDeselect={false}
                  {...form.getInputProps('emailPurpose')}
                />
                <TextInput label={t('carePlans.form.subject')} required maxLength={300} {...form.getInputProps('emailSubject')} />
                <Textarea
                  label={t('carePlans.form.body')}
                  description={t('carePlans.form.bodyHelp', LITERAL)}
                  required
                  autosize
                  minRows={4}
                  maxRows={12}
                  {...form.getInputProps('emailBody')}
                />
              </Stack>
            ) : null}
            {form.errors.taskOn ? (
              <Text size="sm" c="red">
                {form.errors.taskOn}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>

        <CarePlanPreviewPanel preview={preview.data ?? null} loading={preview.isFetching} error={preview.error} waiting={debounced === null} />

        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          {plan?.enabled ? null : (
            <Button variant="light" type="submit" loading={save.isPending} data-testid="care-plan-save">
              {plan ? t('carePlans.form.save') : t('carePlans.form.saveOff')}
            </Button>
          )}
          <Button onClick={() => submit(true)()} loading={save.isPending} data-testid="care-plan-save-enable">
            {plan?.enabled ? t('carePlans.form.save') : t('carePlans.form.saveAndEnable', { count: preview.data?.count ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
