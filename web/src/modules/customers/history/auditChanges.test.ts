import { describe, expect, test } from 'vitest';
import { changedFields, eventMoment } from './auditChanges';

describe('changedFields', () => {
  test('names columns in camelCase and leaves bookkeeping out', () => {
    const changes = {
      lifecycle_stage: { from: 'lead', to: 'customer' },
      updated_at: { from: 'a', to: 'b' },
      contact_keys: { from: [], to: ['+84912345678'] },
      phones: { from: [], to: [{ number: '+84912345678' }] },
    };
    expect(changedFields({ changes })).toEqual([
      { field: 'lifecycleStage', from: 'lead', to: 'customer' },
      { field: 'phones', from: [], to: [{ number: '+84912345678' }] },
    ]);
  });

  test('compares custom fields key by key', () => {
    const changes = { custom_fields: { from: { membership: 'Bạc', spend: 1 }, to: { membership: 'Vàng', spend: 1, note: 'x' } } };
    expect(changedFields({ changes })).toEqual([
      { field: 'cf.membership', from: 'Bạc', to: 'Vàng' },
      { field: 'cf.note', from: null, to: 'x' },
    ]);
  });

  test('creates and deletes have no changes to list', () => {
    expect(changedFields({ changes: null })).toEqual([]);
  });
});

describe('eventMoment', () => {
  test('reads soft deletes, restores and merges from the changed columns', () => {
    expect(eventMoment({ action: 'create', changes: null })).toBe('created');
    expect(eventMoment({ action: 'update', changes: { deleted_at: { from: null, to: '2025-01-01' } } })).toBe('deleted');
    expect(eventMoment({ action: 'update', changes: { deleted_at: { from: '2025-01-01', to: null } } })).toBe('restored');
    expect(
      eventMoment({ action: 'update', changes: { deleted_at: { from: null, to: 'x' }, merged_into_id: { from: null, to: 'id' } } }),
    ).toBe('merged');
    expect(eventMoment({ action: 'update', changes: { full_name: { from: 'a', to: 'b' } } })).toBe('updated');
    expect(eventMoment({ action: 'restore', changes: null })).toBe('restored');
  });
});
