import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { TDuplicateMatch } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { OrganizationLink, PersonLink } from '../RecordLinks';

type DuplicateMatchesProps = {
  matches: TDuplicateMatch[];
  kind: 'person' | 'organization';
  /** Open in a new tab, so a half-filled form is not lost. */
  newTab?: boolean;
};

/** Records that share a phone, e-mail or tax code (or a similar name): each a link, with what matched. */
export function DuplicateMatches({ matches, kind, newTab = false }: DuplicateMatchesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="duplicate-matches">
      {matches.map((match) => (
        <Group key={match.id} gap="xs" wrap="wrap">
          {kind === 'person' ? (
            <PersonLink
              id={match.id}
              target={newTab ? '_blank' : undefined}
              fw={600}
              size="sm"
              data-testid="duplicate-link"
            >
              {match.name}
            </PersonLink>
          ) : (
            <OrganizationLink
              id={match.id}
              target={newTab ? '_blank' : undefined}
              fw={600}
              size="sm"
              data-testid="duplicate-link"
            >
              {match.name}
            </OrganizationLink>
          )}
          <Text size="xs" c="dimmed">
            {t('duplicates.matchedOn')}
          </Text>
          {match.matchedOn.map((on) => (
            <Badge key={on} size="xs" variant="light" color="orange" tt="none">
              {t(`duplicates.on.${on}`)}
            </Badge>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
