import type { ReactNode } from 'react';

/** A column of a customer list: built-in (`fullName`) or a custom field (`cf.membership`). */
export type ColumnDef<Row> = {
  id: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** The API sort this column's header toggles (`fullName` ↔ `-fullName`); none when it cannot sort. */
  sortKey?: string;
  /** Descending first (dates: newest first) rather than ascending (names: A→Z). */
  sortDescFirst?: boolean;
  /** Shown in every layout and not offered in the column picker. */
  fixed?: boolean;
  width?: number;
};

export type Option = { value: string; label: string };

/** A field the filter panel offers, by the kind of control it needs. */
export type FilterFieldDef =
  | { field: string; label: string; kind: 'options'; options: Option[]; searchable?: boolean }
  | { field: string; label: string; kind: 'tags'; suggestions: string[] }
  | { field: string; label: string; kind: 'numberRange' }
  | { field: string; label: string; kind: 'dateRange' }
  | { field: string; label: string; kind: 'text' }
  | { field: string; label: string; kind: 'boolean' };
