import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isApiError } from '../api/client';

/** Problem codes with a message of our own; any other code shows the server's `detail`. */
const KNOWN_CODES = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'validation_failed',
  'rate_limited',
  'csrf_failed',
  'payload_too_large',
  'unavailable',
  'internal',
  'network_error',
  'unexpected_response',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

const isKnownCode = (code: string): code is KnownCode => (KNOWN_CODES as readonly string[]).includes(code);

/** Turns any thrown value into one sentence for the user, in the current language. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (!isApiError(error)) return t('errors.unknown');
    // The server's `detail` is English for developers; users get our own sentence for every known code.
    if (isKnownCode(error.code)) return t(`errors.${error.code}`);
    return error.problem.detail || error.problem.title || t('errors.unknown');
  };
}

type FormLike = { setFieldError: (path: string, message: string) => void; values: object };

/**
 * Puts field errors from a validation problem next to their fields.
 * Returns true when at least one field took an error, so the caller can skip a general alert.
 */
export function applyFieldErrors(form: FormLike, error: unknown): boolean {
  let applied = false;
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const root = path.split('.')[0] ?? path;
    if (root in form.values) {
      form.setFieldError(path, message);
      applied = true;
    }
  }
  return applied;
}
