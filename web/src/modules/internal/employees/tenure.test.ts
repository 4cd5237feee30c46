import { describe, expect, it } from 'vitest';
import { employeeTenure, splitTenure, tenureMonths, todayInVietnam } from './tenure';

describe('tenure', () => {
  it('counts complete months', () => {
    expect(tenureMonths('2024-01-31', '2024-02-29')).toBe(0);
    expect(tenureMonths('2024-01-31', '2024-03-01')).toBe(1);
    expect(tenureMonths('2019-02-07', '2026-11-25')).toBe(93);
    expect(tenureMonths('2026-12-01', '2026-11-25')).toBeNull();
    expect(splitTenure(93)).toEqual({ years: 7, months: 9 });
  });

  it('stops at the leaving day', () => {
    expect(employeeTenure({ startDate: '2020-01-01', leftDate: '2021-07-15', status: 'left' }, '2026-01-01')).toBe(18);
    expect(employeeTenure({ startDate: '2020-01-01', leftDate: null, status: 'active' }, '2021-01-01')).toBe(12);
  });

  it('reads today in Vietnam time', () => {
    // 18:00 UTC on 31 December is already 1 January in Hà Nội.
    expect(todayInVietnam(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });
});
