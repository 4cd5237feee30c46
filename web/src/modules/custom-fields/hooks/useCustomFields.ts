import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCustomFieldDefinition } from '@tandem/shared';
import {
  createCustomField,
  listCustomFields,
  updateCustomField,
  type CreateCustomFieldBody,
  type CustomFieldEntity,
  type UpdateCustomFieldBody,
} from '../api/customFieldsApi';

const CUSTOM_FIELDS_KEY = ['custom-fields'] as const;

/** All definitions (archived included): the settings page shows both. */
export function useAllCustomFields() {
  return useQuery({ queryKey: CUSTOM_FIELDS_KEY, queryFn: () => listCustomFields(), staleTime: 5 * 60_000 });
}

const byPosition = (a: TCustomFieldDefinition, b: TCustomFieldDefinition) => a.position - b.position || a.label.localeCompare(b.label, 'vi');

/** The fields records of `entity` carry now (archived ones left out), in their order. */
export function useCustomFields(entity: CustomFieldEntity): TCustomFieldDefinition[] {
  const all = useAllCustomFields();
  return (all.data ?? []).filter((d) => d.entity === entity && !d.archived).sort(byPosition);
}

export function useCreateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCustomFieldBody) => createCustomField(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOM_FIELDS_KEY }),
  });
}

export function useUpdateCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCustomFieldBody }) => updateCustomField(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CUSTOM_FIELDS_KEY }),
  });
}
