import { describe, expect, it } from 'vitest';
import type { TTurnoverRow } from '../common/types';
import { turnoverTotals } from './turnover';

const row = (over: Partial<TTurnoverRow>): TTurnoverRow => ({
  departmentId: 'd',
  departmentName: 'Phòng',
  headcountStart: 0,
  headcountEnd: 0,
  averageHeadcount: 0,
  hires: 0,
  exits: 0,
  turnoverPercent: null,
  averageTenureMonths: null,
  ...over,
});

describe('turnoverTotals', () => {
  it('pools departments instead of averaging their percentages', () => {
    const totals = turnoverTotals([
      row({ headcountStart: 10, headcountEnd: 8, averageHeadcount: 9, exits: 3, hires: 1, averageTenureMonths: 40 }),
      row({ headcountStart: 2, headcountEnd: 2, averageHeadcount: 2, exits: 0, averageTenureMonths: 10 }),
    ]);
    expect(totals).toEqual({ headcountStart: 12, headcountEnd: 10, hires: 1, exits: 3, turnoverPercent: 27.3, averageTenureMonths: 34 });
  });

  it('has no rate without anybody', () => {
    expect(turnoverTotals([])).toMatchObject({ turnoverPercent: null, averageTenureMonths: null });
  });
});
