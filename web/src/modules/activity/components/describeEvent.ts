import type { TAuditEvent } from '@tandem/shared';

/** Entity types with a name of their own in the catalogues; others are shown humanised. */
export const KNOWN_ENTITY_TYPES = [
  'workspace',
  'member',
  'invitation',
  'api_key',
  'user',
  'person',
  'organization',
  'person_organization',
  'consent',
  'custom_field',
  'saved_view',
] as const;
export type KnownEntityType = (typeof KNOWN_ENTITY_TYPES)[number];

// Events name the audited table ("memberships", "people"); some tables are named unlike their entity.
const TABLE_ALIASES: Record<string, KnownEntityType> = {
  memberships: 'member',
  membership: 'member',
  people: 'person',
  custom_field_definitions: 'custom_field',
};

const isKnownEntityType = (value: string): value is KnownEntityType =>
  (KNOWN_ENTITY_TYPES as readonly string[]).includes(value);

/** The entity an event is about, from its table name in any spelling (apiKeys, api-keys, api_keys). */
export function entityOf(entityType: string): { known: KnownEntityType } | { unknown: string } {
  const snake = entityType
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
  const alias = TABLE_ALIASES[snake];
  if (alias) return { known: alias };
  if (isKnownEntityType(snake)) return { known: snake };
  const singular = snake.replace(/s$/, '');
  if (isKnownEntityType(singular)) return { known: singular };
  return { unknown: snake.replaceAll('_', ' ') };
}

/** Who did it: a person, an API key, or the system itself. */
export type EventActor = { kind: 'user'; name: string } | { kind: 'api_key' } | { kind: 'system' };

export function actorOf(event: TAuditEvent): EventActor {
  if (event.actorName) return { kind: 'user', name: event.actorName };
  if (event.actorApiKeyId) return { kind: 'api_key' };
  return { kind: 'system' };
}
