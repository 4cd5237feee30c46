import { Alert, Button, Group, Modal, NumberInput, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput, Textarea, useMantineTheme } from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../ui/notify';
import { useSaveFailure } from '../../common/formErrors';
import { PRIORITIES } from '../../common/lists';
import type { Priority, TService } from '../../common/types';
import { DayInput } from '../../common/ui';
import { useMyEmployee } from '../../employees/hooks/useEmployees';
import { toAnswers, type AnswerValue, type ServiceField } from '../formFields';
import { useCreateRequest } from '../hooks/useServiceDesk';
import { ServiceSla } from './ServiceSla';

type RequestFormModalProps = { service: TService | null; onClose: () => void };

/** "Gửi yêu cầu": the service's own form, rendered from its fields, then the request's page. */
export function RequestFormModal({ service, onClose }: RequestFormModalProps) {
  const { t } = useTranslation('internal');
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal
      opened={service !== null}
      onClose={onClose}
      title={service ? t('requestForm.title', { service: service.name }) : ''}
      size="lg"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      closeOnClickOutside={false}
    >
      {service ? <RequestForm key={service.id} service={service} onCancel={onClose} /> : null}
    </Modal>
  );
}

type Values = { title: string; priority: Priority; answers: Record<string, AnswerValue> };

function RequestForm({ service, onCancel }: { service: TService; onCancel: () => void }) {
  const { t } = useTranslation('internal');
  const navigate = useNavigate();
  const me = useMyEmployee();
  const create = useCreateRequest();
  const form = useForm<Values>({
    initialValues: {
      title: '',
      priority: 'normal',
      answers: Object.fromEntries(service.formFields.map((f) => [f.key, f.type === 'number' ? null : ''])),
    },
  });
  const failure = useSaveFailure(form);
  const noRecord = !me.isPending && me.employee === null;

  const submit = form.onSubmit((values) => {
    failure.reset();
    const { answers, problems } = toAnswers(service.formFields, values.answers);
    const errors: Record<string, string> = {};
    if (!values.title.trim()) errors.title = t('form.required');
    for (const [key, problem] of Object.entries(problems)) errors[`answers.${key}`] = t(`requestForm.problem.${problem}`);
    if (Object.keys(errors).length) return form.setErrors(errors);
    create.mutate(
      { serviceId: service.id, title: values.title.trim(), priority: values.priority, answers },
      {
        onSuccess: (request) => {
          notifySuccess(t('requestForm.sent', { number: request.number }));
          onCancel();
          void navigate({ to: '/internal/requests/$requestId', params: { requestId: request.id } });
        },
        onError: failure.handleError,
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="request-form">
      <Stack>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('requestForm.to', { department: service.departmentName })}
          </Text>
          {service.description ? <Text size="sm">{service.description}</Text> : null}
          <ServiceSla service={service} />
        </Stack>
        {noRecord ? (
          <Alert color="yellow" icon={<IconInfoCircle size={18} />} title={t('requestForm.noRecordTitle')} data-testid="no-employee-record">
            {t('requestForm.noRecordText')}
          </Alert>
        ) : null}
        <TextInput
          label={t('requestForm.subject')}
          placeholder={t('requestForm.subjectPlaceholder', { service: service.name })}
          required
          data-autofocus
          data-testid="request-title"
          {...form.getInputProps('title')}
        />
        {service.formFields.map((field) => (
          <AnswerInput key={field.key} field={field} inputProps={form.getInputProps(`answers.${field.key}`)} />
        ))}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('requestForm.priority')}
          </Text>
          <SegmentedControl
            data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            {...form.getInputProps('priority')}
            fullWidth
          />
        </Stack>
        {failure.failure ? (
          <Alert color="red" variant="light">
            {failure.failure}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tandem-form-footer">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={noRecord} data-testid="request-submit">
            {t('requestForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One field of a service's form, by its type. */
export function AnswerInput({ field, inputProps }: { field: ServiceField; inputProps: GetInputPropsReturnType }) {
  const { t } = useTranslation('internal');
  const common = { label: field.label, required: field.required, 'data-testid': `answer-${field.key}` };
  switch (field.type) {
    case 'textarea':
      return <Textarea autosize minRows={3} maxRows={8} {...common} {...inputProps} />;
    case 'number':
      return <NumberInput thousandSeparator="." decimalSeparator="," {...common} {...inputProps} />;
    case 'date':
      return <DayInput description={t('common.dayHint')} {...common} {...inputProps} />;
    case 'select':
      return <Select data={field.options ?? []} placeholder={t('requestForm.choose')} clearable={!field.required} {...common} {...inputProps} />;
    default:
      return <TextInput {...common} {...inputProps} />;
  }
}
