import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type PhoneRow = { number: string; label: string };
export type EmailRow = { address: string; label: string };

type Errors = Record<string, ReactNode>;

type ListInputProps<Row> = {
  title: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: Errors;
  /** `phones` or `emails`: where the server's field errors point (`phones.0.number`). */
  path: string;
  valueKey: keyof Row & string;
  empty: () => Row;
  valueLabel: string;
  placeholder: string;
  addLabel: string;
  inputMode: 'tel' | 'email';
  testId: string;
};

const MAX_ROWS = 10;

/** Several phones or e-mails, each with an optional label; the first is the primary one. */
function ListInput<Row extends { label: string } & Record<string, string>>({
  title,
  rows,
  onChange,
  errors,
  path,
  valueKey,
  empty,
  valueLabel,
  placeholder,
  addLabel,
  inputMode,
  testId,
}: ListInputProps<Row>) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof Row, value: string) =>
    onChange(rows.map((row, i) => (i === index ? Object.assign({}, row, { [key]: value }) : row)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {errors[path] ? (
        <Text size="xs" c="red">
          {errors[path]}
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 2 }}
            aria-label={`${valueLabel} ${index + 1}`}
            placeholder={placeholder}
            value={row[valueKey]}
            onChange={(e) => set(index, valueKey, e.currentTarget.value)}
            error={errors[`${path}.${index}.${valueKey}`] ?? errors[`${path}.${index}`]}
            inputMode={inputMode}
            type={inputMode === 'email' ? 'email' : 'tel'}
            rightSection={
              index === 0 && rows.length > 1 ? (
                <Badge size="xs" variant="light">
                  {t('customerForm.primary')}
                </Badge>
              ) : null
            }
            rightSectionWidth={index === 0 && rows.length > 1 ? 64 : undefined}
            data-testid={`${testId}-${index}`}
          />
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${t('customerForm.contactLabel')} ${index + 1}`}
            placeholder={t('customerForm.contactLabelPlaceholder')}
            value={row.label ?? ''}
            onChange={(e) => set(index, 'label', e.currentTarget.value)}
            maxLength={40}
          />
          <Tooltip label={t('customerForm.removeRow')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              aria-label={t('customerForm.removeRowNamed', { value: row[valueKey] || `${valueLabel} ${index + 1}` })}
            >
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {rows.length < MAX_ROWS ? (
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, empty()])}
          w="fit-content"
          data-testid={`${testId}-add`}
        >
          {addLabel}
        </Button>
      ) : null}
    </Stack>
  );
}

export function PhonesInput({ rows, onChange, errors }: { rows: PhoneRow[]; onChange: (rows: PhoneRow[]) => void; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <ListInput
      title={t('fields.phones')}
      rows={rows}
      onChange={onChange}
      errors={errors}
      path="phones"
      valueKey="number"
      empty={() => ({ number: '', label: '' })}
      valueLabel={t('fields.phone')}
      placeholder="0912 345 678"
      addLabel={rows.length ? t('customerForm.addPhone') : t('customerForm.addFirstPhone')}
      inputMode="tel"
      testId="phone"
    />
  );
}

export function EmailsInput({ rows, onChange, errors }: { rows: EmailRow[]; onChange: (rows: EmailRow[]) => void; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <ListInput
      title={t('fields.emails')}
      rows={rows}
      onChange={onChange}
      errors={errors}
      path="emails"
      valueKey="address"
      empty={() => ({ address: '', label: '' })}
      valueLabel={t('fields.email')}
      placeholder="ten@congty.vn"
      addLabel={rows.length ? t('customerForm.addEmail') : t('customerForm.addFirstEmail')}
      inputMode="email"
      testId="email"
    />
  );
}

/** The rows worth sending: blank ones dropped, labels only when given. */
export const phonesToRequest = (rows: PhoneRow[]) =>
  rows.filter((r) => r.number.trim()).map((r) => ({ number: r.number.trim(), ...(r.label.trim() ? { label: r.label.trim() } : {}) }));
export const emailsToRequest = (rows: EmailRow[]) =>
  rows.filter((r) => r.address.trim()).map((r) => ({ address: r.address.trim(), ...(r.label.trim() ? { label: r.label.trim() } : {}) }));
