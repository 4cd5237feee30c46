import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TPersonRow } from '@tandem/shared';
import { telHref, useFormatters } from '../../../i18n/format';
import { LifecycleBadge, PersonLink } from '../../customers';
import { useProvinceNames } from '../../geo';
import { useMemberDirectory } from '../../members';

/** A person as a card on a phone: name and stage, the number to call, where they are and who looks after them. */
export function PersonCard({ person }: { person: TPersonRow }) {
  const format = useFormatters();
  const provinceName = useProvinceNames();
  const members = useMemberDirectory();
  const meta = [provinceName(person.provinceCode), members.nameOf(person.ownerUserId)].filter(Boolean).join(' · ');
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <PersonLink id={person.id} fw={600} data-testid="person-link">
          {person.fullName}
        </PersonLink>
        <LifecycleBadge stage={person.lifecycleStage} size="sm" style={{ flex: 'none' }} />
      </Group>
      {person.primaryPhone || person.primaryEmail ? (
        <Group gap="md" wrap="wrap">
          {person.primaryPhone ? (
            <Anchor href={telHref(person.primaryPhone)} size="sm">
              {format.phone(person.primaryPhone)}
            </Anchor>
          ) : null}
          {person.primaryEmail ? (
            <Text size="sm" c="dimmed" className="tandem-break">
              {person.primaryEmail}
            </Text>
          ) : null}
        </Group>
      ) : null}
      {meta ? (
        <Text size="xs" c="dimmed">
          {meta}
        </Text>
      ) : null}
    </Stack>
  );
}
