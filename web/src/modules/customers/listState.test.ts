import { describe, expect, test } from 'vitest';
import { listState, matchesView, parseListSearch, stateOfView, toListSearch } from './listState';

const defaults = { sort: '-createdAt', sorts: ['createdAt', '-createdAt', 'fullName', '-fullName'], columns: ['fullName', 'primaryPhone'] };

describe('list state in the address', () => {
  test('unknown sorts, bad conditions and odd values are dropped', () => {
    const search = parseListSearch(
      { sort: 'DROP TABLE', filter: [{ field: 'tags', op: 'eq', value: 'vip' }, { op: 'eq' }], columns: 'x', trash: 'true', view: 'nope' },
      defaults,
    );
    expect(search).toEqual({ filter: [{ field: 'tags', op: 'eq', value: 'vip' }], trash: true });
  });

  test('defaults are filled in, and left out of the address again', () => {
    const state = listState({}, defaults);
    expect(state).toEqual({ view: null, filter: [], sort: '-createdAt', columns: ['fullName', 'primaryPhone'], trash: false });
    expect(toListSearch(state, defaults)).toEqual({});
    expect(toListSearch({ ...state, sort: 'fullName' }, defaults)).toEqual({ sort: 'fullName' });
  });
});

describe('saved views', () => {
  const view = { filter: [{ field: 'lifecycleStage', op: 'in' as const, value: ['customer', 'advocate'] }], sort: 'fullName', columns: [] };

  test('opening a view takes its filter and sort; no columns means the default ones', () => {
    const state = stateOfView('01a2142c-0025-71ee-98b7-6d75e96d9ced', view, defaults);
    expect(state.columns).toEqual(['fullName', 'primaryPhone']);
    expect(state.sort).toBe('fullName');
    expect(matchesView(state, view, defaults)).toBe(true);
  });

  test('a changed sort or filter is a change to the view', () => {
    const state = stateOfView('01a2142c-0025-71ee-98b7-6d75e96d9ced', view, defaults);
    expect(matchesView({ ...state, sort: '-fullName' }, view, defaults)).toBe(false);
    expect(matchesView({ ...state, filter: [] }, view, defaults)).toBe(false);
  });
});
