import type { QueryClient } from '@tanstack/react-query';
import type { Locale, TSessionResponse } from '@tandem/shared';
import { applyLocale } from '../../../i18n';
import { updateMe } from '../api/sessionApi';
import { SESSION_QUERY_KEY } from './useSession';

// A language picked before signing in (sign-in or invitation page) is the user's latest wish;
// it is saved to the profile once there is a session, instead of being overridden by it.
let chosenBeforeSignIn: Locale | null = null;

/** Language chosen on a public page: applies now and is saved to the profile after sign-in. */
export function chooseLocaleBeforeSignIn(locale: Locale): void {
  chosenBeforeSignIn = locale;
  void applyLocale(locale);
}

/** Whether a pre-sign-in choice is still waiting to be saved (the session must not override it). */
export const hasPendingLocaleChoice = (): boolean => chosenBeforeSignIn !== null;

/**
 * After a session starts: save a language chosen before sign-in to the profile, or else
 * adopt the profile's language so the user sees the same language on every device.
 */
export async function adoptSessionLocale(session: TSessionResponse, queryClient: QueryClient): Promise<void> {
  const wish = chosenBeforeSignIn;
  chosenBeforeSignIn = null;
  markLocaleSynced(session.user.id);
  if (wish && wish !== session.user.locale) {
    await applyLocale(wish);
    try {
      queryClient.setQueryData(SESSION_QUERY_KEY, await updateMe({ locale: wish }));
    } catch {
      // The UI already speaks the chosen language; saving it to the profile can wait for next time.
    }
    return;
  }
  await applyLocale(session.user.locale);
}

// The session's language is adopted once per signed-in user and page load; later changes come
// from the user's own switch, so a stale cached session cannot flip the language back.
let syncedUserId: string | null = null;

/** On the first load of a signed-in page, show the profile's language (unless a choice is pending). */
export async function syncLocaleOnce(session: TSessionResponse): Promise<void> {
  if (syncedUserId === session.user.id) return;
  syncedUserId = session.user.id;
  if (!hasPendingLocaleChoice()) await applyLocale(session.user.locale);
}

/** Marks the user's language as settled for this page load (after sign-in or accepting an invite). */
export const markLocaleSynced = (userId: string): void => {
  syncedUserId = userId;
};
