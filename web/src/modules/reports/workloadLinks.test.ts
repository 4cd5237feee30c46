import { describe, expect, it } from 'vitest';
import { appLinkOf } from './workloadLinks';

describe('workload figure links', () => {
  it('opens each API list in its page with the same query', () => {
    expect(appLinkOf('/api/v1/tasks?assigneeUserId=u1&open=true')).toEqual({ to: '/work', search: { assigneeUserId: 'u1', open: 'true' } });
    expect(appLinkOf('/api/v1/interactions?userId=u1&from=2026-09-30T17%3A00%3A00.000Z')).toEqual({ to: '/work/interactions', search: { userId: 'u1', from: '2026-09-30T17:00:00.000Z' } });
    const filter = [{ field: 'ownerUserId', op: 'eq', value: 'u1' }];
    expect(appLinkOf(`/api/v1/people?filter=${encodeURIComponent(JSON.stringify(filter))}`)).toEqual({ to: '/customers/people', search: { filter } });
    expect(appLinkOf(`/api/v1/organizations?filter=${encodeURIComponent(JSON.stringify(filter))}`)).toEqual({ to: '/customers/organizations', search: { filter } });
  });

  it('has no link for nothing or an unknown list', () => {
    expect(appLinkOf(null)).toBeNull();
    expect(appLinkOf('/api/v1/other?x=1')).toBeNull();
    expect(appLinkOf('/api/v1/people?filter=not-json')).toBeNull();
  });
});
