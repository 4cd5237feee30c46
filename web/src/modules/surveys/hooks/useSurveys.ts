import type { TUpdateSurveyRequest } from '@tandem/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createSurvey, deleteSurvey, getResults, getSurvey, issueAudienceLinks, listSurveys, listTemplates, updateSurvey, type ResultsFilters } from '../api/surveysApi';

const KEY = ['surveys'] as const;

export function useSurveyList() {
  return useInfiniteQuery({
    queryKey: [...KEY, 'list'],
    queryFn: ({ pageParam }) => listSurveys(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
export const useSurveyTemplates = () => useQuery({ queryKey: [...KEY, 'templates'], queryFn: listTemplates, staleTime: Infinity });
export const useSurvey = (id: string) => useQuery({ queryKey: [...KEY, 'one', id], queryFn: () => getSurvey(id) });
export const useSurveyResults = (id: string, filters: ResultsFilters) => useQuery({ queryKey: [...KEY, 'results', id, filters], queryFn: () => getResults(id, filters) });

export function useCreateSurvey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createSurvey, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}
export function useUpdateSurvey(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateSurveyRequest) => updateSurvey(id, body),
    onSuccess: (s) => {
      client.setQueryData([...KEY, 'one', id], s);
      void client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}
export function useDeleteSurvey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteSurvey, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}
export function useIssueAudienceLinks(id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => issueAudienceLinks(id), onSuccess: () => client.invalidateQueries({ queryKey: [...KEY, 'one', id] }) });
}
