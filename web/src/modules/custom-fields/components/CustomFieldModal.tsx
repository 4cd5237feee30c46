import { Alert, Button, Checkbox, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldType, TCustomFieldDefinition } from '@tandem/shared';
import { CUSTOM_FIELD_TYPES, isCustomFieldType } from '../../../ui/customerLists';
import { notifySuccess } from '../../../ui/notify';
import { useFormFailure } from '../../../ui/useFormFailure';
import type { CustomFieldEntity } from '../api/customFieldsApi';
import { keyFromLabel } from '../customValues';
import { useCreateCustomField, useUpdateCustomField } from '../hooks/useCustomFields';

type CustomFieldModalProps = {
  opened: boolean;
  onClose: () => void;
  entity: CustomFieldEntity;
  /** The field to change; none to define a new one. */
  editing: TCustomFieldDefinition | null;
  /** Where a new field goes: after the existing ones. */
  nextPosition: number;
};

type Values = { label: string; key: string; type: CustomFieldType; options: string[]; required: boolean };

const hasOptions = (type: CustomFieldType) => type === 'select' || type === 'multiselect';

/** Define a custom field, or change the label, options and requiredness of one. */
export function CustomFieldModal({ opened, onClose, entity, editing, nextPosition }: CustomFieldModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? t('customFields.editTitle') : t('customFields.addTitle')} size="lg">
      {opened ? <CustomFieldForm entity={entity} editing={editing} nextPosition={nextPosition} onDone={onClose} /> : null}
    </Modal>
  );
}

function CustomFieldForm({ entity, editing, nextPosition, onDone }: Omit<CustomFieldModalProps, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCustomField();
  const update = useUpdateCustomField();
  // The key follows the label until someone edits it by hand.
  const [keyTouched, setKeyTouched] = useState(editing !== null);
  const form = useForm<Values>({
    initialValues: {
      label: editing?.label ?? '',
      key: editing?.key ?? '',
      type: editing?.type ?? 'text',
      options: editing?.options ?? [],
      required: editing?.required ?? false,
    },
    validate: {
      label: (value) => (value.trim() ? null : t('customFields.labelRequired')),
      key: (value) => (/^[a-z][a-z0-9_]{0,62}$/.test(value) ? null : t('customFields.keyInvalid')),
      options: (value, values) => (hasOptions(values.type) && value.length === 0 ? t('customFields.optionsRequired') : null),
    },
  });
  const { failure, reset, handleError } = useFormFailure(form);

  const submit = form.onSubmit((values) => {
    reset();
    const options = hasOptions(values.type) ? values.options : [];
    if (editing) {
      update.mutate(
        { id: editing.id, body: { label: values.label.trim(), options, required: values.required } },
        { onSuccess: () => (notifySuccess(t('customFields.saved', { label: values.label.trim() })), onDone()), onError: handleError },
      );
    } else {
      create.mutate(
        { entity, key: values.key, label: values.label.trim(), type: values.type, options, required: values.required, position: nextPosition },
        {
          onSuccess: () => (notifySuccess(t('customFields.created', { label: values.label.trim() })), onDone()),
          onError: handleError,
        },
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('customFields.label')}
          placeholder={t('customFields.labelPlaceholder')}
          required
          data-autofocus
          maxLength={100}
          data-testid="cf-label"
          {...form.getInputProps('label')}
          onChange={(event) => {
            const label = event.currentTarget.value;
            form.setFieldValue('label', label);
            if (!keyTouched) form.setFieldValue('key', keyFromLabel(label));
          }}
        />
        <TextInput
          label={t('customFields.key')}
          description={editing ? t('customFields.keyFixed') : t('customFields.keyHint')}
          required
          disabled={editing !== null}
          maxLength={63}
          ff="monospace"
          data-testid="cf-key"
          {...form.getInputProps('key')}
          onChange={(event) => {
            setKeyTouched(true);
            form.setFieldValue('key', event.currentTarget.value.toLowerCase());
          }}
        />
        <Select
          label={t('customFields.type')}
          description={editing ? t('customFields.typeFixed') : undefined}
          data={CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: t(`customFields.types.${type}`) }))}
          value={form.values.type}
          onChange={(value) => isCustomFieldType(value) && form.setFieldValue('type', value)}
          allowDeselect={false}
          disabled={editing !== null}
          data-testid="cf-type"
        />
        {hasOptions(form.values.type) ? (
          <TagsInput
            label={t('customFields.options')}
            description={t('customFields.optionsHint')}
            placeholder={t('customFields.optionsPlaceholder')}
            required
            data-testid="cf-options"
            {...form.getInputProps('options')}
          />
        ) : null}
        <Checkbox label={t('customFields.required')} description={t('customFields.requiredHint')} {...form.getInputProps('required', { type: 'checkbox' })} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="cf-submit">
            {editing ? t('common.save') : t('customFields.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
