import { useState } from 'react';
import { applyFieldErrors, useErrorMessage } from './errors';

type FormLike = Parameters<typeof applyFieldErrors>[0];

/**
 * Server errors for a form: field errors go next to their fields, anything else becomes
 * one message for an alert above the form.
 */
export function useFormFailure(form: FormLike, describe?: (error: unknown) => string | null) {
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  return {
    failure,
    reset: () => setFailure(null),
    handleError: (error: unknown) => {
      const special = describe?.(error) ?? null;
      if (special) {
        setFailure(special);
        return;
      }
      setFailure(applyFieldErrors(form, error) ? null : errorMessage(error));
    },
  };
}
