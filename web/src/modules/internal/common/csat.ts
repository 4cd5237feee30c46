import type { TInternalCsat } from './types';

/**
 * Pooled CSAT of several groups: every rating counts once, whatever its department, so a department
 * with 3 ratings does not weigh as much as one with 300. The number of ratings goes beside it.
 */
export function pooledCsat(rows: readonly Pick<TInternalCsat, 'csat' | 'ratings'>[]): { csat: number | null; ratings: number } {
  const ratings = rows.reduce((sum, r) => sum + r.ratings, 0);
  if (!ratings) return { csat: null, ratings: 0 };
  const good = rows.reduce((sum, r) => sum + Math.round(((r.csat ?? 0) * r.ratings) / 100), 0);
  return { csat: Math.round((good / ratings) * 1000) / 10, ratings };
}
