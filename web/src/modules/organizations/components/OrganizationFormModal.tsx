import { Alert, Button, Divider, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, TextInput, Textarea, useMantineTheme } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDuplicateMatch, TOrganization } from '@tandem/shared';
import { isApiError } from '../../../api/client';
import { useErrorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth';
import { CustomFieldInput, useCustomFields } from '../../custom-fields';
import { ClassificationFields, DuplicateMatches, EmailsInput, PhonesInput, localizedFieldErrors } from '../../customers';
import { AddressFields } from '../../geo';
import { useCreateOrganization, useUpdateOrganization } from '../hooks/useOrganizations';
import { organizationFormValues, organizationRequest, type OrganizationFormErrors, type OrganizationFormValues } from '../organizationForm';

type OrganizationFormModalProps = {
  opened: boolean;
  onClose: () => void;
  organization: TOrganization | null;
  onSaved: (organization: TOrganization) => void;
};

/** Add or edit an organization, with its tax code. */
export function OrganizationFormModal({ opened, onClose, organization, onSaved }: OrganizationFormModalProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organization ? t('organizationForm.editTitle', { name: organization.name }) : t('organizationForm.createTitle')}
      size="xl"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      closeOnClickOutside={false}
    >
      {opened ? <OrganizationForm organization={organization} onSaved={onSaved} onCancel={onClose} /> : null}
    </Modal>
  );
}

function OrganizationForm({ organization, onSaved, onCancel }: { organization: TOrganization | null; onSaved: (o: TOrganization) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useSession();
  const definitions = useCustomFields('organization');
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const top = useRef<HTMLDivElement>(null);
  const [duplicates, setDuplicates] = useState<TDuplicateMatch[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OrganizationFormValues>({ initialValues: organizationFormValues(organization, definitions, session.user.id) });

  const messageOf = (key: OrganizationFormErrors[string]): string => {
    switch (key) {
      case 'nameRequired':
        return t('organizationForm.nameRequired');
      case 'dateInvalid':
        return t('customFields.dateInvalid');
      case 'numberInvalid':
        return t('customFields.numberInvalid');
      case 'required':
        return t('customerForm.required');
      default: {
        const never: never = key;
        return String(never);
      }
    }
  };

  const fail = (error: unknown) => {
    if (isApiError(error) && error.status === 409 && Array.isArray(error.problem.duplicates)) {
      setDuplicates(error.problem.duplicates as TDuplicateMatch[]);
    } else {
      const fieldErrors = localizedFieldErrors(error, t);
      const known = Object.keys(fieldErrors).filter((path) => (path.split('.')[0] ?? '') in form.values);
      if (known.length) form.setErrors(Object.fromEntries(known.map((path) => [path, fieldErrors[path]])));
      setFailure(known.length === Object.keys(fieldErrors).length && known.length > 0 ? null : errorMessage(error));
    }
    top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  const save = (allowDuplicate: boolean) => {
    setFailure(null);
    form.setValues({ phones: form.values.phones.filter((p) => p.number.trim()), emails: form.values.emails.filter((e) => e.address.trim()) });
    const result = organizationRequest(form.values, definitions);
    if (!result.ok) {
      form.setErrors(Object.fromEntries(Object.entries(result.errors).map(([path, key]) => [path, messageOf(key)])));
      return;
    }
    const done = (saved: TOrganization) => {
      notifySuccess(organization ? t('personForm.saved', { name: saved.name }) : t('personForm.created', { name: saved.name }));
      onSaved(saved);
    };
    if (organization) update.mutate({ id: organization.id, body: result.body }, { onSuccess: done, onError: fail });
    else create.mutate({ ...result.body, allowDuplicate }, { onSuccess: done, onError: fail });
  };
  const saving = create.isPending || update.isPending;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setDuplicates(null);
        save(false);
      }}
    >
      <Stack gap="md" ref={top}>
        {duplicates ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('organizationForm.duplicateTitle')} data-testid="duplicate-warning">
            <Stack gap="sm">
              <Text size="sm">{t('organizationForm.duplicateText')}</Text>
              <DuplicateMatches matches={duplicates} kind="organization" newTab />
              {organization ? null : (
                <Button size="xs" color="orange" w="fit-content" onClick={() => save(true)} loading={saving} data-testid="create-anyway">
                  {t('organizationForm.createAnyway')}
                </Button>
              )}
            </Stack>
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label={t('fields.name')}
          placeholder={t('organizationForm.namePlaceholder')}
          required
          data-autofocus
          maxLength={300}
          data-testid="organization-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('fields.taxCode')}
            description={t('organizationForm.taxCodeHint')}
            placeholder="0101243150"
            inputMode="numeric"
            maxLength={30}
            data-testid="organization-taxCode"
            {...form.getInputProps('taxCode')}
          />
          <TextInput label={t('fields.industry')} placeholder={t('organizationForm.industryPlaceholder')} maxLength={200} {...form.getInputProps('industry')} />
        </SimpleGrid>
        <TextInput label={t('fields.website')} placeholder="https://congty.vn" maxLength={300} {...form.getInputProps('website')} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PhonesInput rows={form.values.phones} onChange={(rows) => form.setFieldValue('phones', rows)} errors={form.errors} />
          <EmailsInput rows={form.values.emails} onChange={(rows) => form.setFieldValue('emails', rows)} errors={form.errors} />
        </SimpleGrid>
        <Divider label={t('personForm.classification')} labelPosition="left" mt="xs" />
        <ClassificationFields values={form.values} onChange={(patch) => form.setValues(patch)} errors={form.errors} />
        <Divider label={t('fields.address')} labelPosition="left" mt="xs" />
        <AddressFields
          value={form.values.address}
          onChange={(address) => form.setFieldValue('address', address)}
          legacyAddress={organization?.address.legacyAddress}
          errors={{ street: form.errors['address.street'], wardCode: form.errors['address.wardCode'], provinceCode: form.errors['address.provinceCode'] }}
        />
        {definitions.length ? (
          <>
            <Divider label={t('personForm.customFields')} labelPosition="left" mt="xs" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {definitions.map((definition) => (
                <CustomFieldInput
                  key={definition.id}
                  definition={definition}
                  value={form.values.customFields[definition.key] ?? null}
                  onChange={(value) => form.setFieldValue(`customFields.${definition.key}`, value)}
                  error={form.errors[`customFields.${definition.key}`]}
                />
              ))}
            </SimpleGrid>
          </>
        ) : null}
        <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={8} maxLength={10_000} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm" className="tandem-form-footer">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="organization-submit">
            {organization ? t('common.save') : t('organizations.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
