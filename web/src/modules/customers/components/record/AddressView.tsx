import { Stack, Text } from '@mantine/core';
import type { TPerson } from '@tandem/shared';
import { useTranslation } from 'react-i18next';

/** Street, ward, province — the post-2025 form; the address as first written, when kept, under it. */
export function AddressView({ address }: { address: TPerson['address'] }) {
  const { t } = useTranslation();
  const parts = [address.street, address.wardName, address.provinceName].filter(Boolean);
  if (parts.length === 0 && !address.legacyAddress) {
    return (
      <Text size="sm" c="dimmed">
        {t('record.noAddress')}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="address-view">
      {parts.length ? <Text size="sm">{parts.join(', ')}</Text> : null}
      {address.legacyAddress ? (
        <Text size="xs" c="dimmed">
          {t('address.legacy')}: {address.legacyAddress}
        </Text>
      ) : null}
    </Stack>
  );
}
