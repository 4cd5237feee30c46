import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TUpdateMeRequest } from '@tandem/shared';
import { updateMe } from '../api/sessionApi';
import { SESSION_QUERY_KEY } from './useSession';

/** Saves the user's name or language to their profile. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateMeRequest) => updateMe(body),
    onSuccess: (session) => queryClient.setQueryData(SESSION_QUERY_KEY, session),
  });
}
