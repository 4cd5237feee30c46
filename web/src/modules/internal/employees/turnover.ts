import type { TTurnoverRow } from '../common/types';

/**
 * The company line of the turnover report, from the department lines: headcounts and moves add up;
 * turnover is exits over the summed average headcount (not an average of percentages); tenure is
 * weighted by the people employed at the end.
 */
export function turnoverTotals(rows: readonly TTurnoverRow[]) {
  const sum = (pick: (r: TTurnoverRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const headcountStart = sum((r) => r.headcountStart);
  const headcountEnd = sum((r) => r.headcountEnd);
  const averageHeadcount = sum((r) => r.averageHeadcount);
  const exits = sum((r) => r.exits);
  const tenured = rows.filter((r) => r.averageTenureMonths !== null && r.headcountEnd > 0);
  const weight = tenured.reduce((total, r) => total + r.headcountEnd, 0);
  return {
    headcountStart,
    headcountEnd,
    hires: sum((r) => r.hires),
    exits,
    turnoverPercent: averageHeadcount > 0 ? Math.round((exits / averageHeadcount) * 1000) / 10 : null,
    averageTenureMonths: weight > 0 ? Math.round((tenured.reduce((total, r) => total + (r.averageTenureMonths ?? 0) * r.headcountEnd, 0) / weight) * 10) / 10 : null,
  };
}
