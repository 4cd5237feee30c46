import { useMutation } from '@tanstack/react-query';
import { signOut } from '../api/sessionApi';

/**
 * Signs out and reloads on the sign-in page: a full reload drops every cached answer and
 * all in-memory state of the previous user at once.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSettled: () => window.location.assign('/sign-in'),
  });
}
