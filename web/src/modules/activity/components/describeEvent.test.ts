import { describe, expect, test } from 'vitest';
import { entityOf } from './describeEvent';

describe('entityOf', () => {
  test('maps audited table names to entities', () => {
    expect(entityOf('memberships')).toEqual({ known: 'member' });
    expect(entityOf('people')).toEqual({ known: 'person' });
    expect(entityOf('api_keys')).toEqual({ known: 'api_key' });
    expect(entityOf('apiKeys')).toEqual({ known: 'api_key' });
    expect(entityOf('workspaces')).toEqual({ known: 'workspace' });
    expect(entityOf('custom_field_definitions')).toEqual({ known: 'custom_field' });
  });

  test('humanises what it does not know', () => {
    expect(entityOf('service_tickets')).toEqual({ unknown: 'service tickets' });
  });
});
