import type { ReactNode } from 'react';

/**
 * What a timeline entry is about. Today: changes to the record (from the audit trail) and consent;
 * interactions, orders and feedback join as their features land.
 */
export const TIMELINE_KINDS = ['change', 'consent', 'interaction', 'order', 'feedback', 'email', 'survey'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One entry of a record's timeline, already described by the feature it comes from. */
export type TimelineEntry = {
  id: string;
  kind: TimelineKind;
  /** ISO timestamp; entries are shown newest first, grouped by day. */
  occurredAt: string;
  icon: ReactNode;
  /** A Mantine colour for the bullet. */
  color: string;
  title: ReactNode;
  /** Details under the title: changed fields, a note's text, an order's lines. */
  body?: ReactNode;
  /** Who did it (a member's name), when known. */
  actorName?: string | null;
};
