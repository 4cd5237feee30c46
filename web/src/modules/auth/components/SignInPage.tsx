import { AuthLayout } from '../../../ui/AuthLayout';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useChangeLanguage } from '../hooks/useChangeLanguage';
import { SignInForm } from './SignInForm';

type SignInPageProps = { onSignedIn: () => void };

/** The public sign-in page; the language can be chosen before signing in. */
export function SignInPage({ onSignedIn }: SignInPageProps) {
  const { locale, changeLanguage } = useChangeLanguage();
  return (
    <AuthLayout corner={<LanguageSwitch value={locale} onChange={changeLanguage} variant="default" />}>
      <SignInForm onSignedIn={onSignedIn} />
    </AuthLayout>
  );
}
