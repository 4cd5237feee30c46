import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCreateApiKeyRequest, TCreateApiKeyResponse } from '@tandem/shared';
import { isRole, useRoleOptions } from '../../../ui/roles';
import { SecretReveal } from '../../../ui/SecretReveal';
import { useFormFailure } from '../../../ui/useFormFailure';
import { isApiError } from '../../../api/client';
import { useCreateApiKey } from '../hooks/useApiKeys';

type KeyRole = TCreateApiKeyRequest['role'];

type CreateApiKeyModalProps = { opened: boolean; onClose: () => void };

/** Names a new key and picks its role, then shows the secret exactly once. */
export function CreateApiKeyModal({ opened, onClose }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<TCreateApiKeyResponse | null>(null);

  const close = () => {
    // Dropping the response here is what makes the key impossible to show twice.
    setCreated(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('apiKeys.createdTitle') : t('apiKeys.createTitle')}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack data-testid="api-key-created">
          <Text size="sm">{t('apiKeys.createdIntro', { name: created.apiKey.name })}</Text>
          <SecretReveal value={created.key} testId="api-key-secret" />
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('apiKeys.onceTitle')}>
            {t('apiKeys.onceWarning')}
          </Alert>
          <Text size="xs" c="dimmed">
            {t('apiKeys.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={close} data-testid="api-key-done">
              {t('apiKeys.savedIt')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <CreateApiKeyForm onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

type CreateApiKeyFormProps = { onCreated: (response: TCreateApiKeyResponse) => void; onCancel: () => void };

function CreateApiKeyForm({ onCreated, onCancel }: CreateApiKeyFormProps) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  // Keys never act as owner: an owner must be a person who can be held to account.
  const roleOptions = useRoleOptions(['owner']);
  const form = useForm<{ name: string; role: KeyRole }>({
    initialValues: { name: '', role: 'staff' },
    validate: { name: (value) => (value.trim() ? null : t('apiKeys.nameRequired')) },
  });
  const { failure, reset, handleError } = useFormFailure(form);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        reset();
        create.mutate(
          { name: values.name.trim(), role: values.role },
          {
            onSuccess: onCreated,
            onError: (error) =>
              isApiError(error) && error.code === 'forbidden'
                ? form.setFieldError('role', t('apiKeys.roleNotAllowed'))
                : handleError(error),
          },
        );
      })}
    >
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('apiKeys.name')}
          description={t('apiKeys.nameHint')}
          placeholder={t('apiKeys.namePlaceholder')}
          required
          data-autofocus
          maxLength={100}
          data-testid="api-key-name"
          {...form.getInputProps('name')}
        />
        <Select
          label={t('apiKeys.role')}
          description={t('apiKeys.roleHint')}
          data={roleOptions}
          allowDeselect={false}
          value={form.values.role}
          onChange={(value) => {
            if (isRole(value) && value !== 'owner') form.setFieldValue('role', value);
          }}
          error={form.errors.role}
          data-testid="api-key-role"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="api-key-submit">
            {t('apiKeys.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
