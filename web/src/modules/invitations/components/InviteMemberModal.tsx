import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, TCreateInvitationResponse } from '@tandem/shared';
import { useFormFailure } from '../../../ui/useFormFailure';
import { isApiError } from '../../../api/client';
import { useRoleOptions, isRole } from '../../../ui/roles';
import { SecretReveal } from '../../../ui/SecretReveal';
import { useCreateInvitation } from '../hooks/useInvitations';

type InviteMemberModalProps = { opened: boolean; onClose: () => void; currentRole: Role };

/** Invite by e-mail; afterwards the link is shown once, to copy and send. */
export function InviteMemberModal({ opened, onClose, currentRole }: InviteMemberModalProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<TCreateInvitationResponse | null>(null);

  const close = () => {
    // The link is never shown again once the dialog closes.
    setCreated(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('invitations.linkTitle') : t('invitations.inviteTitle')}
      size="lg"
    >
      {created ? (
        <Stack>
          <Text size="sm">{t('invitations.linkIntro', { email: created.invitation.email })}</Text>
          <SecretReveal value={created.acceptUrl} testId="invitation-link" />
          <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
            {t('invitations.linkOnce')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <InviteForm currentRole={currentRole} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

type InviteFormProps = {
  currentRole: Role;
  onCreated: (response: TCreateInvitationResponse) => void;
  onCancel: () => void;
};

function InviteForm({ currentRole, onCreated, onCancel }: InviteFormProps) {
  const { t } = useTranslation();
  const create = useCreateInvitation();
  const roleOptions = useRoleOptions(currentRole === 'owner' ? [] : ['owner']);
  const form = useForm<{ email: string; role: Role }>({
    initialValues: { email: '', role: 'staff' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('invitations.emailInvalid')),
    },
  });

  const { failure, reset, handleError } = useFormFailure(form);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        reset();
        create.mutate(
          { email: values.email.trim(), role: values.role },
          {
            onSuccess: onCreated,
            onError: (error) => {
              // Two refusals belong to a field: the address is taken, or the role is above the inviter's.
              if (isApiError(error) && error.code === 'conflict') form.setFieldError('email', t('invitations.alreadyMember'));
              else if (isApiError(error) && error.code === 'forbidden') form.setFieldError('role', t('invitations.roleNotAllowed'));
              else handleError(error);
            },
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
          label={t('invitations.email')}
          placeholder={t('invitations.emailPlaceholder')}
          type="email"
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <Select
          label={t('invitations.role')}
          description={t('invitations.roleHint')}
          data={roleOptions}
          allowDeselect={false}
          value={form.values.role}
          onChange={(value) => isRole(value) && form.setFieldValue('role', value)}
          error={form.errors.role}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('invitations.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
