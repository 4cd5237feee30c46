import { describe, expect, it } from 'vitest';
import { filtersOf, parseTasksSearch, searchOfApiLink } from './tasksSearch';

describe('tasks page URL', () => {
  it('keeps known filters and drops anything else', () => {
    expect(parseTasksSearch({ status: 'done', priority: 'urgent', open: 'true', view: 'board', bogus: 'x', onTime: 'maybe', scope: 'mine' })).toEqual({ status: 'done', priority: 'urgent', open: 'true', view: 'board', scope: 'mine' });
    expect(parseTasksSearch({ status: 'nope', due: 'week' })).toEqual({ due: 'week' });
  });

  it('turns a report link into the same filters', () => {
    const link = '/api/v1/tasks?assigneeUserId=0193aaaa-0000-7000-8000-000000000001&completedFrom=2026-09-30T17%3A00%3A00.000Z&completedTo=2026-10-31T17%3A00%3A00.000Z&onTime=true';
    expect(filtersOf(searchOfApiLink(link))).toEqual({ assigneeUserId: '0193aaaa-0000-7000-8000-000000000001', completedFrom: '2026-09-30T17:00:00.000Z', completedTo: '2026-10-31T17:00:00.000Z', onTime: 'true' });
  });

  it('resolves due presets against now', () => {
    const now = new Date(2026, 10, 25, 15, 30); // Wednesday
    expect(filtersOf({ due: 'overdue' }, now)).toEqual({ overdue: 'true' });
    expect(filtersOf({ due: 'none' }, now)).toEqual({ hasDue: 'false' });
    const today = filtersOf({ due: 'today' }, now);
    expect(new Date(today.dueFrom!).getTime()).toBe(new Date(2026, 10, 25).getTime());
    expect(new Date(today.dueTo!).getTime()).toBe(new Date(2026, 10, 26).getTime());
    const week = filtersOf({ due: 'week', view: 'board', taskId: 'x' }, now);
    expect(new Date(week.dueTo!).getTime()).toBe(new Date(2026, 10, 30).getTime());
    expect(week).not.toHaveProperty('view');
  });
});
