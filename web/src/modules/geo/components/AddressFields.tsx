import { Alert, SimpleGrid, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../../../ui/fold';
import { useProvinces, useWards } from '../hooks/useGeo';

/** An address as the forms edit it: street, ward and province (no district since July 2025). */
export type AddressValue = { street: string; wardCode: string | null; provinceCode: string | null };

type AddressFieldsProps = {
  value: AddressValue;
  onChange: (next: AddressValue) => void;
  /** The address as written before July 2025, shown for reference while the new one is filled in. */
  legacyAddress?: string | null;
  errors?: Partial<Record<keyof AddressValue, ReactNode>>;
};

/** Province (34), then its wards (searchable without accents), then the street. */
export function AddressFields({ value, onChange, legacyAddress, errors = {} }: AddressFieldsProps) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const wards = useWards(value.provinceCode);

  return (
    <Stack gap="sm">
      {legacyAddress ? (
        <Alert variant="light" color="gray" icon={<IconHistory size={16} />} p="xs">
          <Text size="xs" c="dimmed">
            {t('address.legacy')}
          </Text>
          <Text size="sm">{legacyAddress}</Text>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('address.province')}
          placeholder={t('address.provincePlaceholder')}
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
          value={value.provinceCode}
          onChange={(code) => onChange({ ...value, provinceCode: code, wardCode: code === value.provinceCode ? value.wardCode : null })}
          searchable
          clearable
          filter={foldedOptionsFilter}
          nothingFoundMessage={t('address.nothingFound')}
          error={errors.provinceCode}
          data-testid="address-province"
        />
        <Select
          label={t('address.ward')}
          placeholder={value.provinceCode ? t('address.wardPlaceholder') : t('address.wardNeedsProvince')}
          data={(wards.data ?? []).map((w) => ({ value: w.code, label: w.name }))}
          value={value.wardCode}
          onChange={(code) => onChange({ ...value, wardCode: code })}
          disabled={!value.provinceCode}
          searchable
          clearable
          limit={100}
          filter={foldedOptionsFilter}
          nothingFoundMessage={wards.isPending ? t('address.loading') : t('address.nothingFound')}
          error={errors.wardCode}
          data-testid="address-ward"
        />
      </SimpleGrid>
      <TextInput
        label={t('address.street')}
        placeholder={t('address.streetPlaceholder')}
        value={value.street}
        onChange={(event) => onChange({ ...value, street: event.currentTarget.value })}
        maxLength={300}
        error={errors.street}
        data-testid="address-street"
      />
    </Stack>
  );
}
