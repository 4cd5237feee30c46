import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSignInRequest } from '@tandem/shared';
import { signIn } from '../api/sessionApi';
import { adoptSessionLocale } from './sessionLocale';
import { SESSION_QUERY_KEY } from './useSession';

/** Signs in, stores the new session and settles the UI language. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSignInRequest) => signIn(body),
    onSuccess: async (session) => {
      // Anything cached belongs to whoever was signed in before.
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      await adoptSessionLocale(session, queryClient);
    },
  });
}
