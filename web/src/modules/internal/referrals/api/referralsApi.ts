import { api } from '../../../../api/client';
import type { TReferralLanding, TReferralSignup, TReferralStats } from '../../common/types';

/** Customers referred per employee and the revenue of their orders. */
export const referralStats = async (departmentId?: string): Promise<TReferralStats[]> =>
  (await api.get<{ data: TReferralStats[] }>('/referrals', { query: { departmentId } })).data;

// The public referral page: no session, so a 401 is never expected and never redirects.
const code = (value: string) => encodeURIComponent(value);

export const referralLanding = (referralCode: string): Promise<TReferralLanding> =>
  api.get<TReferralLanding>(`/public/referrals/${code(referralCode)}`, { skipAuthRedirect: true });

export const referralSignup = (referralCode: string, body: TReferralSignup): Promise<{ received: true }> =>
  api.post<{ received: true }>(`/public/referrals/${code(referralCode)}`, body, { skipAuthRedirect: true });
