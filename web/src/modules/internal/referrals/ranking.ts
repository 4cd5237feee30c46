import type { TReferralStats } from '../common/types';

export type ReferralSort = 'customers' | 'revenue';

const collator = new Intl.Collator('vi');

/**
 * The leaderboard: by customers (then revenue) or by revenue (then customers), names last. Ties share
 * a rank ("1, 1, 3"), so two people who each brought 4 customers are both second.
 */
export function rankReferrals(rows: readonly TReferralStats[], sort: ReferralSort): (TReferralStats & { rank: number })[] {
  const key = (r: TReferralStats): [number, number] => (sort === 'customers' ? [r.referredCustomers, r.referredRevenue] : [r.referredRevenue, r.referredCustomers]);
  const sorted = [...rows].sort((a, b) => {
    const [a1, a2] = key(a);
    const [b1, b2] = key(b);
    return b1 - a1 || b2 - a2 || collator.compare(a.employeeName, b.employeeName);
  });
  let rank = 0;
  return sorted.map((row, i) => {
    const previous = sorted[i - 1];
    if (!previous || key(previous)[0] !== key(row)[0] || key(previous)[1] !== key(row)[1]) rank = i + 1;
    return { ...row, rank };
  });
}
