export { CustomFieldsPanel } from './components/CustomFieldsPanel';
export { CustomFieldInput } from './components/CustomFieldInput';
export { CustomFieldValue } from './components/CustomFieldValue';
export { useAllCustomFields, useCustomFields } from './hooks/useCustomFields';
export { isFilled, toFormValue, toRequestValue } from './customValues';
export type { FormCustomValue, StoredCustomValue } from './customValues';
export type { CustomFieldEntity } from './api/customFieldsApi';
