import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
  useMantineTheme,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDuplicateMatch, TPerson } from '@tandem/shared';
import { isApiError } from '../../../api/client';
import { useErrorMessage } from '../../../ui/errors';
import { isGender } from '../../../ui/customerLists';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth';
import { CustomFieldInput, useCustomFields } from '../../custom-fields';
import { ClassificationFields, DuplicateMatches, EmailsInput, PhonesInput, localizedFieldErrors } from '../../customers';
import { AddressFields } from '../../geo';
import { OrganizationSelect } from '../../organizations';
import { useCreatePerson, useUpdatePerson } from '../hooks/usePeople';
import { personFormValues, personRequest, withoutBlankRows, type PersonFormErrors, type PersonFormValues } from '../personForm';

type PersonFormModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The person to edit; null to create one. */
  person: TPerson | null;
  onSaved: (person: TPerson) => void;
};

/** Add or edit a person: a modal on a laptop, the whole screen on a phone. */
export function PersonFormModal({ opened, onClose, person, onSaved }: PersonFormModalProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={person ? t('personForm.editTitle', { name: person.fullName }) : t('personForm.createTitle')}
      size="xl"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      closeOnClickOutside={false}
    >
      {opened ? <PersonForm person={person} onSaved={onSaved} onCancel={onClose} /> : null}
    </Modal>
  );
}

function PersonForm({ person, onSaved, onCancel }: { person: TPerson | null; onSaved: (person: TPerson) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useSession();
  const definitions = useCustomFields('person');
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const top = useRef<HTMLDivElement>(null);
  const [duplicates, setDuplicates] = useState<TDuplicateMatch[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PersonFormValues>({ initialValues: personFormValues(person, definitions, session.user.id) });

  const messageOf = (key: PersonFormErrors[string]): string => {
    switch (key) {
      case 'fullNameRequired':
        return t('personForm.fullNameRequired');
      case 'dayInvalid':
        return t('customerForm.dayInvalid');
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
      top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      return;
    }
    const fieldErrors = localizedFieldErrors(error, t);
    const known = Object.keys(fieldErrors).filter((path) => (path.split('.')[0] ?? '') in form.values);
    if (known.length) {
      form.setErrors(Object.fromEntries(known.map((path) => [path, fieldErrors[path]])));
      setFailure(known.length < Object.keys(fieldErrors).length ? errorMessage(error) : null);
    } else {
      setFailure(errorMessage(error));
    }
    top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  const save = (allowDuplicate: boolean) => {
    setFailure(null);
    form.setValues(withoutBlankRows(form.values));
    const result = personRequest(form.values, definitions);
    if (!result.ok) {
      form.setErrors(Object.fromEntries(Object.entries(result.errors).map(([path, key]) => [path, messageOf(key)])));
      return;
    }
    const done = (saved: TPerson) => {
      notifySuccess(person ? t('personForm.saved', { name: saved.fullName }) : t('personForm.created', { name: saved.fullName }));
      onSaved(saved);
    };
    if (person) update.mutate({ id: person.id, body: result.body }, { onSuccess: done, onError: fail });
    else create.mutate({ ...result.body, allowDuplicate }, { onSuccess: done, onError: fail });
  };

  const orgs = form.values.organizations;
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
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('personForm.duplicateTitle')} data-testid="duplicate-warning">
            <Stack gap="sm">
              <Text size="sm">{person ? t('personForm.duplicateOnEdit') : t('personForm.duplicateText')}</Text>
              <DuplicateMatches matches={duplicates} kind="person" newTab />
              {person ? null : (
                <Group gap="xs">
                  <Button size="xs" color="orange" onClick={() => save(true)} loading={saving} data-testid="create-anyway">
                    {t('personForm.createAnyway')}
                  </Button>
                  <Button size="xs" variant="subtle" color="gray" onClick={() => setDuplicates(null)}>
                    {t('personForm.fixContact')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" role="alert" data-testid="person-form-error">
            {failure}
          </Alert>
        ) : null}

        <TextInput
          label={t('fields.fullName')}
          description={t('personForm.fullNameHint')}
          placeholder="Nguyễn Văn A"
          required
          data-autofocus
          maxLength={200}
          autoComplete="off"
          data-testid="person-fullName"
          {...form.getInputProps('fullName')}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PhonesInput rows={form.values.phones} onChange={(rows) => form.setFieldValue('phones', rows)} errors={form.errors} />
          <EmailsInput rows={form.values.emails} onChange={(rows) => form.setFieldValue('emails', rows)} errors={form.errors} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('fields.birthday')}
            placeholder={t('customFields.datePlaceholder')}
            description={t('personForm.birthdayHint')}
            inputMode="numeric"
            maxLength={10}
            data-testid="person-birthday"
            {...form.getInputProps('birthday')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('fields.gender')}
            </Text>
            <SegmentedControl
              value={form.values.gender ?? 'none'}
              onChange={(value) => form.setFieldValue('gender', isGender(value) ? value : null)}
              data={[
                { value: 'none', label: t('personForm.genderUnknown') },
                { value: 'female', label: t('customers.genders.female') },
                { value: 'male', label: t('customers.genders.male') },
                { value: 'other', label: t('customers.genders.other') },
              ]}
              data-testid="person-gender"
            />
          </Stack>
        </SimpleGrid>

        <Divider label={t('personForm.classification')} labelPosition="left" mt="xs" />
        <ClassificationFields
          values={form.values}
          onChange={(patch) => form.setValues(patch)}
          errors={form.errors}
        />

        <Divider label={t('fields.address')} labelPosition="left" mt="xs" />
        <AddressFields
          value={form.values.address}
          onChange={(address) => form.setFieldValue('address', address)}
          legacyAddress={person?.address.legacyAddress}
          errors={{
            street: form.errors['address.street'],
            wardCode: form.errors['address.wardCode'],
            provinceCode: form.errors['address.provinceCode'],
          }}
        />

        <Divider label={t('fields.organizations')} labelPosition="left" mt="xs" />
        <Stack gap="xs">
          {orgs.map((org, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <div style={{ flex: 3, minWidth: 0 }}>
                <OrganizationSelect
                  value={org.organizationId ? { id: org.organizationId, name: org.name } : null}
                  onChange={(picked) =>
                    form.setFieldValue(`organizations.${index}`, { ...org, organizationId: picked?.id ?? '', name: picked?.name ?? '' })
                  }
                  exclude={orgs.map((o) => o.organizationId)}
                  error={form.errors[`organizations.${index}.organizationId`]}
                  testId={`person-org-${index}`}
                />
              </div>
              <TextInput
                style={{ flex: 2 }}
                placeholder={t('personForm.jobTitle')}
                aria-label={t('personForm.jobTitle')}
                maxLength={200}
                {...form.getInputProps(`organizations.${index}.jobTitle`)}
              />
              <Tooltip label={t('customerForm.removeRow')}>
                <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => form.removeListItem('organizations', index)} aria-label={t('customerForm.removeRow')}>
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
          {orgs.length < 20 ? (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              w="fit-content"
              onClick={() => form.insertListItem('organizations', { organizationId: '', name: '', jobTitle: '' })}
              data-testid="person-add-org"
            >
              {t('personForm.addOrganization')}
            </Button>
          ) : null}
        </Stack>

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
          <Button type="submit" loading={saving} data-testid="person-submit">
            {person ? t('common.save') : t('personForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
