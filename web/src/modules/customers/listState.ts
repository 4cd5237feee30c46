import { parseCondition, sameFilter, type Filter } from './filters';

/**
 * What a customer list shows, kept in the address so Back, reload and a shared link show the same
 * list: the filter, the sort, the columns, the trash, and the saved view it started from.
 */
export type ListSearch = {
  view?: string;
  filter?: Filter;
  sort?: string;
  columns?: string[];
  trash?: boolean;
};

/** The effective list state, defaults filled in. */
export type ListState = { view: string | null; filter: Filter; sort: string; columns: string[]; trash: boolean };

export type ListDefaults = { sort: string; sorts: readonly string[]; columns: readonly string[] };

/** Search params as the router hands them over (already JSON-decoded), checked field by field. */
export function parseListSearch(search: Record<string, unknown>, defaults: ListDefaults): ListSearch {
  const result: ListSearch = {};
  if (typeof search.view === 'string' && /^[0-9a-f-]{36}$/i.test(search.view)) result.view = search.view;
  if (Array.isArray(search.filter)) {
    const conditions = search.filter.map(parseCondition).filter((c) => c !== null);
    if (conditions.length) result.filter = conditions.slice(0, 20);
  }
  if (typeof search.sort === 'string' && defaults.sorts.includes(search.sort)) result.sort = search.sort;
  if (Array.isArray(search.columns)) {
    const columns = search.columns.filter((c): c is string => typeof c === 'string' && c.length <= 70);
    if (columns.length) result.columns = columns.slice(0, 50);
  }
  if (search.trash === true || search.trash === 'true') result.trash = true;
  return result;
}

export function listState(search: ListSearch, defaults: ListDefaults): ListState {
  return {
    view: search.view ?? null,
    filter: search.filter ?? [],
    sort: search.sort ?? defaults.sort,
    columns: search.columns ?? [...defaults.columns],
    trash: search.trash ?? false,
  };
}

/** The address for a state: defaults left out, so the plain list has a plain address. */
export function toListSearch(state: ListState, defaults: ListDefaults): ListSearch {
  const search: ListSearch = {};
  if (state.view) search.view = state.view;
  if (state.filter.length) search.filter = state.filter;
  if (state.sort !== defaults.sort) search.sort = state.sort;
  if (!sameColumns(state.columns, defaults.columns)) search.columns = state.columns;
  if (state.trash) search.trash = true;
  return search;
}

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/** A saved view's settings as the list reads them; a view without columns uses the default ones. */
export type ViewSettings = { filter: Filter; sort: string | null; columns: string[] };

/** Whether the list still shows exactly what the view saved (else it can be saved again). */
export function matchesView(state: ListState, view: ViewSettings, defaults: ListDefaults): boolean {
  const columns = view.columns.length ? view.columns : defaults.columns;
  return sameFilter(state.filter, view.filter) && state.sort === (view.sort ?? defaults.sort) && sameColumns(state.columns, columns);
}

/** The list state that opening a view gives. */
export function stateOfView(viewId: string, view: ViewSettings, defaults: ListDefaults): ListState {
  return {
    view: viewId,
    filter: view.filter.map(parseCondition).filter((c) => c !== null),
    sort: view.sort && defaults.sorts.includes(view.sort) ? view.sort : defaults.sort,
    columns: view.columns.length ? [...view.columns] : [...defaults.columns],
    trash: false,
  };
}
