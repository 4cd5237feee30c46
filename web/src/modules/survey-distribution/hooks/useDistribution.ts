import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getDistributionSettings, getTriggers, listCampaigns, patchDistributionSettings, putTriggers, sendSurvey, type DistributionSettings, type SurveyTriggerInput } from '../api/distributionApi';

const KEY = ['survey-distribution'] as const;

/** A survey's campaigns; polled every 5 s while an e-mail campaign is still sending (the job sends a throttled batch each minute). */
export function useSurveyCampaigns(surveyId: string) {
  return useQuery({
    queryKey: [...KEY, 'campaigns', surveyId],
    queryFn: () => listCampaigns(surveyId),
    refetchInterval: (q) => (q.state.data?.data.some((c) => c.kind === 'campaign' && c.status === 'sending') ? 5000 : false),
  });
}

export function useSendSurvey(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reminderAfterDays: number | null) => sendSurvey(surveyId, reminderAfterDays),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...KEY, 'campaigns', surveyId] });
      void client.invalidateQueries({ queryKey: ['surveys', 'one', surveyId] });
    },
  });
}

export const useSurveyTriggers = (surveyId: string) => useQuery({ queryKey: [...KEY, 'triggers', surveyId], queryFn: () => getTriggers(surveyId) });

export function useSaveSurveyTriggers(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (triggers: SurveyTriggerInput[]) => putTriggers(surveyId, triggers),
    onSuccess: (r) => client.setQueryData([...KEY, 'triggers', surveyId], r),
  });
}

export const useDistributionSettings = (enabled = true) => useQuery({ queryKey: [...KEY, 'settings'], queryFn: getDistributionSettings, enabled });

export function useUpdateDistributionSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<DistributionSettings>) => patchDistributionSettings(body),
    onSuccess: (r) => client.setQueryData([...KEY, 'settings'], r),
  });
}
