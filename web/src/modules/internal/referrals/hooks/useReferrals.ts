import { useMutation, useQuery } from '@tanstack/react-query';
import type { TReferralSignup } from '../../common/types';
import { referralLanding, referralSignup, referralStats } from '../api/referralsApi';

export function useReferralStats(departmentId?: string) {
  return useQuery({ queryKey: ['internal', 'referrals', departmentId ?? null], queryFn: () => referralStats(departmentId) });
}

export function useReferralLanding(code: string) {
  return useQuery({ queryKey: ['public', 'referral', code], queryFn: () => referralLanding(code), retry: false, staleTime: Infinity });
}

export function useReferralSignup(code: string) {
  return useMutation({ mutationFn: (body: TReferralSignup) => referralSignup(code, body) });
}
