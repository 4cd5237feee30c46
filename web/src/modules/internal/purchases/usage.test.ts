import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, usageColor, usagePercent } from './usage';

describe('discount usage', () => {
  it('reads period labels', () => {
    expect(parsePeriodLabel('2026')).toEqual({ kind: 'year', year: 2026 });
    expect(parsePeriodLabel('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(parsePeriodLabel('2026-03')).toEqual({ kind: 'month', year: 2026, month: 3 });
    expect(parsePeriodLabel('soon')).toEqual({ kind: 'other', text: 'soon' });
  });

  it('measures the cap used', () => {
    expect(usagePercent({ used: 1_200_000, cap: 5_000_000 })).toBe(24);
    expect(usagePercent({ used: 6_000_000, cap: 5_000_000 })).toBe(100);
    expect(usagePercent({ used: 100, cap: null })).toBeNull();
    expect(usageColor(24)).toBe('teal');
    expect(usageColor(85)).toBe('orange');
    expect(usageColor(100)).toBe('red');
  });
});
