import { Alert, Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

type SaveViewModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Managers and up may share a view with the whole workspace. */
  canShare: boolean;
  saving: boolean;
  failure: string | null;
  onSave: (values: { name: string; shared: boolean }) => void;
};

/** Name the current list (filter, sort, columns) to open it again in one click. */
export function SaveViewModal({ opened, onClose, canShare, saving, failure, onSave }: SaveViewModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('views.saveTitle')}>
      {opened ? <SaveViewForm canShare={canShare} saving={saving} failure={failure} onSave={onSave} onCancel={onClose} /> : null}
    </Modal>
  );
}

function SaveViewForm({ canShare, saving, failure, onSave, onCancel }: Omit<SaveViewModalProps, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { name: '', shared: false },
    validate: { name: (value) => (value.trim() ? null : t('views.nameRequired')) },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSave({ name: values.name.trim(), shared: canShare && values.shared }))}>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('views.name')}
          placeholder={t('views.namePlaceholder')}
          required
          data-autofocus
          maxLength={100}
          data-testid="view-name"
          {...form.getInputProps('name')}
        />
        {canShare ? (
          <Checkbox label={t('views.shared')} description={t('views.sharedHint')} {...form.getInputProps('shared', { type: 'checkbox' })} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="view-save">
            {t('views.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
