import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { useErrorMessage } from '../../../ui/errors';

type FormLike = { setFieldError: (path: string, message: string) => void; values: object };

/**
 * The server's field errors in the user's language: its messages are English for developers
 * ("not found in this workspace", "too short after +84"); the forms speak Vietnamese or English.
 */
export function useLocalizedFieldErrors() {
  const { t } = useTranslation('internal');
  return (error: unknown): Record<string, string> => {
    const result: Record<string, string> = {};
    for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
      const field = path.split('.').pop() ?? path;
      if (field === 'phone') result[path] = t('form.phoneInvalid');
      else if (field === 'email') result[path] = t('form.emailInvalid');
      else if (path === 'leftDate') result[path] = t('form.leftDateRequired');
      else if (path === 'parentId' && message.includes('cycle')) result[path] = t('form.parentCycle');
      else if (path === 'resolutionMinutes') result[path] = t('form.resolutionBeforeResponse');
      else if (message === 'required') result[path] = t('form.required');
      else if (message.startsWith('not found') || message.startsWith('no employee')) result[path] = t('form.notFound');
      else result[path] = message;
    }
    return result;
  };
}

/**
 * A failed save of a form: field errors go next to their fields (when the form has them), anything
 * else becomes one sentence for an alert above the buttons.
 */
export function useSaveFailure(form: FormLike) {
  const localized = useLocalizedFieldErrors();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  return {
    failure,
    reset: () => setFailure(null),
    handleError: (error: unknown) => {
      let applied = false;
      for (const [path, message] of Object.entries(localized(error))) {
        const root = path.split('.')[0] ?? path;
        if (root in form.values) {
          form.setFieldError(path, message);
          applied = true;
        }
      }
      setFailure(applied ? null : errorMessage(error));
    },
  };
}
