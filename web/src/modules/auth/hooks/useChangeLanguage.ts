import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Locale, TSessionResponse } from '@tandem/shared';
import { applyLocale, currentLocale } from '../../../i18n';
import { useErrorMessage } from '../../../ui/errors';
import { chooseLocaleBeforeSignIn } from './sessionLocale';
import { SESSION_QUERY_KEY } from './useSession';
import { useUpdateProfile } from './useUpdateProfile';

/**
 * The language switch's action: change the UI at once, remember it on this device and,
 * when signed in, save it to the profile so other devices follow.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const updateProfile = useUpdateProfile();
  const errorMessage = useErrorMessage();
  const { t } = useTranslation();

  const changeLanguage = (locale: Locale) => {
    const session = queryClient.getQueryData<TSessionResponse>(SESSION_QUERY_KEY);
    if (!session) {
      chooseLocaleBeforeSignIn(locale);
      return;
    }
    void applyLocale(locale);
    if (session.user.locale === locale) return;
    updateProfile.mutate(
      { locale },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: t('language.saveFailed'), message: errorMessage(error) }),
      },
    );
  };

  return { locale: currentLocale(), changeLanguage };
}
