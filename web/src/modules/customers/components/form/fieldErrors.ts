import type { TFunction } from 'i18next';
import { fieldErrorsOf } from '../../../../api/client';

/**
 * The server's field errors, keyed by form path, with our own sentence where the field has one:
 * its messages are English for developers ("too short after +84"), the form speaks the user's language.
 */
export function localizedFieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    if (/^phones\.\d+(\.number)?$/.test(path)) result[path.endsWith('.number') ? path : `${path}.number`] = t('customerForm.phoneInvalid');
    else if (/^emails\.\d+(\.address)?$/.test(path)) result[path.endsWith('.address') ? path : `${path}.address`] = t('customerForm.emailInvalid');
    else if (path === 'taxCode') result[path] = t('organizationForm.taxCodeInvalid');
    else if (path === 'birthday') result[path] = t('customerForm.dayInvalid');
    else if (/^customFields\.[a-z0-9_]+$/.test(path) && message === 'required') result[path] = t('customerForm.required');
    else result[path] = message;
  }
  return result;
}
