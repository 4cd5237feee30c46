import type { TAuditEvent } from '@tandem/shared';

/** Entity types with a name of their own in the catalogues; others are shown as sent. */
export const KNOWN_ENTITY_TYPES = ['workspace', 'member', 'membership', 'invitation', 'api_key', 'user', 'session'] as const;
export type KnownEntityType = (typeof KNOWN_ENTITY_TYPES)[number];

/** Server spellings vary (apiKey, api-key, api_key); compare in one form. */
export const normaliseEntityType = (entityType: string): string =>
  entityType
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();

export const isKnownEntityType = (value: string): value is KnownEntityType =>
  (KNOWN_ENTITY_TYPES as readonly string[]).includes(value);

/** Who did it: a person, an API key, or the system itself. */
export type EventActor = { kind: 'user'; name: string } | { kind: 'api_key' } | { kind: 'system' };

export function actorOf(event: TAuditEvent): EventActor {
  if (event.actorName) return { kind: 'user', name: event.actorName };
  if (event.actorApiKeyId) return { kind: 'api_key' };
  return { kind: 'system' };
}
