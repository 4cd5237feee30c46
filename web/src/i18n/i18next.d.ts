import 'i18next';
import type vi from './vi.json';
import type internalVi from './internal.vi.json';

// Module augmentation needs an interface; it makes every t('key') call type-checked against vi.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi; internal: typeof internalVi };
  }
}
