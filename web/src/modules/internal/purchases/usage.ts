import type { TDiscountUsage } from '../common/types';

/** A cap period label from the API ("2026", "2026-Q4", "2026-11") read for display. */
export type PeriodLabel = { kind: 'year'; year: number } | { kind: 'quarter'; year: number; quarter: number } | { kind: 'month'; year: number; month: number } | { kind: 'other'; text: string };

export function parsePeriodLabel(label: string): PeriodLabel {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  if (/^\d{4}$/.test(label)) return { kind: 'year', year: Number(label) };
  return { kind: 'other', text: label };
}

/** Share of the cap used, 0–100; null without a cap. */
export function usagePercent(usage: Pick<TDiscountUsage, 'used' | 'cap'>): number | null {
  if (usage.cap === null) return null;
  if (usage.cap <= 0) return 100;
  return Math.min(100, Math.round((usage.used / usage.cap) * 1000) / 10);
}

/** Progress colour: plenty left, getting low (≥ 80 %), or spent. */
export function usageColor(percent: number | null): string {
  if (percent === null) return 'ocean';
  if (percent >= 100) return 'red';
  if (percent >= 80) return 'orange';
  return 'teal';
}
