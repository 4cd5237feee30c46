import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TOrganizationRow } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { telHref, useFormatters } from '../../../i18n/format';
import { LifecycleBadge, OrganizationLink } from '../../customers';
import { useProvinceNames } from '../../geo';

export function OrganizationCard({ organization }: { organization: TOrganizationRow }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const provinceName = useProvinceNames();
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <OrganizationLink
          id={organization.id}
          fw={600}
          data-testid="organization-link"
        >
          {organization.name}
        </OrganizationLink>
        <LifecycleBadge stage={organization.lifecycleStage} size="sm" style={{ flex: 'none' }} />
      </Group>
      <Group gap="md">
        {organization.taxCode ? (
          <Text size="sm" c="dimmed">
            {t('search.taxCode', { code: organization.taxCode })}
          </Text>
        ) : null}
        {organization.primaryPhone ? (
          <Anchor href={telHref(organization.primaryPhone)} size="sm">
            {format.phone(organization.primaryPhone)}
          </Anchor>
        ) : null}
      </Group>
      {organization.provinceCode ? (
        <Text size="xs" c="dimmed">
          {provinceName(organization.provinceCode)}
        </Text>
      ) : null}
    </Stack>
  );
}
