import { describe, expect, it } from 'vitest';
import type { TReferralStats } from '../common/types';
import { rankReferrals } from './ranking';

const row = (employeeName: string, referredCustomers: number, referredRevenue: number): TReferralStats => ({
  employeeId: employeeName,
  employeeName,
  departmentName: null,
  referralCode: 'ABCD1234',
  referredCustomers,
  referredRevenue,
});

describe('rankReferrals', () => {
  const rows = [row('Bình', 4, 1_000_000), row('An', 4, 1_000_000), row('Chi', 6, 200_000), row('Dũng', 1, 9_000_000)];

  it('ranks by customers with shared ranks for ties', () => {
    expect(rankReferrals(rows, 'customers').map((r) => [r.employeeName, r.rank])).toEqual([
      ['Chi', 1],
      ['An', 2],
      ['Bình', 2],
      ['Dũng', 4],
    ]);
  });

  it('ranks by revenue', () => {
    expect(rankReferrals(rows, 'revenue').map((r) => r.employeeName)).toEqual(['Dũng', 'An', 'Bình', 'Chi']);
  });
});
